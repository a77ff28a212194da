using CommandLine;

namespace PublicityCheck.Cli.Verbs;

[Verb("fix", HelpText = "Write a fixed copy of a Markdown release: the safe fixes applied (or the named rules', or all), nothing else changed.")]
internal sealed class FixOptions
{
    [Value(0, MetaName = "file", Required = true, HelpText = "The Markdown release (.md or .markdown) to fix. It is only read, unless --in-place.")]
    public string File { get; set; } = string.Empty;

    [Option('o', "output", HelpText = "Where to write the fixed copy (default: the file's name with .fixed before the extension).")]
    public string? Output { get; set; }

    [Option("all", HelpText = "Apply every finding's first fix, safe or not, instead of only the safe ones.")]
    public bool All { get; set; }

    [Option("rule", Separator = ',', HelpText = "Apply the first fix of these rules' findings only (PC0105,PC0202), safe or not.")]
    public IEnumerable<string> Rules { get; set; } = [];

    [Option("in-place", HelpText = "Replace the release itself with the fixed copy.")]
    public bool InPlace { get; set; }

    [Option("config", HelpText = "Use this publicitycheck.json instead of searching upward from the file.")]
    public string? Config { get; set; }

    [Option("allow-analyzers", HelpText = "Run the council analyzers (analyzers in publicitycheck.json) of configuration files found by searching upward; without it only those of --config run.")]
    public bool AllowAnalyzers { get; set; }

    [Option("publish-on", HelpText = "Check as if the release is published on this date (YYYY-MM-DD).")]
    public string? PublishOn { get; set; }
}
