using NodaTime;
using PublicityCheck.Analysis;
using PublicityCheck.Analyzers.Partisan;
using PublicityCheck.Analyzers.Phrases;
using PublicityCheck.Configuration;
using PublicityCheck.Diagnostics;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Tests.Analyzers.Partisan;

/// <summary>
/// PC0202 and PC0203 read their words in context: a plain report of who runs the council, a neutral sense of a
/// political word and the electoral services' own notices are left alone; the partisan uses of the same words are not.
/// </summary>
public class PartisanWordsInContextTest
{
    private static readonly AnalyzerDriver Driver = new([new PC0202PartyNamedInCouncilsWords(), new ConfiguredPhraseAnalyzer(BuiltInPhraseRules.All)]);

    private static List<Diagnostic> Analyze(string id, params string[] paragraphs) =>
        [.. Driver.Analyze(TestDocuments.FromParagraphs("release.md", paragraphs), new AnalysisOptions(new LocalDate(2026, 9, 14), PublicityCheckConfiguration.Default))
            .Where(d => d.Id == id)];

    // PC0202: political make-up and control, reported as fact.

    [Fact]
    public void PC0202_CoalitionRunningTheCouncilIsAFact()
    {
        Assert.Empty(Analyze("PC0202", "The council is run by a coalition of the Liberal Democrats and the Greens."));
    }

    [Fact]
    public void PC0202_GroupsShareOfTheSeatsIsAFact()
    {
        Assert.Empty(Analyze("PC0202", "The Conservative group holds 30 of the 55 seats on the council."));
    }

    [Fact]
    public void PC0202_CouncillorElectedLeaderWithTheirPartyIsAFact()
    {
        Assert.Empty(Analyze("PC0202", "Councillor Priya Shah (Labour Party) was elected Leader of the Council at the annual meeting on Tuesday."));
    }

    [Fact]
    public void PC0202_LeaderProposedAndSecondedByNamedCouncillorsIsAFact()
    {
        Assert.Empty(Analyze("PC0202", "Councillor Ewan Reid was proposed by SNP councillor Morag Dunn and seconded by Liberal Democrat councillor Alan Moore."));
    }

    [Fact]
    public void PC0202_NewProvostAndDeputeNamedWithTheirPartiesIsAFact()
    {
        Assert.Empty(Analyze("PC0202", "SNP councillor Iona Bell becomes Provost, with Conservative councillor Hamish Gray as her depute."));
    }

    // PC0202: words of the party list in another sense.

    [Fact]
    public void PC0202_ConservativeEstimateIsNotAParty()
    {
        Assert.Empty(Analyze("PC0202", "On a conservative estimate, the new boilers will save the council £40,000 a year."));
    }

    [Fact]
    public void PC0202_BowlingGreensAreNotAParty()
    {
        Assert.Empty(Analyze("PC0202", "The bowling greens at Oakhurst Park reopen on Saturday 4 April after reseeding."));
    }

    [Fact]
    public void PC0202_LocalResidentsGroupIsNotAParty()
    {
        Assert.Empty(Analyze("PC0202", "The path was cleared with the help of a local residents' group and volunteers from Brook Lane."));
    }

    [Fact]
    public void PC0202_TheLabourMarketIsNotAParty()
    {
        Assert.Empty(Analyze("PC0202", "The new skills hub helps residents back into the labour market after a career break."));
    }

    [Fact]
    public void PC0202_LabourMarketOpeningASentenceIsNotAParty()
    {
        Assert.Empty(Analyze("PC0202", "Labour market figures for the district show 800 more people in work than a year ago."));
    }

    [Fact]
    public void PC0202_LocalIndependentsOnTheHighStreetAreNotAParty()
    {
        Assert.Empty(Analyze("PC0202", "Shop local this Christmas: the market hall's local independents open late every Thursday."));
    }

    // PC0202: the partisan uses still count.

    [Fact]
    public void PC0202_LabourOnItsOwnIsAParty()
    {
        var diagnostic = Assert.Single(Analyze("PC0202", "Thanks to Labour, the library in Kestrel Road stays open."));

        Findings.AssertAt(diagnostic, "PC0202", 1, 11, 1, 17);
        Assert.Equal("Labour", diagnostic.Text);
    }

    [Fact]
    public void PC0202_NorthernIrelandsPartiesAreParties()
    {
        var diagnostics = Analyze("PC0202", "The new greenway was championed by the DUP and opened with the support of Sinn Féin and the Alliance Party.");

        Assert.Equal<string?>(["DUP", "Sinn Féin", "Alliance Party"], diagnostics.Select(d => d.Text));
    }

    [Fact]
    public void PC0202_IndependentsWrittenAsAGroupAreAParty()
    {
        var diagnostic = Assert.Single(Analyze("PC0202", "The Independents have kept their promise on the leisure centre."));

        Assert.Equal("Independents", diagnostic.Text);
    }

    [Fact]
    public void PC0202_CreditGivenToAGroupIsStillReported()
    {
        var diagnostic = Assert.Single(Analyze("PC0202", "Thanks to the Conservative group, the library stays open."));

        Findings.AssertAt(diagnostic, "PC0202", 1, 15, 1, 33);
        Assert.Equal("Conservative group", diagnostic.Text);
    }

    [Fact]
    public void PC0202_ANeutralSenseElsewhereInTheSentenceDoesNotHideAParty()
    {
        var diagnostic = Assert.Single(Analyze("PC0202", "On a conservative estimate, the Green Party's plan would cost the council £2 million a year."));

        Findings.AssertAt(diagnostic, "PC0202", 1, 33, 1, 44);
        Assert.Equal("Green Party", diagnostic.Text);
    }

    // PC0203: young people's own contests.

    [Fact]
    public void PC0203_ChildrensMayorsManifestoIsNotElectioneering()
    {
        Assert.Empty(Analyze(
            "PC0203",
            "Oakhurst's new Children's Mayor announced",
            "Ten-year-old Ava Patel won with a manifesto on safer walking routes to school.",
            "Ava will present her manifesto to the full council in January."));
    }

    [Fact]
    public void PC0203_YouthCouncilElectionIsNotElectioneering()
    {
        Assert.Empty(Analyze(
            "PC0203",
            "Pupils across the borough chose the members of the new Youth Council this week.",
            "Each candidate wrote a manifesto, and more than 2,000 pupils cast a vote for the candidates they wanted."));
    }

    // PC0203: contests and the electoral services' notices.

    [Fact]
    public void PC0203_VotingForAFavouriteParkIsNotElectioneering()
    {
        Assert.Empty(Analyze("PC0203", "Residents can vote for their favourite park in the Best Green Space awards until 30 June."));
    }

    [Fact]
    public void PC0203_ElectionNoticeOnWhoToVoteForIsNotElectioneering()
    {
        Assert.Empty(Analyze("PC0203", "On Thursday 7 May you can vote for your county councillor at your polling station between 7am and 10pm."));
    }

    [Fact]
    public void PC0203_BallotPaperInstructionsAreNotElectioneering()
    {
        Assert.Empty(Analyze("PC0203", "In wards with two seats, the ballot paper asks you to vote for up to two candidates."));
    }

    // PC0203: the partisan uses still count.

    [Fact]
    public void PC0203_ManifestoPromiseDeliveredIsStillElectioneering()
    {
        var diagnostic = Assert.Single(Analyze("PC0203", "Our manifesto promise delivered: the new pool opens on Saturday."));

        Findings.AssertAt(diagnostic, "PC0203", 1, 5, 1, 14);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
    }

    [Fact]
    public void PC0203_VoteForAPartyIsStillElectioneering()
    {
        var diagnostic = Assert.Single(Analyze("PC0203", "Vote Labour on Thursday to keep the library open."));

        Findings.AssertAt(diagnostic, "PC0203", 1, 1, 1, 12);
    }

    [Fact]
    public void PC0203_ElectionNoticeDoesNotCoverTheNextSentence()
    {
        var diagnostic = Assert.Single(Analyze("PC0203", "Polling stations open at 7am. Vote Labour on Thursday."));

        Findings.AssertAt(diagnostic, "PC0203", 1, 31, 1, 42);
    }
}
