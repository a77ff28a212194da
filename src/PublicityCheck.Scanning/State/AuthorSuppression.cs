using System.Collections.Immutable;
using PublicityCheck.Diagnostics;
using PublicityCheck.Documents;

namespace PublicityCheck.Scanning.State;

/// <summary>
/// A suppression an author wrote, as the state file keeps it for the audit of approvals: the rules it names, where it
/// is written, its justification, and how many findings it hid when the file was last checked (0: the finding it
/// was written for is no longer raised). The findings it hides are kept with the file's other findings, marked suppressed.
/// </summary>
/// <param name="Ordinal">Its place among the release's suppressions, from 0.</param>
/// <param name="Rules">The rule ids it names, separated by ","; empty for every rule.</param>
/// <param name="Part">The part it is written in.</param>
/// <param name="Line">The line it is written on.</param>
/// <param name="Column">The column it starts at.</param>
/// <param name="Justification">The reason and approval written after <c>--</c>, or null.</param>
/// <param name="Hidden">How many findings it hid.</param>
internal sealed record AuthorSuppression(int Ordinal, string Rules, string Part, int Line, int Column, string? Justification, int Hidden)
{
    /// <summary>The records of a release's <paramref name="suppressions"/>, each with the findings of <paramref name="diagnostics"/> it hid.</summary>
    public static ImmutableArray<AuthorSuppression> From(ImmutableArray<Suppression> suppressions, ImmutableArray<Diagnostic> diagnostics) =>
    [
        .. suppressions.Select((s, i) => new AuthorSuppression(
            i,
            s.RuleIds.IsDefaultOrEmpty ? string.Empty : string.Join(',', s.RuleIds),
            s.Part,
            s.Origin.Line,
            s.Origin.Column,
            s.Justification,
            diagnostics.Count(d => d.Suppression is { } hidden && hidden.Origin.Part == s.Part && hidden.Origin.Start == s.Origin))),
    ];
}
