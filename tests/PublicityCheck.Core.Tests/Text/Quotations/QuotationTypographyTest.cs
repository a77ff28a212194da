using System.Text;
using PublicityCheck.Documents;
using PublicityCheck.Documents.Markdown;
using PublicityCheck.Tests.Support;
using PublicityCheck.Text.Quotations;

namespace PublicityCheck.Tests.Text.Quotations;

/// <summary>Quotation marks as real releases type them: mistyped, mixed, mojibake and missing.</summary>
public class QuotationTypographyTest
{
    private static ReleaseDocument Release(params string[] paragraphs) => TestDocuments.FromParagraphs("release.md", paragraphs);

    private static ReleaseDocument Markdown(string text)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        return new MarkdownReader().Read("release.md", stream, ReaderOptions.Default).Document!;
    }

    [Fact]
    public void Extract_ReadsAnOpeningMarkTypedAsTheClosingOne()
    {
        var document = Release("“The depot will reopen in the new year,“ said the Leader, Councillor Ruth Oakes.");

        var quotation = Assert.Single(document.Quotations);

        Assert.Equal("The depot will reopen in the new year,", quotation.Text);
        Assert.Equal("Councillor Ruth Oakes", quotation.Speaker?.Name);
        var repair = Assert.Single(quotation.Repairs);
        Assert.Equal(QuoteMarkRepairKind.MisdirectedClose, repair.Kind);
        Assert.Equal(new TextSpan(document.Text.IndexOf(",“", StringComparison.Ordinal) + 1, 1), repair.At);
    }

    [Fact]
    public void Extract_ReadsAClosingMarkSpacedAfterAColonAsTheOpeningOne()
    {
        var document = Release(
            "He said: ” Visitors are welcome in every park this summer. Please take your rubbish home if a bin is full.",
            "“Our staff are working hard to keep every park clean and safe for everyone.”");

        var quotation = Assert.Single(document.Quotations);

        Assert.Equal(2, quotation.Parts.Length);
        Assert.StartsWith("Visitors are welcome", quotation.Text, StringComparison.Ordinal);
        var repair = Assert.Single(quotation.Repairs);
        Assert.Equal(QuoteMarkRepairKind.MisdirectedOpen, repair.Kind);
        Assert.Equal(new TextSpan(document.Text.IndexOf('”', StringComparison.Ordinal), 1), repair.At);
    }

    [Fact]
    public void Extract_DoesNotOpenAQuotationAtAClosingMarkSpacedAfterASentence()
    {
        var document = Release("“The bins will be emptied on Saturday. ” The crews start at 6am.");

        var quotation = Assert.Single(document.Quotations);

        Assert.Equal("The bins will be emptied on Saturday.", quotation.Text.TrimEnd());
    }

    [Fact]
    public void Extract_KeepsAStraySraightMarkInsideCurlyOnes()
    {
        var quotation = Assert.Single(Release("“Our \"Clean Streets\" week was the best yet,” said Cllr Owen Pryce.").Quotations);

        Assert.Equal("Our \"Clean Streets\" week was the best yet,", quotation.Text);
        Assert.Equal("Cllr Owen Pryce", quotation.Speaker?.Name);
        Assert.Empty(quotation.Repairs);
    }

    [Fact]
    public void Extract_ClosesACurlyQuotationWithAStraightMark_AndSaysSo()
    {
        var document = Release("“We expect the bridge to reopen by Easter,\" said Cllr Owen Pryce. “Until then, please use the ferry.”");

        Assert.Equal(2, document.Quotations.Length);
        Assert.Equal("We expect the bridge to reopen by Easter,", document.Quotations[0].Text);
        Assert.Equal(QuoteMarkRepairKind.MixedMarks, Assert.Single(document.Quotations[0].Repairs).Kind);
        Assert.Equal("Cllr Owen Pryce", document.Quotations[1].Speaker?.Name);
    }

    [Theory]
    [InlineData("â€œ", "â€\u009D")]
    [InlineData("â€˜", "â€™")]
    public void Extract_ReadsMojibakeMarks_WithExactSpans(string open, string close)
    {
        var paragraph = $"{open}Our crews will be out on Boxing Day,{close} said Cllr Owen Pryce.";
        var document = Release(paragraph);

        var quotation = Assert.Single(document.Quotations);

        Assert.Equal("Our crews will be out on Boxing Day,", quotation.Text);
        Assert.Equal(TestDocuments.SpanOf(document, open + "Our crews will be out on Boxing Day," + close), quotation.Span);
        Assert.Equal([QuoteMarkRepairKind.Mojibake, QuoteMarkRepairKind.Mojibake], quotation.Repairs.Select(r => r.Kind));
        Assert.Equal("Cllr Owen Pryce", quotation.Speaker?.Name);
    }

    [Fact]
    public void Extract_ReadsAMojibakeApostropheAsAnApostrophe()
    {
        var quotation = Assert.Single(Release("‘We donâ€™t expect delays,’ said Cllr Owen Pryce.").Quotations);

        Assert.Equal("We donâ€™t expect delays,", quotation.Text);
    }

    [Fact]
    public void Extract_ReadsTheRemnantOfAMojibakeOpeningMark()
    {
        var document = Release("'˜We will keep every library open' - council leader");

        var quotation = Assert.Single(document.Quotations);

        Assert.Equal("We will keep every library open", quotation.Text);
        Assert.Equal(0, quotation.Span.Start);
        Assert.Equal(new QuoteMarkRepair(QuoteMarkRepairKind.Mojibake, new TextSpan(0, 2)), quotation.Repairs[0]);
    }

    [Fact]
    public void Extract_QuotationOverParagraphsWithOnlyTheLastClosed_IsOneQuotation()
    {
        var document = Release(
            "Councillor Priya Mistry said: “The new changing rooms are what users asked for most.",
            "“The pool will also open earlier on weekdays.",
            "“I hope people will come and see the difference.”");

        var quotation = Assert.Single(document.Quotations);

        Assert.Equal(3, quotation.Parts.Length);
        Assert.Empty(quotation.Repairs);
        Assert.Equal(document.Blocks[2].Span.End, quotation.Span.End);
    }

    [Fact]
    public void Extract_RecordsAMissingClosingMarkAtTheEndOfTheLastParagraph()
    {
        var document = Release(
            "Councillor Priya Mistry said: “The new changing rooms are what users asked for most.",
            "“I hope people will come and see the difference.",
            "The centre opens at 9am on Saturday.");

        var quotation = Assert.Single(document.Quotations);

        Assert.Equal(2, quotation.Parts.Length);
        Assert.Equal(new QuoteMarkRepair(QuoteMarkRepairKind.MissingClose, new TextSpan(document.Blocks[1].Span.End, 0)), Assert.Single(quotation.Repairs));
        Assert.Equal("Councillor Priya Mistry", quotation.Speaker?.Name);
    }

    [Fact]
    public void Extract_ReadsOnPastACaptionInsideAQuotation()
    {
        var document = Release(
            "Councillor Priya Mistry said: “The new changing rooms are what users asked for most.",
            "The refurbished pool at Hollin Leisure Centre",
            "“I hope people will come and see the difference.”",
            "The centre opens at 9am on Saturday.");

        var quotation = Assert.Single(document.Quotations);

        Assert.Equal("The new changing rooms are what users asked for most.\nI hope people will come and see the difference.", quotation.Text);
        Assert.Equal(new QuoteMarkRepair(QuoteMarkRepairKind.Interrupted, document.Blocks[1].Span), Assert.Single(quotation.Repairs));
    }

    [Fact]
    public void Extract_NarrativeBetweenClosedQuotations_IsNotACaption()
    {
        var document = Release(
            "Councillor Priya Mistry said: “The new changing rooms are what users asked for most.”",
            "The pool reopens on Saturday.",
            "“Swimming lessons restart in May,” said centre manager Lucy Farrant.");

        Assert.Equal(2, document.Quotations.Length);
        Assert.Equal("Lucy Farrant", document.Quotations[1].Speaker?.Name);
    }

    [Fact]
    public void Extract_FindsSingleMarkSpeechInTradePressStyle()
    {
        var quotation = Assert.Single(Release("‘We have doubled the number of food inspections this year,’ said Mardale’s head of environmental health, Sam Okafor.").Quotations);

        Assert.Equal("Sam Okafor", quotation.Speaker?.Name);
    }

    [Theory]
    [InlineData("The scheme, which staff call ‘the big tidy’, runs all summer.")]
    [InlineData("Copies of ‘Hollin Local Plan 2040’ are in every library.")]
    public void Extract_SingleMarkedTitlesAndScareQuotes_AreNotSpeech(string paragraph)
    {
        Assert.Empty(Release(paragraph).Quotations);
    }

    [Fact]
    public void Extract_QuotedWrittenTextInsideASentence_IsNotSpeech()
    {
        var document = Release("The notice on the gate says visitors must “keep dogs on leads at all times and take litter home.”");

        Assert.Empty(document.Quotations);
    }

    [Fact]
    public void Extract_ShortCrossheadInQuotationMarks_IsNotSpeech()
    {
        var document = Release(
            "Cllr Owen Pryce said: “We will keep every library open this year.”",
            "“Best year yet”",
            "Visitor numbers rose by a fifth.");

        Assert.Single(document.Quotations);
    }

    [Fact]
    public void Extract_NameInSingleMarksFollowedByADash_IsNotSpeech()
    {
        Assert.Empty(Release("Pupils showed visitors the new ‘Quiet Corner’ - a space for reading and calm.").Quotations);
    }

    [Fact]
    public void Extract_HeadlineQuote_TakesTheSpeakerOfTheBodyQuotationItShortens()
    {
        var document = Markdown("""
            # ‘We will keep every library open’ – council leader

            Hollin County Council’s Leader, Councillor Ruth Oakes, set out the budget on Tuesday.

            Councillor Oakes said: “We will keep every library open, and we will extend opening hours in the towns.”
            """);

        var headline = document.Quotations[0];

        Assert.Equal("We will keep every library open", headline.Text);
        Assert.Equal("Councillor Ruth Oakes", headline.Speaker?.Name);
        Assert.Equal(AttributedBy.LaterParagraph, headline.Speaker?.AttributedBy);
    }

    [Fact]
    public void Extract_PullQuote_TakesTheSpeakerOfTheQuotationItRepeats()
    {
        var document = Release(
            "The Executive Board will decide how to spend last year’s underspend on Tuesday.",
            "“…a town centre that people want to visit…”",
            "Councillor Ruth Oakes, Leader of the Council, said: “We want a town centre that people want to visit, day and evening.”");

        var pull = document.Quotations[0];

        Assert.Equal("Councillor Ruth Oakes", pull.Speaker?.Name);
        Assert.Equal(AttributedBy.LaterParagraph, pull.Speaker?.AttributedBy);
        Assert.Null(pull.Speaker?.NameSpan);
    }

    [Fact]
    public void Extract_QuotedParagraphThatRepeatsTooFewOfAQuotationsWords_IsNoPullQuote()
    {
        var document = Release(
            "The Executive Board will decide how to spend last year’s underspend on Tuesday.",
            "“We cannot support a plan that leaves the market hall empty for another winter.”",
            "Councillor Ruth Oakes, Leader of the Council, said: “We want a town centre that people want to visit, day and evening.”");

        Assert.Null(document.Quotations[0].Speaker);
    }
}
