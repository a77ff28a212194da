using System.Collections.Immutable;

namespace PublicityCheck.Fixing;

/// <summary>What applying fixes made: the new text, the fixes applied and those skipped with why.</summary>
/// <param name="Text">The text with the applied fixes' edits made.</param>
/// <param name="Applied">The fixes applied, in file order.</param>
/// <param name="Skipped">The fixes not applied, each with why.</param>
public sealed record FixOutcome(string Text, ImmutableArray<FixChoice> Applied, ImmutableArray<SkippedFix> Skipped);
