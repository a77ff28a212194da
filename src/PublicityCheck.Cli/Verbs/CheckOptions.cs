using CommandLine;

namespace PublicityCheck.Cli.Verbs;

[Verb("check", isDefault: false, HelpText = "Check releases (.docx, .docm, .md) and report findings.")]
internal sealed class CheckOptions
{
    [Value(0, MetaName = "paths", Required = true, HelpText = "Files, folders or glob patterns (samples/*.md, drafts/**/*.docx, releases/{2025,2026}/*.md); '-' reads one release from standard input.")]
    public IEnumerable<string> Paths { get; set; } = [];

    [Option("config", HelpText = "Use this publicitycheck.json for every release instead of searching upward from each.")]
    public string? Config { get; set; }

    [Option("allow-analyzers", HelpText = "Run the council analyzers (analyzers in publicitycheck.json) of configuration files found by searching upward; without it only those of --config run.")]
    public bool AllowAnalyzers { get; set; }

    [Option("format", HelpText = "(Default: console) Output format: console, json or sarif.")]
    public ReportFormat Format { get; set; } = ReportFormat.Console;

    [Option('o', "output", HelpText = "Write the report to this file instead of standard output.")]
    public string? Output { get; set; }

    [Option("min-severity", Default = "info", HelpText = "Leave out findings below this severity: info, warning or error.")]
    public string MinSeverity { get; set; } = "info";

    [Option("publish-on", HelpText = "Check as if every release is published on this date (YYYY-MM-DD).")]
    public string? PublishOn { get; set; }

    [Option("stdin-filename", HelpText = "With '-': the release's file name, which decides its format (.md, .docx) and where its publicitycheck.json is looked for (default: a Markdown file in the current folder).")]
    public string? StdinFilename { get; set; }

    [Option('q', "quiet", HelpText = "Print only the findings and errors: no summary line and no notes.")]
    public bool Quiet { get; set; }

    [Option("no-color", HelpText = "Never colour the console output.")]
    public bool NoColor { get; set; }
}
