using PublicityCheck.Documents;
using static PublicityCheck.Tests.Documents.Markdown.MarkdownTestSupport;

namespace PublicityCheck.Tests.Documents.Markdown;

/// <summary>Which parts of a Markdown release become blocks, of what kind, with what text.</summary>
public class MarkdownReaderBlockTest
{
    [Fact]
    public void Read_HeadingKeepsItsLevel()
    {
        var document = Read("## Ward results for Loughborough\n");

        var block = Assert.Single(document.Blocks);
        Assert.Equal((BlockKind.Heading, 2, "Ward results for Loughborough"), (block.Kind, block.Level, block.Text));
    }

    [Fact]
    public void Read_ListItemLevelIsItsNestingDepth()
    {
        var document = Read("- Bins are collected on Tuesday\n  - Garden waste every fortnight\n");

        Assert.Equal([(BlockKind.ListItem, 1), (BlockKind.ListItem, 2)], document.Blocks.Select(b => (b.Kind, b.Level)));
    }

    [Fact]
    public void Read_EveryParagraphOfAListItemIsAListItemBlock()
    {
        var document = Read("1. Residents can recycle glass.\n\n   Bottles go in the blue box.\n");

        Assert.All(document.Blocks, block => Assert.Equal(BlockKind.ListItem, block.Kind));
        Assert.Equal(2, document.Blocks.Length);
    }

    [Fact]
    public void Read_EachTableCellIsATableCellBlock()
    {
        var document = Read("| Ward | Turnout |\n| --- | ---: |\n| Shepshed | 31% |\n");

        Assert.Equal(["Ward", "Turnout", "Shepshed", "31%"], document.Blocks.Select(b => b.Text));
        Assert.All(document.Blocks, block => Assert.Equal(BlockKind.TableCell, block.Kind));
    }

    [Fact]
    public void Read_ParagraphInBlockQuoteIsABlockQuoteBlock()
    {
        var document = Read("> We are proud of our parks.\n");

        Assert.Equal(BlockKind.BlockQuote, Assert.Single(document.Blocks).Kind);
    }

    [Fact]
    public void Read_SoftAndHardLineBreaksBecomeNewLines()
    {
        var document = Read("For immediate release  \nDate: 3 March 2026\nContact: press office\n");

        Assert.Equal("For immediate release\nDate: 3 March 2026\nContact: press office", Assert.Single(document.Blocks).Text);
    }

    [Fact]
    public void Read_FencedCodeBlockIsSkipped()
    {
        var document = Read("The council said:\n\n```\nTODO insert quote from Cllr Smith\n```\n");

        Assert.Equal("The council said:", Assert.Single(document.Blocks).Text);
    }

    [Fact]
    public void Read_IndentedCodeBlockIsSkipped()
    {
        var document = Read("The council said:\n\n    TODO insert quote from Cllr Smith\n");

        Assert.Equal("The council said:", Assert.Single(document.Blocks).Text);
    }

    [Fact]
    public void Read_HtmlBlockIsSkipped()
    {
        var document = Read("<div class=\"internal\">Not for publication</div>\n\nThe market reopens on Saturday.\n");

        Assert.Equal("The market reopens on Saturday.", Assert.Single(document.Blocks).Text);
    }

    [Fact]
    public void Read_InlineHtmlIsSkippedWithoutDoublingSpaces()
    {
        var document = Read("The market <span class=\"highlight\">reopens</span> on Saturday <!-- check date --> at 9am.\n");

        Assert.Equal("The market reopens on Saturday at 9am.", document.Text);
    }

    [Fact]
    public void Read_BrTagBecomesALineBreak()
    {
        var document = Read("Charnwood Borough Council<br>Southfield Road\n");

        Assert.Equal("Charnwood Borough Council\nSouthfield Road", document.Text);
    }

    [Fact]
    public void Read_ImageLeavesNoTextInItsParagraph()
    {
        var document = Read("![Council logo](logo.png)\n\nThe new play area opens today.\n");

        Assert.Equal(["Council logo", "The new play area opens today."], document.Blocks.Select(b => b.Text));
        Assert.Equal([BlockKind.ImageText, BlockKind.Paragraph], document.Blocks.Select(b => b.Kind));
    }

    [Fact]
    public void Read_LiquidTagStaysAsText()
    {
        var document = Read("Find out more at {{ site.url }}/bins.\n");

        Assert.Equal("Find out more at {{ site.url }}/bins.", document.Text);
    }

    [Fact]
    public void Read_BlockTextIsTrimmed()
    {
        var document = Read("#   Library opening hours   #\n");

        Assert.Equal("Library opening hours", document.Text);
    }

    [Fact]
    public void Read_AnImagesAltTextIsABlockOfItsOwnAtItsPlace()
    {
        var document = Read("The pool reopens on Saturday. ![Councillor Priya Mistry at Kettleby Moor pool](pool.jpg)\n");

        var image = Assert.Single(document.Blocks, b => b.Kind == BlockKind.ImageText);
        Assert.Equal("Councillor Priya Mistry at Kettleby Moor pool", image.Text);
        Assert.Equal(new SourcePosition(1, 33), image.Start);
        Assert.Equal("The pool reopens on Saturday.", document.Blocks[0].Text);
    }
}
