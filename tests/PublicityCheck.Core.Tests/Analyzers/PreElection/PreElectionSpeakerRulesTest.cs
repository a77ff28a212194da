using NodaTime;
using PublicityCheck.Analysis;
using PublicityCheck.Analyzers.PreElection;
using PublicityCheck.Calendar;
using PublicityCheck.Diagnostics;
using PublicityCheck.Documents;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Tests.Analyzers.PreElection;

public class PreElectionSpeakerRulesTest
{
    private static readonly Election BoroughElections = WreakeValley.BoroughElections2026;

    private static readonly ReleaseDocument LeisureCentre = TestDocuments.FromParagraphs(
        "leisure.md",
        "Easterby Leisure Centre reopens",
        "Councillor Priya Mistry, Cabinet Member for Leisure and Culture, said: \"The new pool is a great day for Easterby.\"",
        "Mark Ellison, the council's Head of Environmental Services, said: \"The car park reopens too.\"");

    private static IReadOnlyList<Diagnostic> Check(ReleaseDocument document, LocalDate publishOn) =>
        new AnalyzerDriver([new PC0304CouncillorQuotedInPeriod(), new PC0305CandidateFeaturedInPeriod(), new PC0306ProposalIdentifiedWithGroup()])
            .Analyze(document, new AnalysisOptions(publishOn, WreakeValley.WithMistryStandingIn("local-2026", BoroughElections)));

    [Fact]
    public void TheDayBeforeThePeriod_ACouncillorMayBeQuoted()
    {
        Assert.Empty(Check(LeisureCentre, new LocalDate(2026, 3, 29)));
    }

    [Fact]
    public void OnTheFirstDayOfThePeriod_ACouncillorQuoteIsPC0304()
    {
        var diagnostic = Assert.Single(Check(LeisureCentre, new LocalDate(2026, 3, 30)));

        Findings.AssertAt(diagnostic, "PC0304", 3, 1, 3, 24);
        Assert.Equal("Councillor Priya Mistry", diagnostic.Text);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
    }

    [Fact]
    public void OnPollingDay_ACouncillorQuoteIsStillPC0304()
    {
        Findings.AssertAre(Check(LeisureCentre, new LocalDate(2026, 5, 7)), ("PC0304", 3, 1, 3, 24));
    }

    [Fact]
    public void TheDayAfterPollingDay_ACouncillorMayBeQuotedAgain()
    {
        Assert.Empty(Check(LeisureCentre, new LocalDate(2026, 5, 8)));
    }

    [Fact]
    public void InThePeriod_ACandidateNamedInTheText_IsPC0305()
    {
        var diagnostic = Assert.Single(Check(WreakeValley.BloomAward, new LocalDate(2026, 4, 14)));

        Findings.AssertAt(diagnostic, "PC0305", 3, 28, 3, 45);
        Assert.Equal("Councillor Mistry", diagnostic.Text);
    }

    [Fact]
    public void InThePeriod_TheStatementOfPersonsNominatedMayNameCandidates()
    {
        var document = TestDocuments.FromParagraphs(
            "nominations.md",
            "Candidates confirmed for the borough elections",
            "The statement of persons nominated for St Wystan's ward lists Priya Mistry (Green Party) and two other candidates.");

        Assert.Empty(Check(document, new LocalDate(2026, 4, 14)));
    }

    [Fact]
    public void InThePeriod_AProposalIdentifiedWithAGroup_IsPC0306()
    {
        var document = TestDocuments.FromParagraphs(
            "crossing.md",
            "New crossing for Mardale Road",
            "The crossing follows the Labour group's proposal to the Cabinet last year.");

        var diagnostic = Assert.Single(Check(document, new LocalDate(2026, 4, 14)));

        Findings.AssertAt(diagnostic, "PC0306", 3, 26, 3, 49);
        Assert.Equal("Labour group's proposal", diagnostic.Text);
    }

    [Fact]
    public void InThePeriod_AProposalPutForwardByACouncillor_IsPC0306()
    {
        var document = TestDocuments.FromParagraphs(
            "crossing.md",
            "New crossing for Mardale Road",
            "The crossing was a plan put forward by Councillor Reid after residents asked for it.");

        var diagnostic = Assert.Single(Check(document, new LocalDate(2026, 4, 14)));

        Findings.AssertAt(diagnostic, "PC0306", 3, 20, 3, 55);
        Assert.Equal("plan put forward by Councillor Reid", diagnostic.Text);
    }

    [Fact]
    public void OutsideThePeriod_AProposalMayBeIdentifiedWithAGroup()
    {
        var document = TestDocuments.FromParagraphs(
            "crossing.md",
            "New crossing for Mardale Road",
            "The crossing follows the Labour group's proposal to the Cabinet last year.");

        Assert.Empty(Check(document, new LocalDate(2026, 3, 27)));
    }

    [Fact]
    public void InThePeriod_ACandidateInAnImagesAltText_IsPC0305()
    {
        var read = new PublicityCheck.Documents.Markdown.MarkdownReader().Read(
            "awards.md",
            new MemoryStream(System.Text.Encoding.UTF8.GetBytes("# Easterby in Bloom wins gold\n\n![Councillor Mistry holding the gold award](award.jpg)\n")),
            ReaderOptions.Default);

        var diagnostic = Assert.Single(Check(read.Document!, new LocalDate(2026, 4, 14)));

        Findings.AssertAt(diagnostic, "PC0305", 3, 3, 3, 20);
    }
}
