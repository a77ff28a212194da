using NodaTime;
using PublicityCheck.Analysis;
using PublicityCheck.Analyzers.Partisan;
using PublicityCheck.Configuration;
using PublicityCheck.Diagnostics;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Tests.Analyzers.Partisan;

/// <summary>
/// PC0204 and PC0201 share out what the classifier reports: the council's measured comment on a government decision
/// asks for balance (PC0204, info); a party, a politician, words of blame, or a speaker who does not speak for the
/// council keep it party-political (PC0201). A scorer that calls every sentence partisan shows which rule takes it.
/// </summary>
public class CommentOnGovernmentTest
{
    private static readonly LocalDate February = new(2026, 2, 10);

    // In the pre-election period of the borough elections of 7 May 2026 (from 30 March).
    private static readonly LocalDate April = new(2026, 4, 14);

    private static List<Diagnostic> Analyze(LocalDate publishOn, string paragraph, PublicityCheckConfiguration? configuration = null)
    {
        var driver = new AnalyzerDriver([new PC0201PartisanSentence(() => new AlwaysPartisanScorer()), new PC0204CommentOnGovernment(() => new AlwaysPartisanScorer())]);
        var options = new AnalysisOptions(publishOn, configuration ?? WreakeValley.Configuration() with { Elections = [WreakeValley.BoroughElections2026] });
        return [.. driver.Analyze(TestDocuments.FromParagraphs("settlement.md", paragraph), options)];
    }

    [Fact]
    public void CouncilsOwnCommentOnTheSettlement_IsPC0204NotPC0201()
    {
        var finding = Assert.Single(Analyze(February, "The provisional finance settlement gives the council £2.3 million less than it had planned for next year."));

        Findings.AssertAt(finding, "PC0204", 1, 1, 1, 106);
        Assert.Equal(DiagnosticSeverity.Info, finding.Severity);
        Assert.StartsWith("Comment on \"finance settlement\" that may read as taking sides (very likely): ", finding.Message, StringComparison.Ordinal);
        Assert.EndsWith("; set out the council's view with its reasons and the figures, in measured words, so that it informs rather than persuades", finding.Message, StringComparison.Ordinal);
        Assert.Equal("finance settlement", finding.Properties["subject"]);
        Assert.Equal("1.0000", finding.Properties["score"]);
    }

    [Fact]
    public void LeadersCommentOnTheGovernment_IsPC0204AndAsksTheLeader()
    {
        var finding = Assert.Single(Analyze(February, "\u201CMinisters have assumed every council will raise council tax by the maximum, which moves the cost of services onto households,\u201D said Councillor Helen Marsh, Leader of the Council."));

        Assert.Equal("PC0204", finding.Id);
        Assert.Contains("these are Councillor Helen Marsh's words, published by the council: ask Councillor Helen Marsh to give the council's view", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CouncillorNamedInTheCouncilsReportOfTheirComment_IsPC0204()
    {
        var finding = Assert.Single(Analyze(February, "Councillor Helen Marsh said the settlement leaves the council £2.3 million short of what it needs next year."));

        Assert.Equal("PC0204", finding.Id);
    }

    [Fact]
    public void CabinetMemberKnownOnlyFromTheRoster_SpeaksForTheCouncil()
    {
        var finding = Assert.Single(Analyze(February, "\u201CThe settlement leaves the council £2.3 million short of what it needs next year,\u201D said Councillor Priya Mistry."));

        Assert.Equal("PC0204", finding.Id);
    }

    [Fact]
    public void OfficersCommentOnTheSettlement_IsPC0204()
    {
        var finding = Assert.Single(Analyze(February, "\u201CThe settlement leaves a gap of £4 million that the budget must close,\u201D said Mark Ellison, Head of Environmental Services."));

        Assert.Equal("PC0204", finding.Id);
    }

    [Fact]
    public void CommentThatNamesAParty_StaysPC0201()
    {
        var finding = Assert.Single(Analyze(February, "The Conservative government's settlement gives the council £2.3 million less than it had planned for next year."));

        Assert.Equal("PC0201", finding.Id);
    }

    [Fact]
    public void CommentWithWordsOfBlame_StaysPC0201()
    {
        var finding = Assert.Single(Analyze(February, "This settlement is a betrayal of every resident who relies on the council's services."));

        Assert.Equal("PC0201", finding.Id);
    }

    [Fact]
    public void CommentThatJudgesTheCutsUnfair_StaysPC0201()
    {
        var finding = Assert.Single(Analyze(February, "Ministers' unfair cuts to the grant leave the council £2.3 million short next year."));

        Assert.Equal("PC0201", finding.Id);
    }

    [Fact]
    public void CommentThatPraisesOneGovernmentAgainstAnother_StaysPC0201()
    {
        var finding = Assert.Single(Analyze(February, "Unlike the UK Government, ministers in Cardiff have protected the grant for councils this year."));

        Assert.Equal("PC0201", finding.Id);
    }

    [Fact]
    public void CommentThatNamesAPolitician_StaysPC0201()
    {
        var finding = Assert.Single(Analyze(February, "The settlement announced by Mr Jeremy Hale gives the council £2.3 million less than it had planned for."));

        Assert.Equal("PC0201", finding.Id);
    }

    [Fact]
    public void BackbenchCouncillorsCommentOnTheGovernment_StaysPC0201()
    {
        var finding = Assert.Single(Analyze(February, "\u201CThe settlement gives the council £2.3 million less than it had planned for,\u201D said Councillor Tom Reid."));

        Assert.Equal("PC0201", finding.Id);
    }

    [Fact]
    public void SpeakerWhoseRoleNamesAGroup_StaysPC0201()
    {
        var finding = Assert.Single(Analyze(February, "\u201CThe settlement gives the council £2.3 million less than it had planned for,\u201D said Councillor Anna Lowe, leader of the opposition."));

        Assert.Equal("PC0201", finding.Id);
    }

    [Fact]
    public void InThePreElectionPeriod_PC0204IsRaisedToAWarningThatSaysWhy()
    {
        var finding = Assert.Single(Analyze(April, "The provisional finance settlement gives the council £2.3 million less than it had planned for next year."));

        Assert.Equal("PC0204", finding.Id);
        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Equal(new DiagnosticEscalation(DiagnosticSeverity.Warning, "in the pre-election period for the borough council elections of 7 May 2026"), finding.Escalation);
        Assert.Equal("local-2026", finding.Properties["preElectionPeriod"]);
    }

    [Fact]
    public void PC0204TurnedOff_LeavesTheCommentUnreportedByEitherRule()
    {
        var configuration = WreakeValley.Configuration() with { Rules = PublicityCheckConfiguration.Default.Rules.Add("PC0204", DiagnosticSeverity.None) };

        Assert.Empty(Analyze(February, "The provisional finance settlement gives the council £2.3 million less than it had planned for next year.", configuration));
    }

    [Fact]
    public void SentenceNotAboutGovernment_IsNeverPC0204()
    {
        var finding = Assert.Single(Analyze(February, "The new pool opened on time and on budget this week."));

        Assert.Equal("PC0201", finding.Id);
    }

    [Fact]
    public void RealClassifier_LeavesAPlainSettlementFactUnreported()
    {
        var driver = new AnalyzerDriver([new PC0201PartisanSentence(), new PC0204CommentOnGovernment()]);

        var findings = driver.Analyze(TestDocuments.FromParagraphs("settlement.md", "The council will respond to the consultation on the provisional settlement before it closes on 15 January."), new AnalysisOptions(February, WreakeValley.Configuration()));

        Assert.Empty(findings);
    }
}
