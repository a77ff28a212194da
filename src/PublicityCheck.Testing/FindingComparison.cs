using System.Globalization;
using System.Text;
using PublicityCheck.Diagnostics;
using PublicityCheck.Documents;

namespace PublicityCheck.Testing;

/// <summary>
/// Pairs the findings a test expects with those the checker reported and, where they differ, writes a report a
/// rule author can act on: each missing, unexpected or different finding, with its source line and a caret under
/// its span, and each unexpected one as the expected result that would accept it.
/// </summary>
internal static class FindingComparison
{
    /// <summary>The differences between <paramref name="expected"/> and <paramref name="reported"/>, or null when there are none.</summary>
    public static string? Compare(string analyzerName, IReadOnlyList<ExpectedFinding> expected, IReadOnlyList<Diagnostic> reported, TestRelease release)
    {
        var unmatchedReported = reported.ToList();
        var unmatchedExpected = new List<ExpectedFinding>();
        foreach (var finding in expected)
        {
            var match = unmatchedReported.FindIndex(finding.Matches);
            if (match >= 0)
            {
                unmatchedReported.RemoveAt(match);
            }
            else
            {
                unmatchedExpected.Add(finding);
            }
        }

        // A reported finding with the expected rule and place that differs in detail is one difference, not two.
        var different = new List<(ExpectedFinding Expected, Diagnostic Reported)>();
        foreach (var finding in unmatchedExpected.ToList())
        {
            var near = unmatchedReported.FindIndex(finding.SameRuleAndPlace);
            if (near >= 0)
            {
                different.Add((finding, unmatchedReported[near]));
                unmatchedReported.RemoveAt(near);
                unmatchedExpected.Remove(finding);
            }
        }

        if (unmatchedExpected.Count == 0 && unmatchedReported.Count == 0 && different.Count == 0)
        {
            return null;
        }

        var report = new StringBuilder();
        report.Append(CultureInfo.InvariantCulture, $"{analyzerName}: the findings differ from those expected (")
            .Append(Count(unmatchedExpected.Count, "missing")).Append(", ")
            .Append(Count(unmatchedReported.Count, "unexpected")).Append(", ")
            .Append(Count(different.Count, "different")).AppendLine(").");
        if (unmatchedExpected.Count > 0)
        {
            report.AppendLine().AppendLine("Expected but not reported:");
            foreach (var finding in unmatchedExpected)
            {
                report.Append(CultureInfo.InvariantCulture, $"  {finding.Id} {finding.Severity.ToName()} {Place(finding.Part, finding.Start, finding.End)}");
                report.AppendLine(finding.Message is null ? string.Empty : $": {finding.Message}");
                AppendSource(report, release, finding.Part, finding.Start, finding.End);
            }
        }

        if (unmatchedReported.Count > 0)
        {
            report.AppendLine().AppendLine("Reported but not expected:");
            foreach (var finding in unmatchedReported)
            {
                var location = finding.Location;
                var isFile = location.Part == DocumentParts.File;
                report.AppendLine(CultureInfo.InvariantCulture, $"  {finding.Id} {finding.Severity.ToName()} {Place(isFile ? null : location.Part, isFile ? null : location.Start, location.End)}: {finding.Message}");
                AppendSource(report, release, isFile ? null : location.Part, isFile ? null : location.Start, location.End);
                report.AppendLine(CultureInfo.InvariantCulture, $"    to expect it: {AsResult(finding)}");
            }
        }

        if (different.Count > 0)
        {
            report.AppendLine().AppendLine("Reported at the expected place, but different:");
            foreach (var (finding, actual) in different)
            {
                report.AppendLine(CultureInfo.InvariantCulture, $"  {finding.Id} {Place(finding.Part, finding.Start, finding.End ?? actual.Location.End)}");
                AppendSource(report, release, finding.Part, finding.Start, finding.End ?? actual.Location.End);
                foreach (var difference in finding.Differences(actual))
                {
                    report.AppendLine(CultureInfo.InvariantCulture, $"    {difference}");
                }
            }
        }

        return report.ToString();
    }

    private static string Count(int count, string what) => string.Create(CultureInfo.InvariantCulture, $"{count} {what}");

    private static string Place(string? part, SourcePosition? start, SourcePosition? end)
    {
        if (start is not { } from)
        {
            return "about the whole file";
        }

        var inPart = part is null or DocumentParts.Body ? string.Empty : $" in {part}";
        return end is { } to ? $"at {from}-{to}{inPart}" : $"at {from}{inPart}";
    }

    // The line (or paragraph) the span starts on, and a caret under each of its characters on that line.
    private static void AppendSource(StringBuilder report, TestRelease release, string? part, SourcePosition? start, SourcePosition? end)
    {
        if (start is not { } from || part is not (DocumentParts.Body))
        {
            return;
        }

        var line = release.LineText(from.Line);
        var gutter = from.Line.ToString(CultureInfo.InvariantCulture);
        var shown = line.Replace('\t', ' ');
        var caretStart = Math.Min(from.Column - 1, shown.Length);
        var caretEnd = end is { } to && to.Line == from.Line ? Math.Min(to.Column - 1, shown.Length) : shown.Length;
        var width = Math.Max(1, caretEnd - caretStart);
        report.AppendLine(CultureInfo.InvariantCulture, $"    {gutter} | {shown}");
        report.AppendLine(CultureInfo.InvariantCulture, $"    {new string(' ', gutter.Length)} | {new string(' ', caretStart)}{new string('^', width)}");
    }

    private static DiagnosticResult AsResult(Diagnostic finding)
    {
        var result = new DiagnosticResult(finding.Id);
        if (finding.Location.Part != DocumentParts.File)
        {
            var (start, end) = (finding.Location.Start, finding.Location.End);
            result = result.WithSpan(start.Line, start.Column, end.Line, end.Column);
            if (finding.Location.Part != DocumentParts.Body)
            {
                result = result.InPart(finding.Location.Part);
            }
        }

        result = finding.Severity == finding.Descriptor.DefaultSeverity ? result : result.WithSeverity(finding.Severity);
        return finding.IsSuppressed ? result.WithIsSuppressed() : result;
    }
}
