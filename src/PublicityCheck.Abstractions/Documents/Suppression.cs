using System.Collections.Immutable;

namespace PublicityCheck.Documents;

/// <summary>
/// A region of a source file in which findings are suppressed, written by the author as a Markdown comment
/// (<c>&lt;!-- publicitycheck-disable PC0401 -- approved by the Monitoring Officer --&gt;</c>) or a Word comment.
/// </summary>
/// <param name="RuleIds">The rule ids it suppresses; empty for every rule.</param>
/// <param name="Part">The part the region is in.</param>
/// <param name="Start">The first place suppressed.</param>
/// <param name="End">The place just after the region (exclusive).</param>
/// <param name="Justification">The reason and who approved it, as written after <c>--</c>; null when none was given.</param>
/// <param name="Origin">Where the suppression itself is written.</param>
public sealed record Suppression(
    ImmutableArray<string> RuleIds,
    string Part,
    SourcePosition Start,
    SourcePosition End,
    string? Justification,
    SourcePosition Origin)
{
    /// <summary>Whether this suppression covers the rule <paramref name="ruleId"/>.</summary>
    public bool Covers(string ruleId) => RuleIds.IsDefaultOrEmpty || RuleIds.Contains(ruleId, StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether this suppression covers a finding of rule <paramref name="ruleId"/> that starts at <paramref name="position"/> in <paramref name="part"/>.</summary>
    public bool Covers(string ruleId, string part, SourcePosition position) =>
        Covers(ruleId) && string.Equals(part, Part, StringComparison.Ordinal) && position >= Start && position < End;
}
