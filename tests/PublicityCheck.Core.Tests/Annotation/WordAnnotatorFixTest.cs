using System.Security;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using PublicityCheck.Annotation;
using PublicityCheck.Documents;
using PublicityCheck.Fixing;
using PublicityCheck.Tests.Support;
using static PublicityCheck.Tests.Support.WordDocumentBuilder;

namespace PublicityCheck.Tests.Annotation;

public class WordAnnotatorFixTest
{
    private const string Heading = "Easterby Leisure Centre reopens after pool refurbishment";
    private const string Opening = "Easterby Leisure Centre will reopen on Saturday 14 March after a £2.4 million refurbishment of its pool and changing rooms.";
    private const string Quote = ", Leader of the Council, said: \"The new pool is a great day for Easterby.\"";

    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static string Styled(string properties, string text) =>
        $"<w:r><w:rPr>{properties}</w:rPr><w:t xml:space=\"preserve\">{SecurityElement.Escape(text)}</w:t></w:r>";

    private static WordDocumentBuilder Release(params string[] body) =>
        new WordDocumentBuilder().Paragraph(Heading).Paragraph(Opening).Body(body);

    [Fact]
    public void Review_WritesAMisspeltSpeakersNameAsADeletionAndAnInsertionByPublicityCheck()
    {
        var release = ReviewedRelease.Of(Release(P(Run("Councillor Helen Ma"), Run("sh" + Quote))).Build());

        var written = Assert.Single(release.Review.Applied);
        Assert.Equal("PC0105", written.Finding.Id);
        Assert.Equal((new SourcePosition(3, 12), new SourcePosition(3, 22)), (written.Fix.Edits[0].Location.Start, written.Fix.Edits[0].Location.End));
        var body = Body(release.Reviewed);
        var deleted = Assert.Single(body.Descendants(W + "del"));
        var inserted = Assert.Single(body.Descendants(W + "ins"));
        Assert.Equal("Helen Mash", string.Concat(deleted.Descendants(W + "delText").Select(t => t.Value)));
        Assert.Equal("Helen Marsh", string.Concat(inserted.Descendants(W + "t").Select(t => t.Value)));
        Assert.All(new[] { deleted, inserted }, change =>
        {
            Assert.Equal(WordAnnotator.Author, (string?)change.Attribute(W + "author"));
            Assert.Equal("2026-03-02T10:15:42Z", (string?)change.Attribute(W + "date"));
        });
        Assert.Same(deleted.ElementsAfterSelf().First(), inserted);
    }

    [Fact]
    public void Review_KeepsTheReplacedWordsBoldItalicsAndFontOnTheInsertedRun()
    {
        const string Properties = "<w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\"/><w:b/><w:i/>";
        var release = ReviewedRelease.Of(Release(P(Run("Councillor "), Styled(Properties, "Helen Mash"), Run(Quote))).Build());

        var inserted = Assert.Single(Body(release.Reviewed).Descendants(W + "ins"));
        var properties = inserted.Element(W + "r")!.Element(W + "rPr")!;
        Assert.Equal(["rFonts", "b", "i"], properties.Elements().Select(e => e.Name.LocalName));
        Assert.Equal("Arial", (string?)properties.Element(W + "rFonts")!.Attribute(W + "ascii"));
    }

    [Fact]
    public void Review_RemovesAMarkingOnItsOwnLineWithItsParagraphMark()
    {
        var release = ReviewedRelease.Of(new WordDocumentBuilder().Paragraph("OFFICIAL-SENSITIVE").Paragraph(Heading).Paragraph(Opening).Build());

        var written = Assert.Single(release.Review.Applied);
        Assert.Equal("PC0402", written.Finding.Id);
        Assert.True(written.Fix.Edits[0].RemovesWholeLines);
        Assert.Equal((0, 1, 1), TrackedChanges.Count(release.Reviewed, WordAnnotator.Author));
        var first = Body(release.Reviewed).Elements(W + "p").First();
        Assert.NotNull(first.Element(W + "pPr")?.Element(W + "rPr")?.Element(W + "del"));
        Assert.Equal([Heading, Opening], release.AcceptedParagraphs());
        Assert.Equal(2, Body(release.Accepted).Elements(W + "p").Count());
    }

    [Fact]
    public void Review_WritesAFixInTheHeaderInTheHeader()
    {
        var release = ReviewedRelease.Of(Release().Header("OFFICIAL-SENSITIVE").Build());

        var written = Assert.Single(release.Review.Applied);
        Assert.Equal("header1", written.Fix.Edits[0].Location.Part);
        Assert.Equal((0, 1, 0), TrackedChanges.Count(release.Reviewed, WordAnnotator.Author));
        Assert.Empty(Body(release.Reviewed).Descendants(W + "del"));
        Assert.DoesNotContain("OFFICIAL-SENSITIVE", ReviewedRelease.TextOf(release.Accepted), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<w:hyperlink r:id=\"rIdNone\" w:history=\"1\">", "</w:hyperlink>", "its words are in a hyperlink")]
    [InlineData("<w:ins w:id=\"41\" w:author=\"Press Office\" w:date=\"2026-03-02T09:00:00Z\">", "</w:ins>", "its words are in a tracked change")]
    [InlineData("<w:sdt><w:sdtPr/><w:sdtContent>", "</w:sdtContent></w:sdt>", "its words are in a content control")]
    [InlineData("<w:fldSimple w:instr=\" MERGEFIELD Speaker \">", "</w:fldSimple>", "its words are a field's result")]
    public void Review_LeavesForAPersonAFixWhoseWordsAreNotPlainRuns(string open, string close, string reason)
    {
        var release = ReviewedRelease.Of(Release(P(Run("Councillor "), open, Run("Helen Mash"), close, Run(Quote))).Build());

        Assert.Empty(release.Review.Applied);
        var left = Assert.Single(release.Review.Skipped);
        Assert.Equal("PC0105", left.Choice.Finding.Id);
        Assert.Equal(reason, left.Reason);
        Assert.Equal((0, 0, 0), TrackedChanges.Count(release.Reviewed, WordAnnotator.Author));
    }

    [Fact]
    public void Review_LeavesForAPersonAFixWhoseWordsAreAComplexFieldsResult()
    {
        var release = ReviewedRelease.Of(Release(P(Run("Councillor "), Field(" DOCPROPERTY Speaker ", "Helen Mash"), Run(Quote))).Build());

        var left = Assert.Single(release.Review.Skipped);
        Assert.Equal("its words are a field's result", left.Reason);
        Assert.Empty(release.Review.Applied);
    }

    [Fact]
    public void Review_NumbersItsChangesAfterEveryIdTheDocumentAlreadyUses()
    {
        var package = Release(
                P(CommentStart(7), Run("Councillor Helen Mash" + Quote), CommentEnd(7)),
                P(Run("The pool opens at 7am."), Ins(" Swimming lessons restart in April.")))
            .Comment(7, "Check the spelling with Democratic Services")
            .Build();
        var existing = AllIds(package);

        var release = ReviewedRelease.Of(package);

        var ours = ChangeIds(release.Reviewed).Where(c => c.Author == WordAnnotator.Author).Select(c => c.Id).ToList();
        Assert.Equal(2, ours.Count);
        Assert.Equal(ours.Count, ours.Distinct().Count());
        Assert.All(ours, id => Assert.True(id > existing.Max(), $"revision id {id} is not above the document's ids {string.Join(", ", existing)}"));
        Assert.All(ours, id => Assert.True(id > CommentIds(release.Reviewed).Max()));
    }

    [Fact]
    public void Review_WritesTwoFixesInOneRun_AcceptedAsTheFixedTextAndRejectedAsTheOriginal()
    {
        // A marking set off at the start (PC0402) and the speaker's name misspelt (PC0105): two safe fixes, one run.
        var release = ReviewedRelease.Of(Release(P(Run("OFFICIAL-SENSITIVE: Councillor Helen Mash" + Quote))).Build());

        Assert.Equal(["PC0402", "PC0105"], release.Review.Applied.Select(a => a.Finding.Id));
        Assert.Empty(release.Review.Skipped);
        Assert.Equal(release.ExpectedAcceptedParagraphs(), release.AcceptedParagraphs());
        Assert.Equal(release.Document.Text, ReviewedRelease.TextOf(release.Rejected));
    }

    [Fact]
    public void Review_WithNoFixes_WritesNoTrackedChange()
    {
        var package = Release(P(Run("Councillor Helen Mash" + Quote))).Build();
        var release = ReviewedRelease.Of(package);

        var reviewed = WordAnnotator.Review(package, release.Findings, [], PublicityCheck.Reporting.RuleLinks.Installed, ReviewedRelease.ReviewDate);

        Assert.Empty(reviewed.Applied);
        Assert.Equal((0, 0, 0), TrackedChanges.Count(reviewed.Content.ToArray(), WordAnnotator.Author));
        Assert.NotEmpty(release.Choices);
    }

    [Fact]
    public void Review_WritesACopyTheOpenXmlValidatorAccepts()
    {
        var release = ReviewedRelease.Of(
            new WordDocumentBuilder()
                .Header("OFFICIAL-SENSITIVE")
                .Paragraph("OFFICIAL-SENSITIVE")
                .Paragraph(Heading)
                .Body(P(Run("Councillor "), Styled("<w:b/>", "Helen Ma"), Run("sh" + Quote)))
                .Build(),
            FixSelection.First);

        Assert.Equal(3, release.Review.Applied.Length);
        Assert.Empty(release.ValidationErrors());
    }

    private static XElement Body(byte[] package)
    {
        using var stream = new MemoryStream(package, writable: false);
        using var document = WordprocessingDocument.Open(stream, false);
        using var part = document.MainDocumentPart!.GetStream(FileMode.Open, FileAccess.Read);
        return XDocument.Load(part).Root!.Element(W + "body")!;
    }

    private static List<(string? Author, int Id)> ChangeIds(byte[] package) =>
        [.. Body(package).Descendants().Where(e => e.Name == W + "ins" || e.Name == W + "del").Select(e => ((string?)e.Attribute(W + "author"), (int)e.Attribute(W + "id")!))];

    private static List<int> AllIds(byte[] package) =>
        [.. Body(package).Descendants().Select(e => (int?)e.Attribute(W + "id")).OfType<int>(), .. CommentIds(package)];

    private static List<int> CommentIds(byte[] package)
    {
        using var stream = new MemoryStream(package, writable: false);
        using var document = WordprocessingDocument.Open(stream, false);
        return [.. document.MainDocumentPart!.WordprocessingCommentsPart?.Comments?.Elements<DocumentFormat.OpenXml.Wordprocessing.Comment>().Select(c => int.Parse(c.Id!.Value!, System.Globalization.CultureInfo.InvariantCulture)) ?? []];
    }
}
