using PublicityCheck.Training;

namespace PublicityCheck.Tests.Support;

/// <summary>Runs the training program in-process, as a maintainer would type it in a given folder.</summary>
public sealed record TrainingRun(int ExitCode, string Out, string Error)
{
    public static TrainingRun In(string workingDirectory, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = TrainingApplication.Run(args, new TrainingConsole(stdout, stderr, workingDirectory));
        return new TrainingRun(exit, stdout.ToString(), stderr.ToString());
    }
}
