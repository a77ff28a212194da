using CommandLine;

namespace PublicityCheck.Cli.Verbs;

[Verb("annotate", HelpText = "Write a reviewed copy of a Word release with one Word comment per finding, on the words it is about, and with --fix the fixes as tracked changes.")]
internal sealed class AnnotateOptions
{
    [Value(0, MetaName = "file", Required = true, HelpText = "The Word release (.docx or .docm) to annotate. It is only read.")]
    public string File { get; set; } = string.Empty;

    [Option('o', "output", HelpText = "Where to write the reviewed copy (default: the file's name with .reviewed before the extension).")]
    public string? Output { get; set; }

    [Option("fix", HelpText = "Also write each finding's first safe fix as a Word tracked change (by PublicityCheck), to accept or reject in Word.")]
    public bool Fix { get; set; }

    [Option("all", HelpText = "With --fix: write every finding's first fix, safe or not, instead of only the safe ones.")]
    public bool All { get; set; }

    [Option("rule", Separator = ',', HelpText = "With --fix: write the first fix of these rules' findings only (PC0105,PC0202), safe or not.")]
    public IEnumerable<string> Rules { get; set; } = [];

    [Option("config", HelpText = "Use this publicitycheck.json instead of searching upward from the file.")]
    public string? Config { get; set; }

    [Option("allow-analyzers", HelpText = "Run the council analyzers (analyzers in publicitycheck.json) of configuration files found by searching upward; without it only those of --config run.")]
    public bool AllowAnalyzers { get; set; }

    [Option("publish-on", HelpText = "Check as if the release is published on this date (YYYY-MM-DD).")]
    public string? PublishOn { get; set; }
}
