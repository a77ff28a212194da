using PublicityCheck.Annotation;
using PublicityCheck.Configuration;
using PublicityCheck.Reporting;
using PublicityCheck.Tests.Support;
using static PublicityCheck.Tests.Support.WordDocumentBuilder;

namespace PublicityCheck.Tests.Annotation;

public class WordAnnotatorTest
{
    private const string Heading = "Cabinet agrees sale of Tanyard Lane depot to fund new recycling facility";

    private static (FileResult Result, List<ReviewedCopy> Comments) Annotate(WordDocumentBuilder builder)
    {
        using var folder = new TemporaryFolder();
        var path = builder.Save(Path.Combine(folder.Path, "depot-sale.docx"));
        var result = new PublicityChecker().CheckFile(path);
        var annotated = WordAnnotator.Annotate(File.ReadAllBytes(path), result.Active);
        return (result, ReviewedCopy.Read(annotated));
    }

    [Fact]
    public void Annotate_AnchorsTheCommentOnExactlyTheWordsSplitAcrossRuns()
    {
        var builder = new WordDocumentBuilder()
            .Paragraph(Heading)
            .Body(P(Run("The Pa"), Run("rt II rep"), Run("ort considered by Cabinet on 4 March set out the offers received after the site was marketed.")));

        var (result, comments) = Annotate(builder);

        var finding = Assert.Single(result.Active, d => d.Id == "PC0401");
        var comment = Assert.Single(comments, c => c.Comment.StartsWith("PC0401", StringComparison.Ordinal));
        Assert.Equal(finding.Text, comment.Anchored);
        Assert.Equal("Part II report", comment.Anchored);
        Assert.Equal(2, comment.Paragraph);
    }

    [Fact]
    public void Annotate_WritesAuthorSeverityMessageAndHelpLink()
    {
        var builder = new WordDocumentBuilder()
            .Paragraph(Heading)
            .Paragraph("The Part II report considered by Cabinet on 4 March set out the offers received.");

        var (result, comments) = Annotate(builder);

        var finding = Assert.Single(result.Active, d => d.Id == "PC0401");
        var comment = Assert.Single(comments, c => c.Comment.StartsWith("PC0401", StringComparison.Ordinal));
        Assert.Equal(WordAnnotator.Author, comment.Author);
        Assert.Equal($"PC0401 {finding.Severity.ToString().ToLowerInvariant()}: {finding.Message} ({new Uri(Path.Combine(AppContext.BaseDirectory, "rules", "PC0401.md")).AbsoluteUri})", comment.Comment);
    }

    [Fact]
    public void CommentText_WithHelpBaseUrl_LinksTheCouncilsPage()
    {
        var builder = new WordDocumentBuilder()
            .Paragraph(Heading)
            .Paragraph("The Part II report considered by Cabinet on 4 March set out the offers received.");
        var (result, _) = Annotate(builder);
        var finding = Assert.Single(result.Active, d => d.Id == "PC0401");
        var links = new RuleLinks(HelpBaseUrl.TryParse("https://intranet.wreakevalley.example/publicity/rules", out _));

        Assert.EndsWith($"{finding.Message} (https://intranet.wreakevalley.example/publicity/rules/PC0401)", WordAnnotator.CommentText(finding, links), StringComparison.Ordinal);
    }

    [Fact]
    public void Annotate_FindsTheWordsAfterTrackedDeletionsAndFieldCodes()
    {
        var builder = new WordDocumentBuilder()
            .Paragraph(Heading)
            .Body(P(
                Run("On "),
                Field("DATE \\@ \"d MMMM\"", "4 March"),
                Del("the confidential "),
                Run(" Cabinet considered the Part II report on the offers received.")));

        var (result, comments) = Annotate(builder);

        Assert.Contains(result.Active, d => d.Id == "PC0401");
        Assert.Equal("Part II report", Assert.Single(comments, c => c.Comment.StartsWith("PC0401", StringComparison.Ordinal)).Anchored);
    }

    [Fact]
    public void Annotate_SplitsARunInsideASmartTagAtTheFindingsFirstWord()
    {
        // The SDK keeps w:smartTag and all inside it as unknown elements; a run there was once cut after its
        // text rather than inside it, and the comment anchored on what followed the words.
        var builder = new WordDocumentBuilder()
            .Paragraph(Heading)
            .Body(P(
                "<w:smartTag w:uri=\"urn:schemas-microsoft-com:office:smarttags\" w:element=\"place\">",
                Run("The Part II report considered by Cabinet on 4 March"),
                "</w:smartTag>",
                Run(" set out the offers received.")));

        var (result, comments) = Annotate(builder);

        Assert.Contains(result.Active, d => d.Id == "PC0401");
        Assert.Equal("Part II report", Assert.Single(comments, c => c.Comment.StartsWith("PC0401", StringComparison.Ordinal)).Anchored);
    }

    [Fact]
    public void Annotate_PutsFileFindingsOnTheFirstParagraph()
    {
        var builder = new WordDocumentBuilder()
            .Paragraph(Heading)
            .Body(P(CommentStart(7), Run("The depot has been empty since 2023."), CommentEnd(7)))
            .Comment(7, "Check the date with Property Services");

        var (result, comments) = Annotate(builder);

        Assert.Contains(result.Active, d => d.Id == "PC0004");
        var comment = Assert.Single(comments, c => c.Comment.StartsWith("PC0004", StringComparison.Ordinal));
        Assert.Equal(1, comment.Paragraph);
        Assert.Equal(Heading, comment.Anchored);
    }

    [Fact]
    public void Annotate_NamesTheHeaderOfAFindingInIt()
    {
        var builder = new WordDocumentBuilder()
            .Header("OFFICIAL-SENSITIVE")
            .Paragraph(Heading)
            .Paragraph("The depot has been empty since 2023.");

        var (_, comments) = Annotate(builder);

        var comment = Assert.Single(comments, c => c.Comment.Contains("PC0402", StringComparison.Ordinal));
        Assert.StartsWith("header1, paragraph 1: PC0402", comment.Comment, StringComparison.Ordinal);
        Assert.Equal(1, comment.Paragraph);
    }

    [Fact]
    public void Annotate_ReviewedCopyReadsAsTheReleaseWithItsWordsAtTheSameLocations()
    {
        // Runs are split and markers added around findings; the text, and where each character is, stay as they were.
        var builder = new WordDocumentBuilder()
            .Header("OFFICIAL-SENSITIVE")
            .Paragraph(Heading)
            .Body(P(
                Run("The Pa"),
                Run("rt II report considered by Cabinet on "),
                Field("DATE \\@ \"d MMMM\"", "4 March"),
                Del("in private "),
                Run(" set out the offers received after the site was marketed.")))
            .Paragraph("Councillor Daniel Okafor, Cabinet Lead Member for Finance and Assets, said: \"Selling a site we no longer need means we can invest in better recycling facilities.\"");
        using var folder = new TemporaryFolder();
        var path = builder.Save(Path.Combine(folder.Path, "depot-sale.docx"));
        var checker = new PublicityChecker();
        var release = checker.CheckFile(path);
        Assert.NotEmpty(release.Active);

        var reviewedPath = folder.Write("depot-sale.reviewed.docx", WordAnnotator.Annotate(File.ReadAllBytes(path), release.Active));

        Assert.Equal(Layout(checker, path), Layout(checker, reviewedPath));
    }

    [Fact]
    public void Annotate_LeavesTheBytesGivenUnchanged()
    {
        var original = new WordDocumentBuilder().Paragraph(Heading).Paragraph("The Part II report set out the offers.").Build();
        var copy = original.ToArray();
        using var folder = new TemporaryFolder();
        var result = new PublicityChecker().CheckFile(folder.Write("depot.docx", original));

        WordAnnotator.Annotate(copy, result.Active);

        Assert.Equal(original, copy);
    }

    // Every block's part, kind, text and the location of each of its characters.
    private static List<string> Layout(PublicityChecker checker, string path) =>
        [.. checker.Inspect(path, path, out _)!.Document.Blocks.Select(b => $"{b.Part} {b.Kind} \"{b.Text}\" {string.Join(" ", Enumerable.Range(0, b.Text.Length).Select(i => b.Map.Start(i)))}")];
}
