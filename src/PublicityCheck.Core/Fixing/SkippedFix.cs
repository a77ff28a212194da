namespace PublicityCheck.Fixing;

/// <summary>A chosen fix that was not applied, and why.</summary>
/// <param name="Choice">The fix and its finding.</param>
/// <param name="Reason">Why, in words: <c>it overlaps the fix for PC0105 at (3,1), applied first</c>.</param>
public sealed record SkippedFix(FixChoice Choice, string Reason);
