using CommandLine;
using CommandLine.Text;
using PublicityCheck.Reporting;

namespace PublicityCheck.Cli.Parsing;

/// <summary>
/// The help a user asked for, written to standard output so that <c>publicitycheck --help | less</c> shows it: the
/// list of commands, or one command's options, then its examples and what the exit code means.
/// </summary>
internal static class HelpScreen
{
    private const int Width = 100;

    /// <summary>The version line <c>--version</c> prints.</summary>
    public static string Version => $"publicitycheck {ToolInfo.Version}";

    /// <summary>The list of commands, for <c>publicitycheck --help</c> (and, on standard error, for no command at all).</summary>
    public static string Index()
    {
        var help = Start();
        help.AddPreOptionsLine("Checks council press releases (Word and Markdown) against the publicity code and the council's protocol.");
        help.AddPreOptionsLine(string.Empty);
        help.AddPreOptionsLine("Usage: publicitycheck <command> [options]");
        help.AddPreOptionsLine(string.Empty);
        help.AddPreOptionsLine("Commands:");
        help.AddDashesToOption = false;
        help.AddVerbs(VerbCatalog.Types);
        help.AddPostOptionsLine("Run 'publicitycheck <command> --help' for a command's options and examples. New here? Start with 'publicitycheck init'.");
        help.AddPostOptionsLine(string.Empty);
        AddExitCodes(help);
        return help.ToString();
    }

    /// <summary>One command's help, for <c>publicitycheck check --help</c> or <c>publicitycheck help check</c>.</summary>
    public static string ForVerb(ParserResult<object> result)
    {
        var verb = result.TypeInfo.Current;
        var name = VerbCatalog.NameOf(verb);
        var help = Start();
        help.AddPreOptionsLine(verb.GetCustomAttributes(typeof(VerbAttribute), false).Cast<VerbAttribute>().Single().HelpText);
        help.AddPreOptionsLine(string.Empty);
        help.AddPreOptionsLine($"Usage: publicitycheck {name} {Usage(verb)}[options]");
        help.AddPreOptionsLine(string.Empty);
        help.AddPreOptionsLine("Options:");
        help.AddOptions(result);
        var examples = VerbCatalog.Examples(verb);
        if (examples.Count > 0)
        {
            help.AddPostOptionsLine("Examples:");
            foreach (var (description, commandLine) in examples)
            {
                help.AddPostOptionsLine($"  {description}:");
                help.AddPostOptionsLine($"    {commandLine}");
            }

            help.AddPostOptionsLine(string.Empty);
        }

        AddExitCodes(help);
        return help.ToString();
    }

    private static HelpText Start() => new()
    {
        Heading = Version,
        Copyright = string.Empty,
        AdditionalNewLineAfterOption = false,
        AddDashesToOption = true,
        AutoHelp = true,
        AutoVersion = true,
        MaximumDisplayWidth = Width,
    };

    private static string Usage(Type verb)
    {
        var values = VerbCatalog.Values(verb).Select(v => v.Required ? $"<{v.MetaName}> " : $"[{v.MetaName}] ");
        return string.Concat(values);
    }

    private static void AddExitCodes(HelpText help)
    {
        help.AddPostOptionsLine("Exit codes:");
        help.AddPostOptionsLine($"  {ExitCodes.Success}  It ran, and found no error-severity finding (scan: nothing --fail-on asks to fail on).");
        help.AddPostOptionsLine($"  {ExitCodes.ErrorsFound}  It ran, and found at least one error-severity finding (scan: as --fail-on says).");
        help.AddPostOptionsLine($"  {ExitCodes.CouldNotRun}  It could not run: a mistyped command or option, an invalid configuration, or no such file.");
    }
}
