using CommandLine;

namespace PublicityCheck.Cli.Verbs;

[Verb("annotate", HelpText = "Write a reviewed copy of a Word release with one Word comment per finding, on the words it is about.")]
internal sealed class AnnotateOptions
{
    [Value(0, MetaName = "file", Required = true, HelpText = "The Word release (.docx or .docm) to annotate. It is only read.")]
    public string File { get; set; } = string.Empty;

    [Option('o', "output", HelpText = "Where to write the reviewed copy (default: the file's name with .reviewed before the extension).")]
    public string? Output { get; set; }

    [Option("config", HelpText = "Use this publicitycheck.json instead of searching upward from the file.")]
    public string? Config { get; set; }

    [Option("allow-analyzers", HelpText = "Run the council analyzers (analyzers in publicitycheck.json) of configuration files found by searching upward; without it only those of --config run.")]
    public bool AllowAnalyzers { get; set; }

    [Option("publish-on", HelpText = "Check as if the release is published on this date (YYYY-MM-DD).")]
    public string? PublishOn { get; set; }
}
