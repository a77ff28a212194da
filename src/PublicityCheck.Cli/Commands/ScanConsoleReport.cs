using System.Globalization;
using PublicityCheck.Diagnostics;
using PublicityCheck.Reporting;
using PublicityCheck.Scanning;

namespace PublicityCheck.Cli.Commands;

/// <summary>
/// <c>scan</c>'s console report: the findings in compiler style, as <c>check</c> writes them, but grouped under a
/// heading that says what changed since the last scan (new, changed, still open) and followed by the findings fixed
/// since then, so a person sees at a glance what needs attention today. The headings and the fixed findings are
/// not in compiler style, so editors and CI logs still pick out only the open findings. The first scan with a state
/// file has nothing to compare with: its findings are listed as <c>check</c> lists them.
/// </summary>
internal sealed class ScanConsoleReport(ConsoleReportWriter lines, bool useColor)
{
    private const string Bold = "\u001b[1m";
    private const string Reset = "\u001b[0m";

    public void Write(ScanResult scan, CheckReport report, TextWriter output)
    {
        var findings = scan.Files.SelectMany(f => f.Findings).Where(f => f.Status is not null).ToList();
        if (scan.ComparedWithRun is null)
        {
            foreach (var finding in findings)
            {
                output.WriteLine(lines.FormatLine(finding.Diagnostic));
            }
        }
        else
        {
            Section(output, "New since the last scan", findings.Where(f => f.Status == FindingStatus.New));
            Section(output, "Changed since the last scan (message or severity)", findings.Where(f => f.Status == FindingStatus.Updated));
            Section(output, "Still open", findings.Where(f => f.Status == FindingStatus.StillOpen));
            var absent = report.Baseline?.Absent ?? [];
            if (!absent.IsEmpty)
            {
                Heading(output, "Fixed since the last scan", absent.Length);
                foreach (var finding in absent)
                {
                    output.WriteLine(FormatFixed(finding));
                }
            }
        }

        output.WriteLine(lines.FormatSummary(report.Summary));
    }

    /// <summary>A fixed finding: its file, rule, the severity it had and its last message; no position, as its words are gone.</summary>
    internal static string FormatFixed(AbsentFinding finding) =>
        ConsoleText.Escape($"{finding.Path}: fixed {finding.RuleId} (was {finding.Severity.ToName()}): {finding.Message}");

    private void Section(TextWriter output, string title, IEnumerable<ScannedFinding> findings)
    {
        var list = findings.ToList();
        if (list.Count == 0)
        {
            return;
        }

        Heading(output, title, list.Count);
        foreach (var finding in list)
        {
            output.WriteLine(lines.FormatLine(finding.Diagnostic));
        }
    }

    private void Heading(TextWriter output, string title, int count)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{title} ({count}):");
        output.WriteLine(useColor ? Bold + text + Reset : text);
    }
}
