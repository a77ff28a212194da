using PublicityCheck.Documents;
using PublicityCheck.Tests.Support;
using static PublicityCheck.Tests.Support.WordDocumentBuilder;

namespace PublicityCheck.Tests.Documents.Word;

public sealed class WordReaderTextTest
{
    [Fact]
    public void Read_TabsAndBreaks_BecomeTabAndLineFeed()
    {
        var document = WordTestReading.ReadDocument(new WordDocumentBuilder().Body(
            P(Run("Contact:"), "<w:r><w:tab/></w:r>", Run("Press Office"), "<w:r><w:br/></w:r>", Run("01632 960000"))));

        Assert.Equal("Contact:\tPress Office\n01632 960000", Assert.Single(document.Blocks).Text);
    }

    [Fact]
    public void Read_HyphenCharacters_NoBreakHyphenKeptSoftHyphenDropped()
    {
        var document = WordTestReading.ReadDocument(new WordDocumentBuilder().Body(
            P(Run("Stoke"), "<w:r><w:noBreakHyphen/></w:r>", Run("on"), "<w:r><w:noBreakHyphen/></w:r>", Run("Trent re"), "<w:r><w:softHyphen/></w:r>", Run("cycling centre"))));

        Assert.Equal("Stoke-on-Trent recycling centre", Assert.Single(document.Blocks).Text);
    }

    [Fact]
    public void Read_SmartQuotes_KeptAsWritten()
    {
        var document = WordTestReading.ReadDocument(new WordDocumentBuilder()
            .Paragraph("Cllr Jane Smith, Leader of the Council, said: \u201CThis is good news for Ashworth\u2019s residents.\u201D"));

        Assert.Equal("Cllr Jane Smith, Leader of the Council, said: \u201CThis is good news for Ashworth\u2019s residents.\u201D", document.Blocks[0].Text);
    }

    [Fact]
    public void Read_TrackedChanges_ReadAsAccepted()
    {
        var document = WordTestReading.ReadDocument(new WordDocumentBuilder().Body(
            P(Run("The new library opens on "), Del("2 March"), Ins("3 March 2026"), Run("."))));

        Assert.Equal("The new library opens on 3 March 2026.", document.Blocks[0].Text);
    }

    [Fact]
    public void Read_MovedText_MoveFromOutMoveToIn()
    {
        var document = WordTestReading.ReadDocument(new WordDocumentBuilder().Body(
            P("<w:moveFrom w:id=\"801\" w:author=\"Press Office\">", Run("Free parking all weekend. "), "</w:moveFrom>", Run("The market returns to Ashworth.")),
            P(Run("Stalls open at 9am. "), "<w:moveTo w:id=\"802\" w:author=\"Press Office\">", Run("Free parking all weekend."), "</w:moveTo>")));

        Assert.Equal(["The market returns to Ashworth.", "Stalls open at 9am. Free parking all weekend."], document.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Read_ComplexField_GivesResultNotCode()
    {
        var document = WordTestReading.ReadDocument(new WordDocumentBuilder().Body(
            P(Run("Issued on "), Field("DATE \\@ \"d MMMM yyyy\"", "3 March 2026"), Run(" by the Press Office."))));

        Assert.Equal("Issued on 3 March 2026 by the Press Office.", document.Blocks[0].Text);
    }

    [Fact]
    public void Read_FieldWithoutSeparator_ContributesNothing()
    {
        var document = WordTestReading.ReadDocument(new WordDocumentBuilder().Body(
            P(Run("Ward: "), Field("MERGEFIELD WardName", null), Run("Northfield"))));

        Assert.Equal("Ward: Northfield", document.Blocks[0].Text);
    }

    [Fact]
    public void Read_NestedField_ReadsOnlyOuterResult()
    {
        var nested = "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> IF </w:instrText></w:r>"
            + Field("MERGEFIELD Consultation", "open")
            + "<w:r><w:instrText> = \"open\" \"Have your say\" \"\" </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
            + Run("Have your say") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
        var document = WordTestReading.ReadDocument(new WordDocumentBuilder().Body(P(nested, Run(" by 31 March 2026."))));

        Assert.Equal("Have your say by 31 March 2026.", document.Blocks[0].Text);
    }

    [Fact]
    public void Read_SimpleField_GivesResult()
    {
        var document = WordTestReading.ReadDocument(new WordDocumentBuilder().Body(
            P(Run("Page "), "<w:fldSimple w:instr=\" PAGE \">", Run("2"), "</w:fldSimple>")));

        Assert.Equal("Page 2", document.Blocks[0].Text);
    }

    [Fact]
    public void Read_HyperlinkAndSmartTag_TextRead()
    {
        var document = WordTestReading.ReadDocument(new WordDocumentBuilder().Body(
            P(Run("See "), "<w:hyperlink r:id=\"rIdNone\" w:history=\"1\">", Run("ashworth.gov.uk/budget"), "</w:hyperlink>", Run(" or call "),
              "<w:smartTag w:uri=\"urn:schemas-microsoft-com:office:smarttags\" w:element=\"phone\">", Run("01632 960000"), "</w:smartTag>")));

        Assert.Equal("See ashworth.gov.uk/budget or call 01632 960000", document.Blocks[0].Text);
    }

    [Fact]
    public void Read_TextBox_ReadOnceFromChoice()
    {
        var document = WordTestReading.ReadDocument(new WordDocumentBuilder().Body(
            P(Run("Residents can recycle more from April."), TextBox(P(Run("Key dates: 3 March 2026"))))));

        Assert.Equal(["Residents can recycle more from April.", "Key dates: 3 March 2026"], document.Blocks.Select(b => b.Text));
        Assert.Equal(BlockKind.TextBox, document.Blocks[1].Kind);
        Assert.Equal(new SourcePosition(2, 1), document.Blocks[1].Start);
    }

    [Fact]
    public void Read_RunLevelContentControl_TextRead()
    {
        var document = WordTestReading.ReadDocument(new WordDocumentBuilder().Body(
            P(Run("Date: "), "<w:sdt><w:sdtPr><w:alias w:val=\"Date\"/></w:sdtPr><w:sdtContent>", Run("3 March 2026"), "</w:sdtContent></w:sdt>")));

        Assert.Equal("Date: 3 March 2026", document.Blocks[0].Text);
        Assert.Equal(new NodaTime.LocalDate(2026, 3, 3), document.Metadata.PublishOn);
    }

    [Fact]
    public void Read_Symbol_GivesItsCharacterUnlessPrivateUse()
    {
        var document = WordTestReading.ReadDocument(new WordDocumentBuilder().Body(
            P(Run("Tickets "), "<w:r><w:sym w:font=\"Arial\" w:char=\"00A3\"/></w:r>", Run("5 "), "<w:r><w:sym w:font=\"Wingdings\" w:char=\"F0E0\"/></w:r>")));

        Assert.Equal("Tickets \u00A35", document.Blocks[0].Text);
    }
}
