using CommandLine;

namespace PublicityCheck.Cli.Verbs;

[Verb("scan", HelpText = "Scan a publications folder, re-checking only what changed, and report new, still open and resolved findings.")]
internal sealed class ScanVerbOptions
{
    [Value(0, MetaName = "folder", Required = true, HelpText = "The folder to scan.")]
    public string Folder { get; set; } = string.Empty;

    [Option("include", Separator = ',', HelpText = "Only files matching these globs, relative to the folder (press/**/*.docx).")]
    public IEnumerable<string> Include { get; set; } = [];

    [Option("exclude", Separator = ',', HelpText = "Leave out files matching these globs, relative to the folder, besides configuration's exclude.")]
    public IEnumerable<string> Exclude { get; set; } = [];

    [Option("state", HelpText = "The SQLite state file (default .publicitycheck/scan.db under the folder).")]
    public string? State { get; set; }

    [Option("report", HelpText = "Also write a self-contained HTML report to this file.")]
    public string? Report { get; set; }

    [Option("config", HelpText = "Use this publicitycheck.json for every release instead of searching upward from each.")]
    public string? Config { get; set; }

    [Option("allow-analyzers", HelpText = "Run the council analyzers (analyzers in publicitycheck.json) of configuration files found by searching upward; without it only those of --config run.")]
    public bool AllowAnalyzers { get; set; }

    [Option("format", HelpText = "(Default: console) Output format: console, json or sarif.")]
    public ReportFormat Format { get; set; } = ReportFormat.Console;

    [Option('o', "output", HelpText = "Write the report to this file instead of standard output.")]
    public string? Output { get; set; }

    [Option("jobs", HelpText = "How many files to check at once (default: one per processor).")]
    public int? Jobs { get; set; }

    [Option("fail-on", Default = "any", HelpText = "Exit 1 when: any (an error-severity finding or unreadable file), new (a finding new since the last run), none (never).")]
    public string FailOn { get; set; } = "any";

    [Option("publish-on", HelpText = "Check as if every release is published on this date (YYYY-MM-DD).")]
    public string? PublishOn { get; set; }

    [Option("rehash", HelpText = "Hash every file's content even when its size and modified time are unchanged since the last scan.")]
    public bool Rehash { get; set; }

    [Option("reset-state", HelpText = "If the state file is damaged, from a newer version or not a regular file, move it aside (kept, as FILE.corrupt-TIME) and start afresh.")]
    public bool ResetState { get; set; }

    [Option('q', "quiet", HelpText = "Print only the findings and errors: no summary lines, notes or progress bar.")]
    public bool Quiet { get; set; }

    [Option("no-color", HelpText = "Never colour the console output.")]
    public bool NoColor { get; set; }
}
