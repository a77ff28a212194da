using System.Collections.Immutable;
using PublicityCheck.Documents;

namespace PublicityCheck.Fixing;

/// <summary>What applying fixes made: the new text, the fixes applied and those skipped with why.</summary>
/// <param name="Text">The text with the applied fixes' edits made.</param>
/// <param name="Applied">The fixes applied, in file order.</param>
/// <param name="Skipped">The fixes not applied, each with why.</param>
/// <param name="Changes">
/// Each region of the original text that was replaced, with what replaced it, in text order: every character of the
/// original outside these regions is in <see cref="Text"/>, in order, and nothing else is.
/// </param>
public sealed record FixOutcome(string Text, ImmutableArray<FixChoice> Applied, ImmutableArray<SkippedFix> Skipped, ImmutableArray<(TextSpan Region, string NewText)> Changes);
