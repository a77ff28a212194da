using NodaTime;
using PublicityCheck.Analysis;
using PublicityCheck.Analyzers.Phrases;
using PublicityCheck.Analyzers.Partisan;
using PublicityCheck.Classification;
using PublicityCheck.Configuration;
using PublicityCheck.Diagnostics;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Tests.Analyzers.Partisan;

public class PartisanRulesTest
{
    private static readonly AnalyzerDriver Driver = new([new PC0201PartisanSentence(), new PC0202PartyNamedInCouncilsWords(), new ConfiguredPhraseAnalyzer(BuiltInPhraseRules.All)]);

    private static List<Diagnostic> Analyze(params string[] paragraphs) =>
        [.. Driver.Analyze(TestDocuments.FromParagraphs("pool.md", paragraphs), new AnalysisOptions(new LocalDate(2026, 3, 16), PublicityCheckConfiguration.Default))];

    [Fact]
    public void Analyze_PartisanSentenceGivesPC0201WithItsScoreAndPhrases()
    {
        var diagnostic = Assert.Single(Analyze("After years of neglect under the last administration, the new pool is finally open."), d => d.Id == "PC0201");

        Findings.AssertAt(diagnostic, "PC0201", 1, 1, 1, 84);
        Assert.Matches(@"^Partisan language \((very likely|likely)\): ", diagnostic.Message);
        Assert.Contains("\"last administration\"", diagnostic.Message, StringComparison.Ordinal);
        Assert.True(double.Parse(diagnostic.Properties["score"], System.Globalization.CultureInfo.InvariantCulture) > 0.5);
    }

    [Fact]
    public void Analyze_PC0201SaysHowConfidentInWordsAndKeepsTheNumberInItsProperties()
    {
        var diagnostic = Assert.Single(Analyze("Vote Liberal Democrat on Thursday to stop the reckless Tory administration closing our libraries."), d => d.Id == "PC0201");

        var score = double.Parse(diagnostic.Properties["score"], System.Globalization.CultureInfo.InvariantCulture);
        Assert.StartsWith($"Partisan language ({PC0201PartisanSentence.Confidence(score, PartisanClassifier.Default.Threshold)}): ", diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"[01]\.[0-9]{2}", diagnostic.Message);
    }

    [Theory]
    [InlineData(0.99, 0.92, "very likely")]
    [InlineData(0.96, 0.92, "very likely")]
    [InlineData(0.95, 0.92, "likely")]
    [InlineData(0.92, 0.92, "likely")]
    [InlineData(0.75, 0.5, "very likely")]
    [InlineData(0.74, 0.5, "likely")]
    public void Confidence_NamesHowLikelyAReportedSentenceIsInWordsRelativeToTheThreshold(double probability, double threshold, string expected)
    {
        Assert.Equal(expected, PC0201PartisanSentence.Confidence(probability, threshold));
    }

    [Fact]
    public void Analyze_NeutralReleaseGivesNothing()
    {
        Assert.Empty(Analyze("The pool will reopen on Saturday 21 March after a £1.8 million refurbishment.", "Opening times will be 7am to 9pm on weekdays."));
    }

    [Fact]
    public void Analyze_ShortHeadingIsNotScored()
    {
        Assert.DoesNotContain(Analyze("Tories axe library"), d => d.Id == "PC0201");
    }

    [Fact]
    public void Analyze_CaptionThatOnlyNamesCouncillorsIsNotScored()
    {
        var scored = 0;
        var driver = new AnalyzerDriver([new PC0201PartisanSentence(() => { scored++; return new AlwaysPartisanScorer(); })]);

        var findings = driver.Analyze(TestDocuments.FromParagraphs("caption.md", "Councillors Ann Hale and Ravi Shah"), new AnalysisOptions(new LocalDate(2026, 3, 16), PublicityCheckConfiguration.Default));

        Assert.Empty(findings);
        Assert.Equal(0, scored);
    }

    [Fact]
    public void Analyze_MinutesRecordOfApologiesIsNotScored()
    {
        var scored = 0;
        var driver = new AnalyzerDriver([new PC0201PartisanSentence(() => { scored++; return new AlwaysPartisanScorer(); })]);

        var findings = driver.Analyze(TestDocuments.FromParagraphs("minutes.md", "Apologies were received from Councillors Bell, Brown, Burns, Carr and Gallagher."), new AnalysisOptions(new LocalDate(2026, 3, 16), PublicityCheckConfiguration.Default));

        Assert.Empty(findings);
        Assert.Equal(0, scored);
    }

    [Fact]
    public void Analyze_SentenceAboutTheNamedCouncillorsIsStillScored()
    {
        var driver = new AnalyzerDriver([new PC0201PartisanSentence(() => new AlwaysPartisanScorer())]);

        var findings = driver.Analyze(TestDocuments.FromParagraphs("caption.md", "Councillors Ann Hale and Ravi Shah opened the new library."), new AnalysisOptions(new LocalDate(2026, 3, 16), PublicityCheckConfiguration.Default));

        Findings.AssertAt(Assert.Single(findings), "PC0201", 1, 1, 1, 59);
    }

    [Fact]
    public void Analyze_PartisanSentenceInTheCouncilsOwnWordsAsksForItAsFact()
    {
        var driver = new AnalyzerDriver([new PC0201PartisanSentence(() => new AlwaysPartisanScorer())]);

        var finding = Assert.Single(driver.Analyze(TestDocuments.FromParagraphs("pool.md", "The new pool opened on time and on budget this week."), new AnalysisOptions(new LocalDate(2026, 3, 16), PublicityCheckConfiguration.Default)));

        Assert.EndsWith("; say what the council is doing as fact, without praise or blame of any party, group or administration", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_CouncilsOwnWordsCreditingAPartyAskForTheCouncilToBeCreditedAndQuoteTheFrame()
    {
        var driver = new AnalyzerDriver([new PC0201PartisanSentence(() => new AlwaysPartisanScorer())]);

        var finding = Assert.Single(driver.Analyze(TestDocuments.FromParagraphs("homes.md", "Since May the Green-led administration has delivered 40 new homes for social rent in Easterby."), new AnalysisOptions(new LocalDate(2026, 3, 16), PublicityCheckConfiguration.Default)));

        Assert.EndsWith("; it credits a party, group or administration with the council's work (\"Green-led administration has delivered\"): say what the council did or will do, as fact, without naming who runs it", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_CouncilsOwnWordsInAPartysVoiceAskForTheCouncilsNameAndQuoteTheVoice()
    {
        var driver = new AnalyzerDriver([new PC0201PartisanSentence(() => new AlwaysPartisanScorer())]);

        var finding = Assert.Single(driver.Analyze(TestDocuments.FromParagraphs("bins.md", "If we are re-elected in May, weekly bin collections will return to Easterby."), new AnalysisOptions(new LocalDate(2026, 3, 16), PublicityCheckConfiguration.Default)));

        Assert.EndsWith("; it speaks as a party or a candidate (\"If we are re-elected\"), and the council has no party and stands in no election: say what the council is doing, in the council's name", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_CouncilsOwnWordsCarryingItsLeadersChargeAgainstAnotherSideAskForTheDecisionAsFactAndQuoteTheCharge()
    {
        var driver = new AnalyzerDriver([new PC0201PartisanSentence(() => new AlwaysPartisanScorer())]);

        var finding = Assert.Single(driver.Analyze(TestDocuments.FromParagraphs("library.md", "Council Leader Cllr Ann Hale accused the Conservative opposition of scaremongering over the Hollin library plans."), new AnalysisOptions(new LocalDate(2026, 3, 16), PublicityCheckConfiguration.Default)));

        Assert.EndsWith("; it carries a charge against another side made by the council's own leadership (\"Council Leader Cllr Ann Hale accused\"), which in the council's publicity is the council taking a side: say what the council decided and why, as fact, and leave the charge out", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_CouncilsLeaderAccusingTheOppositionInTheCouncilsOwnWordsIsFound()
    {
        var diagnostic = Assert.Single(Analyze("Council Leader Cllr Ann Hale accused the Conservative opposition of scaremongering over the Hollin library plans."), d => d.Id == "PC0201");

        Findings.AssertAt(diagnostic, "PC0201", 1, 1, 1, 114);
        Assert.Contains("it carries a charge against another side made by the council's own leadership", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_CouncilsLeadersChargeGivesTheChargesWordsAsItsPhrasesNotTheLeadersTitle()
    {
        var diagnostic = Assert.Single(Analyze("Council Leader Cllr Ann Hale accused the Conservative opposition of scaremongering over the Hollin library plans."), d => d.Id == "PC0201");

        var phrases = diagnostic.Properties["phrases"];
        Assert.Contains("accused", phrases, StringComparison.Ordinal);
        Assert.DoesNotContain("Council", phrases, StringComparison.Ordinal);
        Assert.DoesNotContain("Leader", phrases, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_APartysOwnPeopleWithNoWordOfPraiseAreStillFound()
    {
        var diagnostic = Assert.Single(Analyze("Our Independent group members are well known in every village of the Wreake Valley and bring fresh ideas to the council."), d => d.Id == "PC0201");

        Assert.Contains("it speaks as a party or a candidate", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("We would like to finish the Easterby cycle route and reopen the Hollin pool if returned in May.", "if returned", 96)]
    [InlineData("Since May we have taken control of Wreake Valley District Council and two of its town councils.", "we have taken control of", 96)]
    public void Analyze_ACandidatesOrAPartysVoiceWithNoPartyNamedIsFoundOverTheWholeSentence(string sentence, string voice, int endColumn)
    {
        var diagnostic = Assert.Single(Analyze(sentence), d => d.Id == "PC0201");

        Findings.AssertAt(diagnostic, "PC0201", 1, 1, 1, endColumn);
        Assert.Contains($"it speaks as a party or a candidate (\"{voice}\")", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_CreditClaimWithNoWordOfPraiseIsStillFound()
    {
        var diagnostic = Assert.Single(Analyze("The Liberal Democrat group on Wreake Valley council has secured £1.2 million to resurface the Hollin estate's roads."), d => d.Id == "PC0201");

        Assert.Contains("it credits a party, group or administration", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_PartisanQuotationAsksItsSpeakerToSayItAnotherWay()
    {
        var driver = new AnalyzerDriver([new PC0201PartisanSentence(() => new AlwaysPartisanScorer())]);
        var release = TestDocuments.FromParagraphs("pool.md", "\u201CThe new pool opened on time, on budget and in time for the summer holidays,\u201D said Councillor Ann Hale.");

        var finding = Assert.Single(driver.Analyze(release, new AnalysisOptions(new LocalDate(2026, 3, 16), PublicityCheckConfiguration.Default)));

        Assert.EndsWith("; these are Councillor Ann Hale's words, but the council publishes them: ask Councillor Ann Hale to say it without praise or blame of any party, group or administration", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_QuotationInAPartysVoiceAsksItsSpeakerToSpeakForTheCouncilAndQuotesTheVoice()
    {
        var driver = new AnalyzerDriver([new PC0201PartisanSentence(() => new AlwaysPartisanScorer())]);
        var release = TestDocuments.FromParagraphs("bins.md", "\u201CThe collection rounds were changed long before my group took charge of the council,\u201D said Councillor Ann Hale.");

        var finding = Assert.Single(driver.Analyze(release, new AnalysisOptions(new LocalDate(2026, 3, 16), PublicityCheckConfiguration.Default)));

        Assert.EndsWith("; these are Councillor Ann Hale's words, but the council publishes them, and they speak as a party or a candidate (\"my group\"): ask Councillor Ann Hale to speak for the council, in their council role", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_QuotationCreditingAPartyAsksItsSpeakerToCreditTheCouncilAndQuotesTheFrame()
    {
        var driver = new AnalyzerDriver([new PC0201PartisanSentence(() => new AlwaysPartisanScorer())]);
        var release = TestDocuments.FromParagraphs("homes.md", "\u201CThe Labour administration has delivered 40 new homes in Easterby,\u201D said the Leader of the Council.");

        var finding = Assert.Single(driver.Analyze(release, new AnalysisOptions(new LocalDate(2026, 3, 16), PublicityCheckConfiguration.Default)));

        Assert.EndsWith("; these are the Leader of the Council's words, but the council publishes them, and they credit a party, group or administration with the council's work (\"Labour administration has delivered\"): ask the Leader of the Council to say what the council did without naming who runs it", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_PartisanQuotationGivenOnlyToARoleAsksTheHolderOfTheRole()
    {
        var driver = new AnalyzerDriver([new PC0201PartisanSentence(() => new AlwaysPartisanScorer())]);
        var release = TestDocuments.FromParagraphs("pool.md", "\u201CThe new pool opened on time, on budget and in time for the summer holidays,\u201D said the Leader of the Council.");

        var finding = Assert.Single(driver.Analyze(release, new AnalysisOptions(new LocalDate(2026, 3, 16), PublicityCheckConfiguration.Default)));

        Assert.EndsWith("; these are the Leader of the Council's words, but the council publishes them: ask the Leader of the Council to say it without praise or blame of any party, group or administration", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_PartyNamedInTheCouncilsWordsGivesPC0202AtTheName()
    {
        var diagnostic = Assert.Single(Analyze("The Liberal Democrats opened the new play area in Oakhurst on Friday."), d => d.Id == "PC0202");

        Findings.AssertAt(diagnostic, "PC0202", 1, 5, 1, 22);
        Assert.Equal("Liberal Democrats", diagnostic.Text);
        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
    }

    [Fact]
    public void Analyze_PartyNamedInsideAQuotationGivesNoPC0202()
    {
        Assert.DoesNotContain(Analyze("Cllr Evans said: \u201CI thank the Liberal Democrats for opening the play area.\u201D"), d => d.Id == "PC0202");
    }

    [Fact]
    public void Analyze_PartyNamedInAFactualContextGivesNoPC0202()
    {
        Assert.DoesNotContain(Analyze("The council has 24 Conservative, 15 Labour and 4 Green councillors."), d => d.Id == "PC0202");
    }

    [Fact]
    public void Analyze_ElectioneeringPhraseGivesPC0203AtThePhrase()
    {
        var diagnostic = Assert.Single(Analyze("The new pool was a manifesto commitment."), d => d.Id == "PC0203");

        Findings.AssertAt(diagnostic, "PC0203", 1, 20, 1, 40);
        Assert.Equal("manifesto commitment", diagnostic.Text);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
    }

    [Fact]
    public void Analyze_PC0201SetToNoneSkipsTheClassifier()
    {
        var configuration = PublicityCheckConfiguration.Default with
        {
            Rules = PublicityCheckConfiguration.Default.Rules.Add("PC0201", DiagnosticSeverity.None),
        };
        var document = TestDocuments.FromParagraphs("pool.md", "After years of neglect under the last administration, the new pool is finally open.");
        var calls = 0;
        var driver = new AnalyzerDriver([new PC0201PartisanSentence(() => { calls++; return PartisanClassifier.Default; })]);

        driver.Analyze(document, new AnalysisOptions(new LocalDate(2026, 3, 16), configuration));

        Assert.Equal(0, calls);
    }
}
