using PublicityCheck.Documents;
using PublicityCheck.Tests.Support;
using static PublicityCheck.Tests.Support.WordDocumentBuilder;

namespace PublicityCheck.Tests.Documents.Word;

public sealed class WordReaderPartsTest
{
    [Fact]
    public void Read_HeadingStyles_GiveHeadingsWithLevels()
    {
        var document = WordTestReading.ReadDocument(new WordDocumentBuilder().Body(
            StyledP("Title", "Ashworth Borough Council"),
            StyledP("Heading2", "New leisure centre for Northfield"),
            "<w:p><w:pPr><w:outlineLvl w:val=\"2\"/></w:pPr>" + Run("Notes to editors") + "</w:p>"));

        Assert.Equal([(BlockKind.Heading, 1), (BlockKind.Heading, 2), (BlockKind.Heading, 3)], document.Blocks.Select(b => (b.Kind, b.Level)));
    }

    [Fact]
    public void Read_NumberedParagraph_GivesListItemWithLevel()
    {
        var document = WordTestReading.ReadDocument(new WordDocumentBuilder().Body(
            "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"3\"/></w:numPr></w:pPr>" + Run("Free swimming for under-16s") + "</w:p>"));

        Assert.Equal((BlockKind.ListItem, 2), (document.Blocks[0].Kind, document.Blocks[0].Level));
    }

    [Fact]
    public void Read_NestedTable_GivesTableCellsInReadingOrder()
    {
        var inner = Table([P(Run("Northfield"))], [P(Run("Southgate"))]);
        var document = WordTestReading.ReadDocument(new WordDocumentBuilder().Body(
            Table([P(Run("Ward")), P(Run("Opening date"))], [inner + "<w:p/>", P(Run("3 March 2026"))])));

        Assert.Equal(["Ward", "Opening date", "Northfield", "Southgate", "3 March 2026"], document.Blocks.Select(b => b.Text));
        Assert.All(document.Blocks, b => Assert.Equal(BlockKind.TableCell, b.Kind));
    }

    [Fact]
    public void Read_BlockContentControl_GivesContentControlBlock()
    {
        var document = WordTestReading.ReadDocument(new WordDocumentBuilder().Body(
            "<w:sdt><w:sdtPr><w:alias w:val=\"Quote\"/></w:sdtPr><w:sdtContent>" + P(Run("Cllr Jane Smith, Leader of the Council, said: \u201CWe listened.\u201D")) + "</w:sdtContent></w:sdt>"));

        Assert.Equal(BlockKind.ContentControl, Assert.Single(document.Blocks).Kind);
    }

    [Fact]
    public void Read_CellLevelContentControl_GivesTableCell()
    {
        var document = WordTestReading.ReadDocument(new WordDocumentBuilder().Body(
            "<w:tbl><w:tr><w:sdt><w:sdtContent><w:tc>" + P(Run("Budget consultation")) + "</w:tc></w:sdtContent></w:sdt></w:tr></w:tbl>"));

        Assert.Equal((BlockKind.TableCell, "Budget consultation"), (document.Blocks[0].Kind, document.Blocks[0].Text));
    }

    [Fact]
    public void Read_EmptyParagraphs_NoBlockButCounted()
    {
        var document = WordTestReading.ReadDocument(new WordDocumentBuilder().Body(
            P(Run("Ashworth Borough Council")), "<w:p/>", P(Run("   ")), P(Run("Embargoed until 00:01 on 3 March 2026"))));

        Assert.Equal(2, document.Blocks.Length);
        Assert.Equal(new SourcePosition(4, 1), document.Blocks[1].Start);
    }

    [Fact]
    public void Read_HeadersFootersAndFootnotes_GiveTheirParts()
    {
        var document = WordTestReading.ReadDocument(new WordDocumentBuilder()
            .Paragraph("The council will freeze parking charges.")
            .Header("Ashworth Borough Council news")
            .Footer("Press Office, Town Hall, Ashworth")
            .Footnote("Figures from the 2025 residents' survey."));

        Assert.Equal(
            [(BlockKind.Paragraph, DocumentParts.Body), (BlockKind.Header, "header1"), (BlockKind.Footer, "footer1"), (BlockKind.Footnote, DocumentParts.Footnotes)],
            document.Blocks.Select(b => (b.Kind, b.Part)));
    }

    [Fact]
    public void Read_Footnotes_SeparatorsSkippedButTheirParagraphsCounted()
    {
        var document = WordTestReading.ReadDocument(new WordDocumentBuilder()
            .Paragraph("The council will freeze parking charges.")
            .Footnote("Figures from the 2025 residents' survey."));

        var footnote = Assert.Single(document.Blocks, b => b.Part == DocumentParts.Footnotes);
        Assert.Equal(new SourcePosition(3, 1), footnote.Start);
    }

    [Fact]
    public void Read_MalformedHeader_BodyReadAndTextSkippedWarning()
    {
        var result = WordTestReading.Read(new WordDocumentBuilder()
            .Paragraph("The council will freeze parking charges.")
            .RawHeader($"<w:hdr {Namespaces}><w:p><w:r><w:t>Ashworth news</w:r></w:p></w:hdr>"));

        Assert.NotNull(result.Document);
        Assert.Equal("The council will freeze parking charges.", Assert.Single(result.Document.Blocks).Text);
        var skipped = Assert.Single(result.Diagnostics);
        Assert.Equal("PC0007", skipped.Id);
        Assert.Contains("header", skipped.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TrackedChanges_ReportsCountInPC0003()
    {
        var result = WordTestReading.Read(new WordDocumentBuilder().Body(
            P(Run("The new library opens on "), Del("2 March"), Ins("3 March 2026"), Run("."))));

        var info = Assert.Single(result.Diagnostics);
        Assert.Equal("PC0003", info.Id);
        Assert.Contains("2 tracked change", info.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ReviewerComments_ReportsCountInPC0004()
    {
        var result = WordTestReading.Read(new WordDocumentBuilder()
            .Body(P(CommentStart(1), Run("Cllr Jane Smith said the scheme was a triumph."), CommentEnd(1)))
            .Comment(1, "Can we check this quote with the Leader's office?"));

        var info = Assert.Single(result.Diagnostics);
        Assert.Equal("PC0004", info.Id);
        Assert.Contains("1 reviewer comment", info.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_PlainDocument_NoDiagnostics()
    {
        var result = WordTestReading.Read(new WordDocumentBuilder().Paragraph("Bin collections change from 3 March 2026."));

        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Read_MacroEnabledDocument_Opens()
    {
        var result = WordTestReading.Read(new WordDocumentBuilder { MacroEnabled = true }.Paragraph("Council tax bills go out on 3 March 2026."));

        Assert.Equal("Council tax bills go out on 3 March 2026.", Assert.Single(result.Document!.Blocks).Text);
    }

    [Fact]
    public void Read_PictureAltText_GivesAnImageTextBlockAfterItsParagraph()
    {
        var document = WordTestReading.ReadDocument(new WordDocumentBuilder().Body(
            P(Run("The pool reopens on Saturday. "), Picture("Councillor Priya Mistry at Kettleby Moor pool")),
            P(Run("Opening times are on the website."))));

        Assert.Equal(
            [BlockKind.Paragraph, BlockKind.ImageText, BlockKind.Paragraph],
            document.Blocks.Select(b => b.Kind));
        Assert.Equal("Councillor Priya Mistry at Kettleby Moor pool", document.Blocks[1].Text);
        Assert.Equal(new SourcePosition(1, 31), document.Blocks[1].Start);
    }
}
