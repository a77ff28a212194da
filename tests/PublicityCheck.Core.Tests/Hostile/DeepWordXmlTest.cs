using System.Diagnostics;
using PublicityCheck.Annotation;
using PublicityCheck.Documents;
using PublicityCheck.Documents.Word;
using PublicityCheck.Tests.Support;
using static PublicityCheck.Tests.Hostile.DeepNesting;

namespace PublicityCheck.Tests.Hostile;

/// <summary>
/// Every XML part of a Word package, nested ten and a thousand times past the 512 limit, is refused while it is
/// read: the body with PC0001, any other part with PC0007 naming it and the limit, the rest of the release read.
/// </summary>
public sealed class DeepWordXmlTest
{
    [Theory]
    [InlineData(WordLimit * 10)]
    [InlineData(WordLimit * 1000)]
    public void CheckFile_BodyNestedPastLimit_RefusedNamingPartAndLimit(int depth)
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("deep.docx", Package(DeepPart.Body, depth));

        var (result, _) = HostileCheck.Run(folder, path);

        var reason = HostileCheck.Refusal(result);
        Assert.Contains("'word/document.xml'", reason, StringComparison.Ordinal);
        Assert.Contains("more than 512 deep", reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DeepPart.Header, WordLimit * 10)]
    [InlineData(DeepPart.Header, WordLimit * 1000)]
    [InlineData(DeepPart.Footer, WordLimit * 10)]
    [InlineData(DeepPart.Footer, WordLimit * 1000)]
    [InlineData(DeepPart.Footnotes, WordLimit * 10)]
    [InlineData(DeepPart.Footnotes, WordLimit * 1000)]
    [InlineData(DeepPart.Comments, WordLimit * 10)]
    [InlineData(DeepPart.Comments, WordLimit * 1000)]
    [InlineData(DeepPart.Styles, WordLimit * 10)]
    [InlineData(DeepPart.Styles, WordLimit * 1000)]
    [InlineData(DeepPart.CoreProperties, WordLimit * 10)]
    [InlineData(DeepPart.CoreProperties, WordLimit * 1000)]
    [InlineData(DeepPart.CustomProperties, WordLimit * 10)]
    [InlineData(DeepPart.CustomProperties, WordLimit * 1000)]
    [InlineData(DeepPart.CoverPage, WordLimit * 10)]
    [InlineData(DeepPart.CoverPage, WordLimit * 1000)]
    public void CheckFile_OptionalPartNestedPastLimit_SkippedNamingPartAndLimit(DeepPart part, int depth)
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("deep.docx", Package(part, depth));

        var (result, _) = HostileCheck.Run(folder, path);

        var document = HostileCheck.DocumentOf(result);
        Assert.NotNull(document);
        Assert.Contains(document.Blocks, b => b.Text.Contains("freeze parking charges", StringComparison.Ordinal));
        var skipped = Assert.Single(result.Diagnostics, d => d.Id == "PC0007");
        Assert.Contains("more than 512 deep", skipped.Message, StringComparison.Ordinal);
        Assert.Matches(@"the part '(word|docProps|customXml|package)/[^']+'", skipped.Message);
    }

    [Fact]
    public void CheckFile_PartsAtTheLimit_Read()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("deep.docx", Package(DeepPart.Comments, WordLimit - 5));

        var (result, _) = HostileCheck.Run(folder, path);

        var document = HostileCheck.DocumentOf(result);
        Assert.NotNull(document);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id is "PC0001" or "PC0007");
    }

    [Fact]
    public void CheckFile_PartWithMoreNodesThanTheLimit_SkippedNamingPartAndLimit()
    {
        // Four million and one sibling elements, each named by a random letter so that the part is not a zip bomb.
        var random = new Random(4);
        var xml = new System.Text.StringBuilder($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:styles {WordDocumentBuilder.Namespaces}>");
        for (var i = 0; i <= 4_000_000; i++)
        {
            xml.Append('<').Append((char)('a' + random.Next(26))).Append("/>");
        }

        using var folder = new TemporaryFolder();
        var path = folder.Write("wide.docx", Replace(Package(DeepPart.Header, 1), n => n.StartsWith("word/styles", StringComparison.Ordinal), xml.Append("</w:styles>").ToString()));

        var (result, _) = HostileCheck.Run(folder, path);

        var document = HostileCheck.DocumentOf(result);
        Assert.NotNull(document);
        var skipped = Assert.Single(result.Diagnostics, d => d.Id == "PC0007");
        Assert.Contains("the part 'word/styles.xml' holds more than 4,000,000 XML elements and attributes", skipped.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(WordLimit * 10)]
    [InlineData(WordLimit * 1000)]
    public void CheckFile_PackageStructureNestedPastLimit_Refused(int depth)
    {
        using var folder = new TemporaryFolder();
        var package = Replace(
            Package(DeepPart.Header, 1),
            n => n == "_rels/.rels",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
            + Nested(depth) + "</Relationships>");
        var path = folder.Write("deep.docx", package);

        var (result, _) = HostileCheck.Run(folder, path);

        var reason = HostileCheck.Refusal(result);
        Assert.Contains("'_rels/.rels'", reason, StringComparison.Ordinal);
        Assert.Contains("more than 512 deep", reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DeepPart.Comments, WordLimit * 10, "word/comments.xml")]
    [InlineData(DeepPart.Comments, WordLimit * 1000, "word/comments.xml")]
    [InlineData(DeepPart.Body, WordLimit * 10, "word/document.xml")]
    [InlineData(DeepPart.Body, WordLimit * 1000, "word/document.xml")]
    public void Annotate_PartItRewritesNestedPastLimit_RefusedWithinBound(DeepPart part, int depth, string partPath)
    {
        var package = Package(part, depth);
        var stopwatch = Stopwatch.StartNew();

        var error = Assert.Throws<InvalidDataException>(() => WordAnnotator.Annotate(package, []));

        Assert.True(stopwatch.Elapsed < HostileCheck.Bound, $"annotate took {stopwatch.Elapsed}");
        Assert.Contains($"'{partPath}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("more than 512 deep", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CancelledWhileLoadingLargePart_StopsPromptly()
    {
        // Three million empty paragraphs: within every limit, but seconds of XML to load.
        var package = Replace(
            Package(DeepPart.Header, 1),
            n => n == "word/document.xml",
            $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document {WordDocumentBuilder.Namespaces}><w:body>"
            + string.Concat(Enumerable.Repeat("<w:p/>", 3_000_000)) + "</w:body></w:document>");
        using var cancellation = new CancellationTokenSource();
        var cancelledAt = TimeSpan.Zero;
        var stopwatch = Stopwatch.StartNew();
        cancellation.Token.Register(() => cancelledAt = stopwatch.Elapsed);
        // Soon enough that even a quiet machine is still loading the part (it once finished within 200 ms), and from a
        // thread of its own: a timer's callback waits for the thread pool, which other tests running at once can keep
        // busy for longer than the whole read takes.
        var canceller = new Thread(() =>
        {
            Thread.Sleep(20);
            cancellation.Cancel();
        })
        { IsBackground = true };
        canceller.Start();

        Assert.ThrowsAny<OperationCanceledException>(() => new WordReader().Read("large.docx", new MemoryStream(package), ReaderOptions.Default, cancellation.Token));

        var after = stopwatch.Elapsed - cancelledAt;
        Assert.True(after < TimeSpan.FromSeconds(2), $"the read went on for {after} after cancellation");
    }
}
