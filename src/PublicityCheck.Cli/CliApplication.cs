using CommandLine;
using PublicityCheck.Cli.Commands;
using PublicityCheck.Cli.Verbs;
using PublicityCheck.Configuration;

namespace PublicityCheck.Cli;

/// <summary>
/// Parses the command line and runs the verb; every failure to run ends in exit code 2 with a one-line message in
/// words (control characters in it escaped, no .NET type names). After <c>--</c> every argument is a path, even
/// one that starts with <c>-</c>.
/// </summary>
internal static class CliApplication
{
    /// <summary>
    /// What <c>publicitycheck train</c> says now that training has left the tool (ML.NET is too large to install
    /// with every copy for a verb only maintainers run): the program that retrains, run from a source checkout.
    /// </summary>
    public const string TrainMoved =
        "'train' is not part of the installed tool; retrain the classifier from a source checkout with "
        + "'dotnet run --project src/PublicityCheck.Training -- [--data lexicons/partisan] [--out models/partisan.zip] [--seed N] [--sweep]'";

    public static int Run(string[] args, CliConsole console)
    {
        // Before the parser, which would print its verb list under "Verb 'train' is not recognized".
        if (args.Length > 0 && string.Equals(args[0], "train", StringComparison.OrdinalIgnoreCase))
        {
            console.Error.WriteLine("publicitycheck: " + TrainMoved);
            return ExitCodes.CouldNotRun;
        }

        using var parser = new Parser(settings =>
        {
            settings.HelpWriter = console.Error;
            settings.CaseInsensitiveEnumValues = true;
            settings.CaseSensitive = false;
            settings.AutoVersion = true;
            settings.EnableDashDash = true;
        });
        var parsed = parser.ParseArguments<CheckOptions, RulesOptions, InspectOptions, CalendarOptions, ClassifyOptions, ScanVerbOptions, AnnotateOptions, ServeOptions>(args);
        try
        {
            return parsed.MapResult(
                (CheckOptions options) => new CheckCommand(console).Run(options),
                (RulesOptions options) => new RulesCommand(console).Run(options),
                (InspectOptions options) => new InspectCommand(console).Run(options),
                (CalendarOptions options) => new CalendarCommand(console, NodaTime.SystemClock.Instance).Run(options),
                (ClassifyOptions options) => new ClassifyCommand(console).Run(options),
                (ScanVerbOptions options) => new ScanCommand(console, console.ShowProgress).Run(options),
                (AnnotateOptions options) => new AnnotateCommand(console).Run(options),
                (ServeOptions options) => new ServeCommand(console).Run(options),
                errors => errors.All(e => e.Tag is ErrorType.HelpRequestedError or ErrorType.VersionRequestedError or ErrorType.HelpVerbRequestedError)
                    ? ExitCodes.Success
                    : ExitCodes.CouldNotRun);
        }
        catch (ConfigurationException ex)
        {
            console.Error.WriteLine(ConsoleText.Escape(ex.Message));
            return ExitCodes.CouldNotRun;
        }
        catch (UsageException ex)
        {
            console.Error.WriteLine("publicitycheck: " + ConsoleText.Escape(ex.Message));
            return ExitCodes.CouldNotRun;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A file or folder the command needed failed in a way no command foresaw: say so in words, not as a crash.
            console.Error.WriteLine("publicitycheck: " + ConsoleText.Escape(ConsoleText.Plain(ex)));
            return ExitCodes.CouldNotRun;
        }
    }
}
