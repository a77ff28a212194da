using PublicityCheck.Documents;
using static PublicityCheck.Tests.Documents.Markdown.MarkdownTestSupport;

namespace PublicityCheck.Tests.Documents.Markdown;

/// <summary>Each word of a block maps to its exact line and column (1-based, UTF-16 code units) in the file.</summary>
public class MarkdownReaderLocationTest
{
    [Fact]
    public void Read_WordInEmphasisMapsToItsColumn()
    {
        var document = Read("# Library update\n\nThe *new* Loughborough library opens on **Monday**.\n");

        Assert.Equal((new SourcePosition(3, 6), new SourcePosition(3, 9)), Locate(document, "new"));
        Assert.Equal((new SourcePosition(3, 43), new SourcePosition(3, 49)), Locate(document, "Monday"));
    }

    [Fact]
    public void Read_LinkKeepsItsTextAtItsColumnAndDropsTheUrl()
    {
        var document = Read("# Parks\n\nRead the [full report](https://www.charnwood.gov.uk/reports/parks) online.\n");

        Assert.Equal("Read the full report online.", document.Blocks[1].Text);
        Assert.Equal((new SourcePosition(3, 11), new SourcePosition(3, 15)), Locate(document, "full"));
        Assert.Equal((new SourcePosition(3, 68), new SourcePosition(3, 74)), Locate(document, "online"));
    }

    [Fact]
    public void Read_WordInNestedListItemMapsToItsColumn()
    {
        var document = Read("- Bins are collected on **Tuesday**\n  - Garden waste every *fortnight*\n");

        Assert.Equal((new SourcePosition(2, 25), new SourcePosition(2, 34)), Locate(document, "fortnight"));
    }

    [Fact]
    public void Read_WordInTableCellMapsToItsColumn()
    {
        var document = Read("| Ward | Councillor |\n| --- | --- |\n| Shepshed | Cllr *Ann* Wright |\n");

        Assert.Equal((new SourcePosition(3, 20), new SourcePosition(3, 23)), Locate(document, "Ann"));
    }

    [Fact]
    public void Read_WordOnSecondLineOfBlockQuoteMapsToItsColumn()
    {
        var document = Read("> Cllr Jane Smith said the scheme\n> was **long overdue**.\n");

        Assert.Equal((new SourcePosition(2, 14), new SourcePosition(2, 21)), Locate(document, "overdue"));
    }

    [Fact]
    public void Read_HeadingAfterATabInsideABlockQuoteMapsToItsOwnLine()
    {
        // Markdig gives the heading's words offsets on the first line here; the reader keeps them inside the heading.
        var document = Read("Press release from Easterby\nBorough Council\n>#\tLibrary opens\n");

        Assert.Equal((new SourcePosition(3, 4), new SourcePosition(3, 11)), Locate(document, "Library"));
    }

    [Fact]
    public void Read_EntityMapsAsAWholeAndTheWordsAfterItStayExact()
    {
        var document = Read("Fish &amp; chips on the seafront\n");

        Assert.Equal("Fish & chips on the seafront", document.Text);
        Assert.Equal((new SourcePosition(1, 6), new SourcePosition(1, 11)), Locate(document, "&"));
        Assert.Equal((new SourcePosition(1, 12), new SourcePosition(1, 17)), Locate(document, "chips"));
    }

    [Fact]
    public void Read_InlineCodeKeepsItsContentAtItsColumn()
    {
        var document = Read("Text `STOP` to 60777 to unsubscribe.\n");

        Assert.Equal("Text STOP to 60777 to unsubscribe.", document.Text);
        Assert.Equal((new SourcePosition(1, 7), new SourcePosition(1, 11)), Locate(document, "STOP"));
    }

    [Fact]
    public void Read_AutolinkKeepsItsUrlTextAtItsColumn()
    {
        var document = Read("Visit <https://www.charnwood.gov.uk> today.\n");

        Assert.Equal("Visit https://www.charnwood.gov.uk today.", document.Text);
        Assert.Equal((new SourcePosition(1, 8), new SourcePosition(1, 36)), Locate(document, "https://www.charnwood.gov.uk"));
    }

    [Fact]
    public void Read_EscapedCharacterMapsPastItsBackslash()
    {
        var document = Read("Open 9am\\-5pm every weekday\n");

        Assert.Equal("Open 9am-5pm every weekday", document.Text);
        Assert.Equal((new SourcePosition(1, 11), new SourcePosition(1, 14)), Locate(document, "5pm"));
    }

    [Fact]
    public void Read_CarriageReturnOnlyLineEndingsCountAsLines()
    {
        var document = Read("# Parks\r\rThe park reopens\rDate: 3 March 2026\r");

        Assert.Equal((new SourcePosition(3, 10), new SourcePosition(3, 17)), Locate(document, "reopens"));
        Assert.Equal((new SourcePosition(4, 1), new SourcePosition(4, 5)), Locate(document, "Date"));
    }

    [Fact]
    public void Read_ColumnsCountUtf16CodeUnits()
    {
        var document = Read("🎉 Charnwood celebrates\n");

        Assert.Equal((new SourcePosition(1, 4), new SourcePosition(1, 13)), Locate(document, "Charnwood"));
    }

    [Fact]
    public void Read_LinesAfterFrontMatterKeepTheirFileLineNumbers()
    {
        var document = Read("---\ntitle: Leisure centre reopens\npublish: 3 March 2026\n---\n\nThe leisure centre reopens on Monday.\n");

        Assert.Equal((new SourcePosition(6, 5), new SourcePosition(6, 19)), Locate(document, "leisure centre"));
    }
}
