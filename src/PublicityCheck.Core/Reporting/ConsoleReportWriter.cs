using System.Globalization;
using PublicityCheck.Diagnostics;
using PublicityCheck.Documents;

namespace PublicityCheck.Reporting;

/// <summary>
/// Writes findings as compilers do, <c>path(line,col): warning PC0401: message</c>, one a line, so editors and CI
/// logs can jump to them; a finding raised in context ends <c>(raised: reason)</c>; a finding with a suggested fix is
/// followed by an indented <c>  suggestion: ...</c> line with the first. Then one summary line. Suppressed findings are not shown, only counted. Paths and messages
/// pass through <see cref="TerminalText.Escape"/>, so a file named <c>a\nb(1,1): error ...</c> cannot forge a finding.
/// </summary>
/// <param name="useColor">Whether to colour severities with ANSI escapes (only on a terminal).</param>
public sealed class ConsoleReportWriter(bool useColor = false) : IReportWriter
{
    private const string Red = "\u001b[31m";
    private const string Yellow = "\u001b[33m";
    private const string Cyan = "\u001b[36m";
    private const string Bold = "\u001b[1m";
    private const string Reset = "\u001b[0m";

    /// <inheritdoc/>
    public void Write(CheckReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        foreach (var file in report.Files)
        {
            foreach (var diagnostic in file.Active)
            {
                output.WriteLine(FormatLine(diagnostic));
                if (FormatSuggestion(diagnostic) is { } suggestion)
                {
                    output.WriteLine(suggestion);
                }
            }
        }

        output.WriteLine(FormatSummary(report.Summary));
    }

    /// <summary>One finding as a compiler-style line.</summary>
    public string FormatLine(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        var location = diagnostic.Location;
        var path = TerminalText.Escape(location.Path);
        var where = location.Part == DocumentParts.File
            ? path
            : string.Create(CultureInfo.InvariantCulture, $"{path}({location.Start.Line},{location.Start.Column})");
        var severity = diagnostic.Severity.ToName();
        if (useColor)
        {
            var color = diagnostic.Severity switch
            {
                DiagnosticSeverity.Error => Red,
                DiagnosticSeverity.Warning => Yellow,
                _ => Cyan,
            };
            severity = color + severity + Reset;
        }

        var part = location.Part is DocumentParts.Body or DocumentParts.File ? string.Empty : $" [{location.Part}]";
        var raised = diagnostic.Escalation is { } escalation ? $" (raised: {TerminalText.Escape(escalation.Reason)})" : string.Empty;
        return $"{where}: {severity} {diagnostic.Id}: {TerminalText.Escape(diagnostic.Message)}{raised}{part}";
    }

    /// <summary>
    /// The line under a finding with its first suggested fix, indented so that tools reading compiler-style lines pass
    /// it by: <c>  suggestion: Replace 'Cllr Helen Mash' with 'Cllr Helen Marsh'</c>; null when the rule offers none.
    /// </summary>
    public string? FormatSuggestion(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        return diagnostic.Fixes.IsDefaultOrEmpty ? null : "  suggestion: " + TerminalText.Escape(diagnostic.Fixes[0].Title);
    }

    /// <summary>
    /// The summary line: files checked and findings by severity, info findings counted as notes (SARIF's word for
    /// them), since "infos" is no word: <c>3 files checked: 1 error, 2 warnings, 0 notes</c>.
    /// </summary>
    public string FormatSummary(CheckSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var text = string.Create(
            CultureInfo.InvariantCulture,
            $"{Count(summary.Files, "file")} checked: {Count(summary.Errors, "error")}, {Count(summary.Warnings, "warning")}, {Count(summary.Infos, "note")}");
        if (summary.Suppressed > 0)
        {
            text += string.Create(CultureInfo.InvariantCulture, $" ({Count(summary.Suppressed, "suppressed finding")} not shown)");
        }

        return useColor ? Bold + text + Reset : text;
    }

    private static string Count(int n, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {noun}{(n == 1 ? string.Empty : "s")}");
}
