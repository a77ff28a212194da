using System.Security;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PublicityCheck.Fixing;
using PublicityCheck.Tests.Annotation;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Tests.Properties;

/// <summary>
/// For any Word release built from generated paragraphs that hold things the rules fix (a misspelt speaker, a role
/// not held, an internal marking on its own line or set off before the words, a partisan phrasing) among ordinary
/// words, cut into runs at random with bold, italics, underlining and fonts, with bookmarks between runs and some
/// words in hyperlinks: writing every finding's first fix as tracked changes and accepting them changes nothing
/// outside the fixes' spans; rejecting them gives back the release; and the reviewed copy is valid Open XML.
/// </summary>
public sealed class WordFixPropertyTest
{
    private static readonly string[] _words =
    [
        "the", "council", "pool", "reopens", "Café", "Łódź", "😀", "residents'", "it’s", "£2.4m", "on", "Saturday.",
        "—", "and", "this Conservative council", "Tory cuts", "the Labour administration", "for internal use only", "\"We", "are", "proud.\"",
    ];

    private static readonly string[] _lines =
    [
        "OFFICIAL-SENSITIVE",
        "OFFICIAL-SENSITIVE: The pool reopens on Saturday 14 March.",
        "Councillor Helen Mash, Leader of the Council, said: \"The new pool is a great day for Easterby.\"",
        "Councillor Helen Marsh, Deputy Leader, said: \"We are proud of the pool.\"",
    ];

    private static readonly string[] _properties =
    [
        string.Empty, "<w:b/>", "<w:i/>", "<w:b/><w:i/>", "<w:u w:val=\"single\"/>",
        "<w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\"/>", "<w:rFonts w:ascii=\"Georgia\" w:hAnsi=\"Georgia\"/><w:sz w:val=\"28\"/>",
    ];

    private static int _bookmarks;

    private static readonly Arbitrary<(string[] Body, bool MarkedHeader)> _releases =
        (from paragraphs in Paragraph().ArrayOf().Where(p => p.Length > 0)
         from markedHeader in Gen.Elements(false, false, true)
         select (paragraphs, markedHeader)).ToArbitrary();

    [Property(MaxTest = 100)]
    public Property WritingEveryFirstFix_AcceptedChangesNothingOutsideTheFixedSpans() =>
        Prop.ForAll(_releases, input =>
        {
            var release = ReviewedRelease.Of(Build(input), FixSelection.First);

            Assert.Equal(release.Choices.Count, release.Review.Applied.Length + release.Review.Skipped.Length);
            Assert.Equal(release.ExpectedAcceptedParagraphs(), release.AcceptedParagraphs());
        });

    [Property(MaxTest = 100)]
    public Property WritingEveryFirstFix_RejectedReadsAsTheRelease() =>
        Prop.ForAll(_releases, input =>
        {
            var release = ReviewedRelease.Of(Build(input), FixSelection.First);

            Assert.Equal(release.Document.Text, ReviewedRelease.TextOf(release.Rejected));
        });

    [Property(MaxTest = 30)]
    public Property WritingEveryFirstFix_GivesACopyTheOpenXmlValidatorAccepts() =>
        Prop.ForAll(_releases, input => Assert.Empty(ReviewedRelease.Of(Build(input), FixSelection.First).ValidationErrors()));

    private static byte[] Build((string[] Body, bool MarkedHeader) input)
    {
        var builder = new WordDocumentBuilder().Paragraph("Easterby Leisure Centre reopens").Body(input.Body);
        return (input.MarkedHeader ? builder.Header("OFFICIAL-SENSITIVE") : builder).Build();
    }

    private static Gen<string> Paragraph() =>
        from text in Gen.OneOf(
            Gen.Elements(_words).ArrayOf().Where(w => w.Length > 0).Select(w => string.Join(' ', w)),
            Gen.Elements(_lines))
        from cuts in Gen.Choose(0, 5).SelectMany(n => Gen.Choose(1, Math.Max(1, text.Length - 1)).ArrayOf(n))
        from runs in Gen.CollectToArray(Cut(text, cuts), Run)
        select $"<w:p>{string.Concat(runs)}</w:p>";

    // A run with random formatting, now and then with a bookmark before it or in a hyperlink.
    private static Gen<string> Run(string text) =>
        from properties in Gen.Elements(_properties)
        from around in Gen.Frequency((8, Gen.Constant(0)), (1, Gen.Constant(1)), (1, Gen.Constant(2)))
        let run = $"<w:r>{(properties.Length > 0 ? $"<w:rPr>{properties}</w:rPr>" : string.Empty)}<w:t xml:space=\"preserve\">{SecurityElement.Escape(text)}</w:t></w:r>"
        select around switch
        {
            1 => $"<w:bookmarkStart w:id=\"{++_bookmarks}\" w:name=\"_Ref{_bookmarks}\"/>{run}<w:bookmarkEnd w:id=\"{_bookmarks}\"/>",
            2 => $"<w:hyperlink w:anchor=\"_Top\" w:history=\"1\">{run}</w:hyperlink>",
            _ => run,
        };

    // The text cut at the given places, never inside a pair of surrogates.
    private static string[] Cut(string text, int[] cuts)
    {
        var at = cuts.Where(c => c > 0 && c < text.Length && !char.IsLowSurrogate(text[c])).Distinct().Order().ToList();
        return [.. at.Prepend(0).Zip(at.Append(text.Length), (start, end) => text[start..end])];
    }
}
