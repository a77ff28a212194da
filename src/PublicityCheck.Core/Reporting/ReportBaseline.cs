using System.Collections.Immutable;
using PublicityCheck.Diagnostics;

namespace PublicityCheck.Reporting;

/// <summary>
/// How a report compares with the last completed run of the same scan: each finding's state is in its
/// <see cref="StatusProperty"/> property (<see cref="New"/> or <see cref="Open"/>), and <see cref="Absent"/> lists
/// the findings of that run that are gone. SARIF writes these as each result's <c>baselineState</c>.
/// <see cref="Updated"/> is a finding open then whose message or severity has changed.
/// </summary>
/// <param name="Absent">Findings open at the last completed run and gone from this one.</param>
public sealed record ReportBaseline(ImmutableArray<AbsentFinding> Absent)
{
    /// <summary>The property a finding's state is in.</summary>
    public const string StatusProperty = "scanStatus";

    /// <summary>Not open at the end of the last completed run.</summary>
    public const string New = "new";

    /// <summary>Open at the end of the last completed run and still there.</summary>
    public const string Open = "open";

    /// <summary>Open at the end of the last completed run and still there, with another message or severity.</summary>
    public const string Updated = "updated";
}

/// <summary>A finding open at the last completed run and gone from this one: its words changed or its file went.</summary>
/// <param name="Path">The file it was in, as the report's files are named.</param>
/// <param name="RuleId">The rule.</param>
/// <param name="Severity">Its severity when last seen.</param>
/// <param name="Text">The words it was about, or null for a finding about the whole file.</param>
/// <param name="Message">Its message when last seen.</param>
/// <param name="Occurrence">Which occurrence of those words under that rule it was in the file, from 0.</param>
public sealed record AbsentFinding(string Path, string RuleId, DiagnosticSeverity Severity, string? Text, string Message, int Occurrence)
{
    /// <summary>Its fingerprint, the same as it had while it was open (see <see cref="FindingFingerprints"/>).</summary>
    public string Fingerprint => FindingFingerprints.Of(RuleId, Text, Occurrence);
}
