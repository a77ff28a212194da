using NodaTime;
using PublicityCheck.Analysis;
using PublicityCheck.Analyzers.Phrases;
using PublicityCheck.Analyzers.PreElection;
using PublicityCheck.Calendar;
using PublicityCheck.Configuration;
using PublicityCheck.Diagnostics;
using PublicityCheck.Documents;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Tests.Analyzers.PreElection;

public class PreElectionPeriodRulesTest
{
    private static readonly Election BoroughElections = WreakeValley.BoroughElections2026;

    private static readonly ReleaseDocument Launch = TestDocuments.FromParagraphs(
        "launch.md",
        "Council launches a new scheme for home energy grants",
        "Residents can apply from Monday.");

    private static IReadOnlyList<Diagnostic> Check(ReleaseDocument document, LocalDate publishOn, bool assumed = false, params Election[] elections)
    {
        var configuration = PublicityCheckConfiguration.Default with { Elections = [.. elections.DefaultIfEmpty(BoroughElections)] };
        var driver = new AnalyzerDriver([new PC0301PreElectionPeriodStartsSoon(), new PC0303PublicationDateAssumed(), new ConfiguredPhraseAnalyzer(BuiltInPhraseRules.All)]);
        return driver.Analyze(document, new AnalysisOptions(publishOn, configuration) { PublishOnAssumed = assumed });
    }

    [Fact]
    public void Analyze_TheDayBeforeThePeriodSaysItStartsTomorrow()
    {
        var diagnostic = Assert.Single(Check(Launch, new LocalDate(2026, 3, 29)));

        Findings.AssertAt(diagnostic, "PC0301", 1, 1, 1, 53);
        Assert.Equal("The pre-election period for the borough council elections starts on 30 March 2026, 1 working day after this release is published; plan what can still go out before then", diagnostic.Message);
    }

    [Fact]
    public void Analyze_OnTheFirstDayOfThePeriodWarnsOfTheNewScheme()
    {
        var diagnostics = Check(Launch, new LocalDate(2026, 3, 30));

        Findings.AssertAre(diagnostics, ("PC0302", 1, 9, 1, 17), ("PC0302", 1, 20, 1, 30));
        Assert.Equal(["launches", "new scheme"], diagnostics.Select(d => d.Text));
    }

    [Fact]
    public void Analyze_TheDayAfterThePeriodStartsWarnsOfTheNewScheme()
    {
        var diagnostic = Check(Launch, new LocalDate(2026, 3, 31))[0];

        Assert.Equal("'launches' announces something new during the pre-election period for the borough council elections (until the close of poll on 7 May 2026); hold it until after polling day unless it cannot wait", diagnostic.Message);
        Findings.AssertAt(diagnostic, "PC0302", 1, 9, 1, 17);
    }

    [Fact]
    public void Analyze_AfterPollingDaySaysNothing()
    {
        Assert.Empty(Check(Launch, new LocalDate(2026, 5, 8)));
    }

    [Fact]
    public void Analyze_ElevenWorkingDaysAheadSaysNothing()
    {
        // 30 March 2026 less 10 working days is 16 March; the 13th is a working day too early.
        Assert.Empty(Check(Launch, new LocalDate(2026, 3, 13)));
    }

    [Fact]
    public void Analyze_TenWorkingDaysAheadSaysThePeriodIsComing()
    {
        Findings.AssertAre(Check(Launch, new LocalDate(2026, 3, 16)), ("PC0301", 1, 1, 1, 53));
    }

    [Fact]
    public void Analyze_AnAssumedDateIsReported()
    {
        var diagnostics = Check(Launch, new LocalDate(2026, 1, 5), assumed: true);

        Findings.AssertAre(diagnostics, ("PC0303", 1, 1, 1, 53));
        Assert.Contains("as if published today, 5 January 2026", diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_WithoutElectionsSaysNothingOfAnAssumedDate()
    {
        var driver = new AnalyzerDriver([new PC0301PreElectionPeriodStartsSoon(), new PC0303PublicationDateAssumed(), new ConfiguredPhraseAnalyzer(BuiltInPhraseRules.All)]);

        Assert.Empty(driver.Analyze(Launch, new AnalysisOptions(new LocalDate(2026, 3, 30), PublicityCheckConfiguration.Default) { PublishOnAssumed = true }));
    }

    [Fact]
    public void Analyze_ByElectionPeriodIgnoresAReleaseAboutOtherWards()
    {
        var byElection = new Election("abbey-2026", "the Abbey ward by-election", new LocalDate(2026, 5, 7), ElectionType.ByElection, UkCountry.England) { Wards = ["Abbey"] };

        Assert.Empty(Check(Launch, new LocalDate(2026, 4, 1), elections: byElection));
    }

    [Fact]
    public void Analyze_ByElectionPeriodCoversAReleaseNamingItsWard()
    {
        var byElection = new Election("abbey-2026", "the Abbey ward by-election", new LocalDate(2026, 5, 7), ElectionType.ByElection, UkCountry.England) { Wards = ["Abbey"] };
        var release = TestDocuments.FromParagraphs("abbey.md", "Have your say on Abbey ward parking");

        Findings.AssertAre(Check(release, new LocalDate(2026, 4, 1), elections: byElection), ("PC0302", 1, 1, 1, 14));
    }

    [Fact]
    public void Analyze_ScottishParliamentByElectionCoversAReleaseAboutItsWardFromTheNoticePublishedForIt()
    {
        // Published on 22 April 2025: after the notice went up on 17 April, before the last day the rules allow (24 April).
        var byElection = new Election("sp.c.hamilton-larkhall-and-stonehouse.by.2025-06-05", "the Hamilton, Larkhall and Stonehouse by-election", new LocalDate(2025, 6, 5), ElectionType.ScottishParliamentByElection, UkCountry.Scotland)
        {
            Wards = ["Larkhall"],
            Start = new LocalDate(2025, 4, 17),
        };
        var release = TestDocuments.FromParagraphs("larkhall.md", "Have your say on Larkhall parking");

        Findings.AssertAre(Check(release, new LocalDate(2025, 4, 22), elections: byElection), ("PC0302", 1, 1, 1, 14));
    }

    [Fact]
    public void Analyze_CouncilsOwnStartDateBringsThePeriodForward()
    {
        var early = new Election("local-2026", "the borough council elections", new LocalDate(2026, 5, 7), ElectionType.Local, UkCountry.England) { Start = new LocalDate(2026, 3, 20) };

        Findings.AssertAre(Check(Launch, new LocalDate(2026, 3, 23), elections: early), ("PC0302", 1, 9, 1, 17), ("PC0302", 1, 20, 1, 30));
    }

    [Fact]
    public void Analyze_InThePeriodLetsAnEmergencyReleaseAnnounceWhatIsNew()
    {
        var emergency = TestDocuments.FromParagraphs(
            "flood.md",
            "Emergency rest centre opens for Hollin Bridge residents",
            "The council has launched a new service: an emergency rest centre at Easterby Leisure Centre, open tonight after a severe flood warning.");

        Assert.Empty(Check(emergency, new LocalDate(2026, 4, 14)));
    }
}
