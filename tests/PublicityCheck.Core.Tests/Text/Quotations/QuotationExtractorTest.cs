using PublicityCheck.Documents;
using PublicityCheck.Tests.Documents.Word;
using PublicityCheck.Tests.Support;
using PublicityCheck.Text.Quotations;

namespace PublicityCheck.Tests.Text.Quotations;

public class QuotationExtractorTest
{
    private static ReleaseDocument Release(params string[] paragraphs) => TestDocuments.FromParagraphs("release.md", paragraphs);

    private static Quotation Single(params string[] paragraphs) => Assert.Single(QuotationExtractor.Default.Extract(Release(paragraphs)));

    [Fact]
    public void Extract_FindsCurlyDoubleQuotation()
    {
        var quotation = Single("Councillor Jane Smith, Leader of the Council, said: “The new library will open in May.”");

        Assert.Equal("The new library will open in May.", quotation.Text);
    }

    [Fact]
    public void Extract_GivesSpanFromOpeningToClosingMark()
    {
        var document = Release("Cllr Smith said: \"We are delighted.\" The park reopens in May.");

        var quotation = Assert.Single(QuotationExtractor.Default.Extract(document));

        Assert.Equal(TestDocuments.SpanOf(document, "\"We are delighted.\""), quotation.Span);
        Assert.Equal([TestDocuments.SpanOf(document, "We are delighted.")], quotation.Parts.ToArray());
    }

    [Fact]
    public void Extract_FindsSingleQuotedSpeech()
    {
        var quotation = Single("‘Residents have told us they want cleaner streets,’ said Cllr Tom Hill.");

        Assert.Equal("Residents have told us they want cleaner streets,", quotation.Text);
        Assert.Equal("Cllr Tom Hill", quotation.Speaker?.Name);
    }

    [Fact]
    public void Extract_FindsStraightSingleQuotedSpeech()
    {
        var quotation = Single("'It's a great day for Easterby,' said Mr Patel.");

        Assert.Equal("It's a great day for Easterby,", quotation.Text);
    }

    [Theory]
    [InlineData("The councillors' hard work on the budget was praised by residents at the meeting.")]
    [InlineData("We don't expect the works on St Wystan's Road to last beyond the '90s-style bridge repair.")]
    [InlineData("The pool, built in the '90s, closes for works on Monday.")]
    public void Extract_IgnoresApostrophes(string paragraph)
    {
        Assert.Empty(QuotationExtractor.Default.Extract(Release(paragraph)));
    }

    [Fact]
    public void Extract_KeepsPluralPossessiveInsideSingleQuote()
    {
        var quotation = Single("‘The volunteers’ work has transformed the park,’ she said.");

        Assert.Equal("The volunteers’ work has transformed the park,", quotation.Text);
    }

    [Theory]
    [InlineData("Residents can join the “Love Your Park” scheme from Monday.")]
    [InlineData("The council has no plans for a so-called \"garden tax\" this year.")]
    [InlineData("The project, dubbed “Easterby Rising” by local traders, starts in June.")]
    [InlineData("The ‘Wreake Valley Way’ walking trail reopens in spring.")]
    public void Extract_IgnoresTitlesAndScareQuotes(string paragraph)
    {
        Assert.Empty(QuotationExtractor.Default.Extract(Release(paragraph)));
    }

    [Fact]
    public void Extract_KeepsNestedTitleInsideQuotation()
    {
        var quotation = Single("Cllr Smith said: “Our ‘Love Your Park’ scheme has been a huge success.”");

        Assert.Equal("Our ‘Love Your Park’ scheme has been a huge success.", quotation.Text);
    }

    [Fact]
    public void Extract_JoinsQuotationOverSeveralParagraphs()
    {
        var document = Release(
            "Councillor Priya Mistry said: “The changing rooms were the change users asked for most.",
            "“I hope people will come along to the open day and see the difference for themselves.”",
            "The centre opens at 9am.");

        var quotation = Assert.Single(QuotationExtractor.Default.Extract(document));

        Assert.Equal(2, quotation.Parts.Length);
        Assert.Equal("The changing rooms were the change users asked for most.\nI hope people will come along to the open day and see the difference for themselves.", quotation.Text);
        Assert.Equal(document.Blocks[1].Span.End, quotation.Span.End);
    }

    [Fact]
    public void Extract_QuotationOpeningAFootnote_IsNotCreditedToTheBodysLastSpeaker()
    {
        var document = WordTestReading.ReadDocument(new WordDocumentBuilder()
            .Paragraph("“The changing rooms were the change users asked for most,” said Councillor Priya Mistry.")
            .Footnote("“Our pool, our say” was the title of the 2025 consultation."));

        var quotations = QuotationExtractor.Default.Extract(document);

        // The footnote's title is not speech at all; whatever is read in the footnote, no one in the body says it.
        Assert.DoesNotContain(quotations, q => q.Span.Start >= document.Blocks[^1].Span.Start && q.Speaker is not null);
        Assert.Single(quotations, q => q.Speaker?.Name == "Councillor Priya Mistry");
    }

    [Fact]
    public void Extract_QuotationLeftOpenAtTheEndOfTheBody_DoesNotRunOnIntoTheFootnotes()
    {
        var document = WordTestReading.ReadDocument(new WordDocumentBuilder()
            .Paragraph("Councillor Priya Mistry said: “The changing rooms were the change users asked for most.")
            .Paragraph("“I hope people will come along to the open day and see the difference for themselves.")
            .Footnote("“Leisure Strategy 2026”, Cabinet report, 24 February 2026."));

        var quotation = QuotationExtractor.Default.Extract(document)[0];

        Assert.Equal(document.Blocks[1].Span.End, quotation.Span.End);
    }

    [Fact]
    public void Extract_AttributesSaidBeforeWithRole()
    {
        var speaker = Single("Councillor Jane Smith, Leader of the Council, said: “We listened to residents.”").Speaker;

        Assert.Equal(new SpeakerMention("Councillor Jane Smith", speaker!.NameSpan, "Councillor", "Leader of the Council", speaker.RoleSpan, AttributionKind.Explicit), speaker);
    }

    [Fact]
    public void Extract_AttributesSaidAfter()
    {
        var speaker = Single("“We listened to residents,” said Cllr Smith.").Speaker;

        Assert.Equal("Cllr Smith", speaker?.Name);
        Assert.Equal(AttributionKind.Explicit, speaker?.How);
    }

    [Fact]
    public void Extract_GivesNameAtItsFullest()
    {
        var document = Release(
            "Councillor Jane Smith, Leader of the Council, opened the new depot on Monday.",
            "“The depot will serve the borough for decades,” said Cllr Smith.");

        var speaker = Assert.Single(QuotationExtractor.Default.Extract(document)).Speaker;

        Assert.Equal("Councillor Jane Smith", speaker?.Name);
        Assert.Equal(TestDocuments.SpanOf(document, "Cllr Smith"), speaker?.NameSpan);
    }

    [Fact]
    public void Extract_ResolvesPronounToLastSpeaker()
    {
        var document = Release(
            "Councillor Jane Smith said: “We listened to residents.”",
            "“The new bins will arrive in April,” she added.");

        var speaker = QuotationExtractor.Default.Extract(document)[1].Speaker;

        Assert.Equal("Councillor Jane Smith", speaker?.Name);
        Assert.Equal(AttributionKind.Pronoun, speaker?.How);
    }

    [Fact]
    public void Extract_ResolvesBareHeAddedToLastSpeaker()
    {
        var document = Release(
            "Dr Amir Patel, Director of Public Health, said: “Vaccination remains the best protection.”",
            "He added: “Clinics are open every Saturday in March.”");

        Assert.Equal(("Dr Amir Patel", AttributionKind.Pronoun), (QuotationExtractor.Default.Extract(document)[1].Speaker?.Name, QuotationExtractor.Default.Extract(document)[1].Speaker!.How));
    }

    [Fact]
    public void Extract_ContinuesSpeakerInNextQuoteOnlyParagraph()
    {
        var document = Release(
            "“The depot will serve the borough for decades,” said Cllr Tom Hill.",
            "“It also means fewer lorries on Mill Lane.”");

        Assert.Equal(("Cllr Tom Hill", AttributionKind.Continuation), (QuotationExtractor.Default.Extract(document)[1].Speaker?.Name, QuotationExtractor.Default.Extract(document)[1].Speaker!.How));
    }

    [Fact]
    public void Extract_ContinuesSpeakerAfterInterruptedQuote()
    {
        var document = Release("“We are delighted,” said Mrs Ann Cole. “The garden is finally finished.”");

        Assert.Equal("Mrs Ann Cole", QuotationExtractor.Default.Extract(document)[1].Speaker?.Name);
    }

    [Fact]
    public void Extract_AttributesRoleBeforeName()
    {
        var speaker = Single("The Leader, Councillor Jane Smith, said: “This budget protects frontline services.”").Speaker;

        Assert.Equal(("Councillor Jane Smith", "Leader"), (speaker?.Name, speaker?.RoleText));
    }

    [Fact]
    public void Extract_AttributesAccordingTo()
    {
        var speaker = Single("According to Mark Evans, the council's Head of Planning, “the plan sets out where 6,000 homes will go.”").Speaker;

        Assert.Equal("Mark Evans", speaker?.Name);
    }

    [Fact]
    public void Extract_AttributesDashSignature()
    {
        var speaker = Single("“The market is the heart of the town and it is here to stay.” – Jane Smith, Chief Executive").Speaker;

        Assert.Equal(("Jane Smith", "Chief Executive"), (speaker?.Name, speaker?.RoleText));
    }

    [Fact]
    public void Extract_TakesTheRoleBeforeANameWhoseHonoursFollowIt()
    {
        var speaker = Single("The Leader of Kestrel Bay Council, Cllr Alan Marsh OBE said: “The budget protects every library.”").Speaker;

        Assert.Equal("Cllr Alan Marsh", speaker?.Name);
        Assert.Equal("Leader of Kestrel Bay Council", speaker?.RoleText);
    }

    [Fact]
    public void Extract_FindsATitledNameWrittenStraightAfterAPortfolio()
    {
        var speaker = Single("Portfolio Holder for Housing Cllr Rhian Dale said: “Every tenant will have a named officer.”").Speaker;

        Assert.Equal("Cllr Rhian Dale", speaker?.Name);
        Assert.Equal("Portfolio Holder for Housing", speaker?.RoleText);
    }

    [Theory]
    [InlineData("Cabinet Member for Parks, Leisure, Libraries and Culture, Councillor Tom Reeve, said: “The new hours suit families.”", "Cabinet Member for Parks, Leisure, Libraries and Culture")]
    [InlineData("Cabinet Member for Parks, Leisure, Libraries, and Culture, Councillor Tom Reeve, said: “The new hours suit families.”", "Cabinet Member for Parks, Leisure, Libraries, and Culture")]
    public void Extract_KeepsAPortfolioListedWithCommasAsOneRole(string paragraph, string role)
    {
        var speaker = Single(paragraph).Speaker;

        Assert.Equal("Councillor Tom Reeve", speaker?.Name);
        Assert.Equal(role, speaker?.RoleText);
    }

    [Fact]
    public void Extract_AttributesNameWithPossessiveRole()
    {
        var speaker = Single("Jane Smith, the council's Head of Planning, said: “We want to hear from everyone.”").Speaker;

        Assert.Equal(("Jane Smith", "the council's Head of Planning"), (speaker?.Name, speaker?.RoleText));
    }

    [Fact]
    public void Extract_AttributesMayorOfPlace()
    {
        var speaker = Single("The Mayor of Wreake Valley, Councillor Tom Hill, said: “I am proud of our volunteers.”").Speaker;

        Assert.Equal(("Councillor Tom Hill", "Mayor of Wreake Valley"), (speaker?.Name, speaker?.RoleText));
    }

    [Fact]
    public void Extract_AttributesRoleOfAPlaceWhoseNameHoldsACommaBeforeTheName()
    {
        var speaker = Single("“The new trails open this summer,” said Lord Mayor of Hollin Vale, Ashby and Kettleby, Councillor Ruth Oakes.").Speaker;

        Assert.Equal(("Councillor Ruth Oakes", "Lord Mayor of Hollin Vale, Ashby and Kettleby"), (speaker?.Name, speaker?.RoleText));
    }

    [Fact]
    public void Extract_AttributesRoleOfAPlaceWhoseNameHoldsACommaAfterTheName()
    {
        var speaker = Single("Councillor Ruth Oakes, Chair of Kettleby, Mardale and Hollin District Council, said: “The forum meets monthly.”").Speaker;

        Assert.Equal(("Councillor Ruth Oakes", "Chair of Kettleby, Mardale and Hollin District Council"), (speaker?.Name, speaker?.RoleText));
    }

    [Fact]
    public void Extract_AttributesInitialledName()
    {
        var speaker = Single("“The bridge will reopen on Friday,” said Cllr J. Smith, Cabinet Member for Highways.").Speaker;

        Assert.Equal(("Cllr J. Smith", "Cllr"), (speaker?.Name, speaker?.Title));
    }

    [Fact]
    public void Extract_AttributesCountyCouncillor()
    {
        var speaker = Single("County Councillor Ruth Oakes said: “The crossing will make the school run safer.”").Speaker;

        Assert.Equal(("County Councillor Ruth Oakes", "County Councillor"), (speaker?.Name, speaker?.Title));
    }

    [Fact]
    public void Extract_FindsDashIntroducedQuote()
    {
        var quotation = Single("The verdict of the judges was clear – “this is the best-kept park in the region.”");

        Assert.Equal("this is the best-kept park in the region.", quotation.Text);
    }

    [Fact]
    public void Extract_AttributesUnnamedSpokesperson()
    {
        var speaker = Single("A spokesperson for Easterby Rugby Club said: “We are grateful for the council's support.”").Speaker;

        Assert.Equal("spokesperson for Easterby Rugby Club", speaker?.Name);
    }

    [Fact]
    public void Extract_LeavesUnattributedQuoteWithoutSpeaker()
    {
        var speaker = Single("The council received more than 400 responses to its survey.", "“Please keep the library open on Saturdays.”").Speaker;

        Assert.Null(speaker);
    }

    [Fact]
    public void Extract_AttributesSpeakerTold()
    {
        var speaker = Single("Cllr Ruth Oakes told the Easterby Mercury: “We will not close a single library.”").Speaker;

        Assert.Equal("Cllr Ruth Oakes", speaker?.Name);
    }

    [Fact]
    public void Extract_AttributesIntroParagraphBeforeBlockQuote()
    {
        var document = Release("Aisha Rahman, the council's Leisure Services Manager, said:", "\"Our staff have been working hard to get everything ready.\"");

        Assert.Equal("Aisha Rahman", Assert.Single(QuotationExtractor.Default.Extract(document)).Speaker?.Name);
    }

    [Fact]
    public void Extract_IgnoresATitleThatOpensASentence()
    {
        var document = Release("\"Threads\" brings together machines, pattern books and photographs lent by families.");

        Assert.Empty(QuotationExtractor.Default.Extract(document));
    }

    [Fact]
    public void Extract_IgnoresALongSloganThatIsTheSubjectOfItsSentence()
    {
        var document = Release("‘Every street, every season, every neighbour’ is the theme of this year’s Clean Town Fortnight, which starts on Monday.");

        Assert.Empty(QuotationExtractor.Default.Extract(document));
    }

    [Fact]
    public void Extract_KeepsSpeechWhoseCommaWasLeftOutBeforeItsSpeaker()
    {
        var document = Release("“We will keep every library open this winter” she said, after the vote.");

        Assert.Single(QuotationExtractor.Default.Extract(document));
    }
}
