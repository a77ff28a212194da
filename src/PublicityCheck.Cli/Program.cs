using PublicityCheck.Cli;

return CliApplication.Run(args, CliConsole.System);
