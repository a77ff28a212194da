using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using PublicityCheck.Fixing;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Tests.Fixing;

/// <summary>
/// For any Markdown release built from generated paragraphs that hold things the rules fix (a misspelt speaker, an
/// internal marking, a partisan phrasing) among ordinary words, Markdown emphasis, quotes and text beyond the basic
/// plane, applying every finding's first fix changes nothing outside the fixes' regions.
/// </summary>
public sealed class FixPropertyTest
{
    private static readonly string[] _words =
    [
        "the", "council", "pool", "reopens", "Café", "Łódź", "😀", "residents'", "it’s", "£2.4m", "on", "Saturday.",
        "*new*", "**Easterby**", "_Leisure_", "`code`", "—", "and", "this Conservative council", "Tory cuts", "the Labour administration",
        "OFFICIAL-SENSITIVE:", "for internal use only", "regime", "\"We", "are", "proud.\"",
    ];

    private static readonly string[] _lines =
    [
        "OFFICIAL-SENSITIVE",
        "**OFFICIAL-SENSITIVE**",
        "Councillor Helen Mash, Leader of the Council, said: \"The new pool is a great day for Easterby.\"",
        "Councillor Helen Marsh, Deputy Leader, said: \"We are proud of the pool.\"",
    ];

    private static readonly Arbitrary<string[]> _releases =
        Gen.OneOf(
                Gen.Elements(_words).ArrayOf().Where(words => words.Length > 0).Select(words => string.Join(' ', words)),
                Gen.Elements(_lines))
            .ArrayOf().Where(paragraphs => paragraphs.Length > 0)
            .ToArbitrary();

    private static readonly Arbitrary<string> _lineEnding = Gen.Elements("\n", "\r\n").ToArbitrary();

    [Property(MaxTest = 100)]
    public Property ApplyingEveryFirstFix_ChangesNothingOutsideTheFixedRegions() =>
        Prop.ForAll(_releases, _lineEnding, (paragraphs, newline) =>
        {
            var markdown = "# Easterby Leisure Centre reopens" + newline + newline + string.Join(newline + newline, paragraphs) + newline;
            var findings = FixedRelease.Check(markdown, WreakeValley.Configuration(), new LocalDate(2026, 3, 3));

            var outcome = MarkdownFixer.Apply(markdown, FixChooser.Choose(findings, FixSelection.First));

            FixedRelease.AssertOnlyRegionsChanged(markdown, outcome);
            return outcome.Changes.All(c => c.Region.End <= markdown.Length)
                && outcome.Applied.Length + outcome.Skipped.Length == FixChooser.Choose(findings, FixSelection.First).Count;
        });

    [Property(MaxTest = 100)]
    public Property ApplyingEveryFirstFix_EachRegionHeldTheWordsItWasMadeFor() =>
        Prop.ForAll(_releases, paragraphs =>
        {
            var markdown = string.Join("\n\n", paragraphs) + "\n";
            var findings = FixedRelease.Check(markdown, WreakeValley.Configuration(), new LocalDate(2026, 3, 3));

            var outcome = MarkdownFixer.Apply(markdown, FixChooser.Choose(findings, FixSelection.First));

            // An in-line edit replaced exactly its old words; a whole-line edit took lines that held them.
            return outcome.Applied.SelectMany(a => a.Fix.Edits).All(edit =>
                outcome.Changes.Any(c => edit.RemovesWholeLines
                    ? markdown.Substring(c.Region.Start, c.Region.Length).Contains(edit.OldText.Trim(), StringComparison.Ordinal)
                    : markdown.Substring(c.Region.Start, c.Region.Length) == edit.OldText && c.NewText == edit.NewText));
        });
}
