using PublicityCheck.Documents;
using PublicityCheck.Tests.Support;
using PublicityCheck.Text;

namespace PublicityCheck.Tests.Documents;

public class ReleaseDocumentTest
{
    [Fact]
    public void GetLocation_MapsWordsToTheirLineAndColumns()
    {
        var document = TestDocuments.FromParagraphs(
            "leisure.md",
            "Charnwood Borough Council reopens Loughborough Leisure Centre",
            "The pool reopens on Monday 2 March 2026 after a £4.2m refurbishment.");

        var location = document.GetLocation(TestDocuments.SpanOf(document, "£4.2m refurbishment"));

        Assert.Equal(new SourcePosition(3, 49), location.Start);
        Assert.Equal(new SourcePosition(3, 68), location.End);
        Assert.Equal(DocumentParts.Body, location.Part);
    }

    [Fact]
    public void GetLocation_OfEmptySpan_StartsAndEndsAtTheSamePlace()
    {
        var document = TestDocuments.FromParagraphs("bins.md", "Bin collections change over Christmas.");

        var location = document.GetLocation(new TextSpan(4, 0));

        Assert.Equal(location.Start, location.End);
        Assert.Equal(new SourcePosition(1, 5), location.Start);
    }

    [Fact]
    public void Text_JoinsBlocksWithTheSeparator()
    {
        var document = TestDocuments.FromParagraphs("bins.md", "Bin collections change.", "Check your day online.");

        Assert.Equal("Bin collections change.\nCheck your day online.", document.Text);
        Assert.Equal(new TextSpan(24, 22), document.Blocks[1].Span);
    }

    [Fact]
    public void Sentences_NeverRunAcrossBlocks()
    {
        var document = TestDocuments.FromParagraphs("parks.md", "Notes to editors", "The park opens at 9 a.m. daily. Entry is free.");

        Assert.Equal(["Notes to editors", "The park opens at 9 a.m. daily.", "Entry is free."], SentenceSplitter.Default.Split(document).Select(s => s.Text));
        Assert.Same(document.Blocks[1], SentenceSplitter.Default.Split(document)[2].Block);
    }

    [Fact]
    public void SourceMap_MapsAnEntityAsAWhole()
    {
        var map = new SourceMapBuilder()
            .Append("Parks ", new SourcePosition(4, 1))
            .Append("&", new SourcePosition(4, 7), sourceLength: 5)
            .Append(" Open Spaces", new SourcePosition(4, 12))
            .ToSourceMap();

        Assert.Equal(new SourcePosition(4, 7), map.Start(6));
        Assert.Equal(new SourcePosition(4, 12), map.EndAfter(6));
        Assert.Equal(new SourcePosition(4, 12), map.Start(7));
    }

    [Fact]
    public void SourceMapBuilder_TrimEnd_DropsTrailingWhiteSpaceAndItsMapping()
    {
        var builder = new SourceMapBuilder().Append("Road closure on the A6  ", new SourcePosition(2, 3));

        var text = builder.TrimEnd().ToString();

        Assert.Equal("Road closure on the A6", text);
        Assert.Equal(new SourcePosition(2, 25), builder.ToSourceMap().EndAfter(text.Length - 1));
    }
}
