using CommandLine;
using PublicityCheck.Cli.Commands;
using PublicityCheck.Cli.Parsing;
using PublicityCheck.Cli.Verbs;
using PublicityCheck.Configuration;
using PublicityCheck.Diagnostics;

namespace PublicityCheck.Cli;

/// <summary>
/// Parses the command line and runs the verb; every failure to run ends in exit code 2 with a one-line message in
/// words (control characters in it escaped, no .NET type names). After <c>--</c> every argument is a path, even
/// one that starts with <c>-</c>. Help and the version go to standard output with exit code 0; a mistyped command,
/// option or value goes to standard error with the nearest names and the values allowed.
/// </summary>
/// <remarks>
/// CommandLineParser reads the command line; its own help and error screens are not used (<c>HelpWriter</c> is
/// null), because they go to one writer whatever was asked and name no alternatives. The errors it returns are
/// typed, so <see cref="UsageErrors"/> words them and <see cref="HelpScreen"/> lays out help with examples.
/// </remarks>
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
        StartupTrace.Mark("runtime, to the command's Main");
        // Before the parser, which would print its verb list under "Verb 'train' is not recognized".
        if (args.Length > 0 && string.Equals(args[0], "train", StringComparison.OrdinalIgnoreCase))
        {
            console.Error.WriteLine("publicitycheck: " + TrainMoved);
            return ExitCodes.CouldNotRun;
        }

        if (UsageErrors.TrailingOptionWithoutValue(args) is { } missingValue)
        {
            console.Error.WriteLine("publicitycheck: " + ConsoleText.Escape(missingValue));
            console.Error.WriteLine($"Run 'publicitycheck {args[0].ToLowerInvariant()} --help' for its options.");
            return ExitCodes.CouldNotRun;
        }

        using var parser = NewParser();
        var parsed = parser.ParseArguments(args, VerbCatalog.Types);
        StartupTrace.Mark("command line");
        if (parsed is NotParsed<object> notParsed)
        {
            return NotRun(parser, notParsed, args, console);
        }

        try
        {
            return parsed.MapResult(
                (InitOptions options) => new InitCommand(console, NodaTime.SystemClock.Instance).Run(options),
                (CheckOptions options) => new CheckCommand(console).Run(options),
                (RulesOptions options) => new RulesCommand(console).Run(options),
                (InspectOptions options) => new InspectCommand(console).Run(options),
                (CalendarOptions options) => new CalendarCommand(console, NodaTime.SystemClock.Instance).Run(options),
                (ClassifyOptions options) => new ClassifyCommand(console).Run(options),
                (ScanVerbOptions options) => new ScanCommand(console, console.ShowProgress).Run(options),
                (ReportOptions options) => new ReportCommand(console, NodaTime.SystemClock.Instance).Run(options),
                (AnnotateOptions options) => new AnnotateCommand(console, NodaTime.SystemClock.Instance).Run(options),
                (FixOptions options) => new FixCommand(console).Run(options),
                (ServeOptions options) => new ServeCommand(console).Run(options),
                _ => ExitCodes.CouldNotRun);
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

    private static Parser NewParser() => new(settings =>
    {
        settings.HelpWriter = null;
        settings.CaseInsensitiveEnumValues = true;
        settings.CaseSensitive = false;
        settings.AutoHelp = true;
        settings.AutoVersion = true;
        settings.EnableDashDash = true;
    });

    /// <summary>Help or the version (asked for: standard output, exit 0), or why the command line could not be read (exit 2).</summary>
    private static int NotRun(Parser parser, NotParsed<object> parsed, string[] args, CliConsole console)
    {
        var errors = parsed.Errors.ToList();
        if (errors.Any(e => e is VersionRequestedError))
        {
            console.Out.WriteLine(HelpScreen.Version);
            return ExitCodes.Success;
        }

        // The parser drops the word after "help" when it names no command, so it is read from the command line.
        if (errors.OfType<HelpVerbRequestedError>().FirstOrDefault() is { Matched: false }
            && args is [_, var unknown, ..] && !unknown.StartsWith('-') && VerbCatalog.Find(unknown) is null)
        {
            // "help chekc": help for a command that does not exist is a mistake like "chekc" itself.
            console.Error.WriteLine("publicitycheck: " + ConsoleText.Escape(UsageErrors.UnknownCommand(unknown)));
            console.Error.WriteLine("Run 'publicitycheck --help' for the commands.");
            return ExitCodes.CouldNotRun;
        }

        if (errors.OfType<HelpVerbRequestedError>().FirstOrDefault() is { } helpVerb)
        {
            // "help check" reads as "check --help"; "help" alone, or "--help" before any command, lists the commands.
            console.Out.WriteLine(helpVerb is { Matched: true, Type: { } verb }
                ? HelpScreen.ForVerb(parser.ParseArguments([VerbCatalog.NameOf(verb), "--help"], VerbCatalog.Types))
                : HelpScreen.Index());
            return ExitCodes.Success;
        }

        if (errors.Any(e => e is HelpRequestedError))
        {
            console.Out.WriteLine(HelpScreen.ForVerb(parsed));
            return ExitCodes.Success;
        }

        if (errors.Any(e => e is NoVerbSelectedError))
        {
            console.Error.WriteLine(HelpScreen.Index());
            return ExitCodes.CouldNotRun;
        }

        var verbType = parsed.TypeInfo.Current is { } current && VerbCatalog.Types.Contains(current) ? current : null;
        foreach (var message in UsageErrors.Describe(errors, verbType, args))
        {
            console.Error.WriteLine("publicitycheck: " + ConsoleText.Escape(message));
        }

        console.Error.WriteLine(verbType is null
            ? "Run 'publicitycheck --help' for the commands."
            : $"Run 'publicitycheck {VerbCatalog.NameOf(verbType)} --help' for its options.");
        return ExitCodes.CouldNotRun;
    }
}
