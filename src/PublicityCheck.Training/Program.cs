using PublicityCheck.Training;

return TrainingApplication.Run(args, TrainingConsole.System);
