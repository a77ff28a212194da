using PublicityCheck.Diagnostics;
using PublicityCheck.Reporting;

namespace PublicityCheck.Cli;

/// <summary>
/// The compiler-style console report with every path and message passed through <see cref="ConsoleText.Escape"/>,
/// so a file named <c>a\nb(1,1): error ...</c> cannot forge a finding: one finding is always one line. JSON and
/// SARIF escape such characters themselves.
/// </summary>
internal sealed class EscapingConsoleReportWriter(bool useColor) : IReportWriter
{
    private readonly ConsoleReportWriter _inner = new(useColor);

    public void Write(CheckReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        foreach (var file in report.Files)
        {
            foreach (var diagnostic in file.Active)
            {
                output.WriteLine(FormatLine(diagnostic));
            }
        }

        output.WriteLine(_inner.FormatSummary(report.Summary));
    }

    /// <summary>One finding as a compiler-style line, its path and message escaped.</summary>
    public string FormatLine(Diagnostic diagnostic)
    {
        // The line starts with the location's path; the message is set before formatting, the path replaced after.
        var path = diagnostic.Location.Path;
        var line = _inner.FormatLine(diagnostic with { Message = ConsoleText.Escape(diagnostic.Message) });
        return line.StartsWith(path, StringComparison.Ordinal) ? ConsoleText.Escape(path) + line[path.Length..] : ConsoleText.Escape(line);
    }
}
