using CommandLine;

namespace PublicityCheck.Cli.Verbs;

[Verb("inspect", HelpText = "Print a release as the engine sees it: blocks, sentences, quotations, locations and metadata.")]
internal sealed class InspectOptions
{
    [Value(0, MetaName = "file", Required = true, HelpText = "The release to inspect.")]
    public string File { get; set; } = string.Empty;

    [Option("format", Default = "json", HelpText = "Output format: json.")]
    public string Format { get; set; } = "json";

    [Option("config", HelpText = "Use this publicitycheck.json instead of searching upward from the file.")]
    public string? Config { get; set; }

    [Option("allow-analyzers", HelpText = "Run the council analyzers (analyzers in publicitycheck.json) of configuration files found by searching upward; without it only those of --config run.")]
    public bool AllowAnalyzers { get; set; }

    [Option("publish-on", HelpText = "Inspect as if the release is published on this date (YYYY-MM-DD).")]
    public string? PublishOn { get; set; }
}
