using PublicityCheck.Diagnostics;
using PublicityCheck.Documents;

namespace PublicityCheck.Testing;

/// <summary>
/// An expected finding with everything the test left to defaults worked out: its place (from markup where it
/// refers to it), its severity (the rule's default unless given) and its message (from arguments where given).
/// </summary>
/// <param name="Id">The rule id.</param>
/// <param name="Part">The part of the file, or null for a finding about the whole file.</param>
/// <param name="Start">The first character, or null for a finding about the whole file.</param>
/// <param name="End">The place just after the last character, or null when the end is not compared.</param>
/// <param name="Severity">The severity.</param>
/// <param name="Message">The message, or null when it is not compared.</param>
/// <param name="Suggestion">The suggested replacement, or null when it is not compared.</param>
/// <param name="IsSuppressed">Whether a suppression covers it.</param>
internal sealed record ExpectedFinding(
    string Id,
    string? Part,
    SourcePosition? Start,
    SourcePosition? End,
    DiagnosticSeverity Severity,
    string? Message,
    string? Suggestion,
    bool IsSuppressed)
{
    /// <summary>Whether <paramref name="actual"/> is at the place this finding expects.</summary>
    public bool IsAt(Diagnostic actual) => Start is not { } start
        ? actual.Location.Part == DocumentParts.File
        : actual.Location.Part == Part && actual.Location.Start == start && (End is not { } end || actual.Location.End == end);

    /// <summary>Whether <paramref name="actual"/> is this finding, in every respect the test compares.</summary>
    public bool Matches(Diagnostic actual) => SameRuleAndPlace(actual) && Differences(actual).Count == 0;

    /// <summary>Whether <paramref name="actual"/> has this finding's rule id and place.</summary>
    public bool SameRuleAndPlace(Diagnostic actual) => string.Equals(actual.Id, Id, StringComparison.Ordinal) && IsAt(actual);

    /// <summary>How <paramref name="actual"/> differs from this finding in severity, message, suggestion and suppression.</summary>
    public List<string> Differences(Diagnostic actual)
    {
        var differences = new List<string>();
        if (actual.Severity != Severity)
        {
            differences.Add($"severity: expected {Severity.ToName()}, reported {actual.Severity.ToName()}");
        }

        if (Message is not null && !string.Equals(actual.Message, Message, StringComparison.Ordinal))
        {
            differences.Add($"message: expected \"{Message}\", reported \"{actual.Message}\"");
        }

        if (Suggestion is not null && !string.Equals(actual.Suggestion, Suggestion, StringComparison.Ordinal))
        {
            differences.Add(actual.Suggestion is null
                ? $"suggestion: expected \"{Suggestion}\", reported none"
                : $"suggestion: expected \"{Suggestion}\", reported \"{actual.Suggestion}\"");
        }

        if (actual.IsSuppressed != IsSuppressed)
        {
            differences.Add(IsSuppressed ? "suppression: expected suppressed, reported not suppressed" : "suppression: expected not suppressed, reported suppressed");
        }

        return differences;
    }
}
