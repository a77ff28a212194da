using CommandLine;

namespace PublicityCheck.Training;

/// <summary>
/// Parses the training program's command line (<c>--data</c>, <c>--out</c>, <c>--seed</c>, <c>--sweep</c>) and
/// trains; every failure to run ends in exit code 2 with a one-line message in words.
/// </summary>
internal static class TrainingApplication
{
    /// <summary>How to run this program from the repository root, as the tool's retired <c>train</c> verb tells its users.</summary>
    public const string Command = "dotnet run --project src/PublicityCheck.Training --";

    /// <summary>Runs the program with <paramref name="args"/> and returns its exit code.</summary>
    public static int Run(string[] args, TrainingConsole console)
    {
        using var parser = new Parser(settings =>
        {
            settings.HelpWriter = console.Error;
            settings.CaseSensitive = false;
            settings.AutoVersion = true;
        });
        try
        {
            return parser.ParseArguments<TrainOptions>(args).MapResult(
                options => new TrainCommand(console).Run(options),
                errors => errors.All(e => e.Tag is ErrorType.HelpRequestedError or ErrorType.VersionRequestedError) ? ExitCodes.Success : ExitCodes.CouldNotRun);
        }
        catch (UsageException ex)
        {
            console.Error.WriteLine("training: " + ex.Message);
            return ExitCodes.CouldNotRun;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine("training: " + ex.Message);
            return ExitCodes.CouldNotRun;
        }
    }
}
