using CommandLine;

namespace PublicityCheck.Cli.Verbs;

[Verb("report", HelpText = "Write the Monitoring Officer's report from a scan's state, without scanning: the balance of quotations over time, the audit of approvals and noisy rules.")]
internal sealed class ReportOptions
{
    [Value(0, MetaName = "folder", HelpText = "The scanned folder, whose configuration gives the elections and settings (default: the current folder).")]
    public string? Folder { get; set; }

    [Option("state", HelpText = "The SQLite state file the scan kept (default .publicitycheck/scan.db under the folder).")]
    public string? State { get; set; }

    [Option("config", HelpText = "Read the elections, balance and noisyRules settings from this publicitycheck.json instead of the folder's.")]
    public string? Config { get; set; }

    [Option("format", Default = "html", HelpText = "Output format: html (one self-contained page), json (one document) or csv (one file a table, in the folder -o names).")]
    public string Format { get; set; } = "html";

    [Option('o', "output", HelpText = "Write the report to this file (for csv: this folder) instead of standard output.")]
    public string? Output { get; set; }

    [Option("suppressions", HelpText = "Also write the audit of approvals, every suppression with its reason, approver and date, to this CSV file.")]
    public string? Suppressions { get; set; }
}
