using NodaTime;
using PublicityCheck.Analysis;
using PublicityCheck.Analyzers.PreElection;
using PublicityCheck.Calendar;
using PublicityCheck.Diagnostics;
using PublicityCheck.Documents;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Tests.Analyzers.PreElection;

/// <summary>A release inside two periods at once: the borough's own elections, and a parliamentary by-election that overlaps them.</summary>
public class OverlappingPeriodsTest
{
    // Writ received on Thursday 30 April 2026: the notice is due by Tuesday 5 May (the early May bank holiday is left
    // out), so from 5 May to 7 May both periods are in force.
    private static readonly Election ByElection = new("parl.wreake-valley.by.2026-06-04", "the Wreake Valley parliamentary by-election", new LocalDate(2026, 6, 4), ElectionType.ParliamentaryByElection, UkCountry.England)
    {
        Writ = new LocalDate(2026, 4, 30),
    };

    private static IReadOnlyList<Diagnostic> Check(ReleaseDocument document, LocalDate publishOn) =>
        new AnalyzerDriver([new PC0304CouncillorQuotedInPeriod(), new PC0305CandidateFeaturedInPeriod(), new PC0306ProposalIdentifiedWithGroup()])
            .Analyze(document, new AnalysisOptions(publishOn, WreakeValley.WithMistryStandingIn(ByElection.Id, WreakeValley.BoroughElections2026, ByElection)));

    private static readonly ReleaseDocument LeisureCentre = TestDocuments.FromParagraphs(
        "leisure.md",
        "Easterby Leisure Centre reopens",
        "Councillor Priya Mistry, Cabinet Member for Leisure and Culture, said: \"The new pool is a great day for Easterby.\"");

    [Fact]
    public void InBothPeriods_ACouncillorQuoteNamesBothPollsAndWaitsForTheLaterPoll()
    {
        var diagnostic = Assert.Single(Check(LeisureCentre, new LocalDate(2026, 5, 6)));

        Findings.AssertAt(diagnostic, "PC0304", 3, 1, 3, 24);
        Assert.Contains("the pre-election period for the borough council elections and the Wreake Valley parliamentary by-election (until the close of poll on 4 June 2026)", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("5 June 2026", Assert.Single(diagnostic.Fixes).Title, StringComparison.Ordinal);
    }

    [Fact]
    public void BeforeTheByElectionsNotice_ACouncillorQuoteNamesOnlyTheBoroughElections()
    {
        var diagnostic = Assert.Single(Check(LeisureCentre, new LocalDate(2026, 4, 14)));

        Assert.Contains("the pre-election period for the borough council elections (until the close of poll on 7 May 2026)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InBothPeriods_ACandidateIsNamedWithThePollTheyStandIn()
    {
        var diagnostic = Assert.Single(Check(WreakeValley.BloomAward, new LocalDate(2026, 5, 6)));

        Findings.AssertAt(diagnostic, "PC0305", 3, 28, 3, 45);
        Assert.Contains("is a candidate in the Wreake Valley parliamentary by-election", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AfterTheBoroughPoll_TheByElectionsPeriodAloneStillApplies()
    {
        var diagnostic = Assert.Single(Check(LeisureCentre, new LocalDate(2026, 5, 20)));

        Assert.Contains("the pre-election period for the Wreake Valley parliamentary by-election (until the close of poll on 4 June 2026)", diagnostic.Message, StringComparison.Ordinal);
    }
}
