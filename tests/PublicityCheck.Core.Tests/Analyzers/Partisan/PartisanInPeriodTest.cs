using NodaTime;
using PublicityCheck.Analysis;
using PublicityCheck.Analyzers.Partisan;
using PublicityCheck.Calendar;
using PublicityCheck.Configuration;
using PublicityCheck.Diagnostics;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Tests.Analyzers.Partisan;

public class PartisanInPeriodTest
{
    private static readonly Election BoroughElections = WreakeValley.BoroughElections2026;

    private static Diagnostic PartisanFinding(LocalDate publishOn, PublicityCheckConfiguration? configuration = null)
    {
        var document = TestDocuments.FromParagraphs(
            "pool.md",
            "The failed Conservative administration left the pool to crumble, and only this council has had the courage to fix it.");
        var options = new AnalysisOptions(publishOn, configuration ?? PublicityCheckConfiguration.Default with { Elections = [BoroughElections] });
        return new AnalyzerDriver([new PC0201PartisanSentence()]).Analyze(document, options).Single(d => d.Id == "PC0201");
    }

    [Fact]
    public void OutsideThePeriod_APartisanSentenceIsAWarning()
    {
        Assert.Equal(DiagnosticSeverity.Warning, PartisanFinding(new LocalDate(2026, 3, 27)).Severity);
    }

    [Fact]
    public void InThePeriod_APartisanSentenceIsRaisedToAnErrorThatSaysWhy()
    {
        var finding = PartisanFinding(new LocalDate(2026, 4, 14));

        Findings.AssertAt(finding, "PC0201", 1, 1, 1, 118);
        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.Equal(new DiagnosticEscalation(DiagnosticSeverity.Error, "in the pre-election period for the borough council elections of 7 May 2026"), finding.Escalation);
        Assert.DoesNotContain("pre-election", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InThePeriod_AConfiguredSeverityIsTheBaseTheEscalationRaises()
    {
        var configuration = PublicityCheckConfiguration.Default with
        {
            Elections = [BoroughElections],
            Rules = PublicityCheckConfiguration.Default.Rules.Add("PC0201", DiagnosticSeverity.Info),
        };

        Assert.Equal(DiagnosticSeverity.Error, PartisanFinding(new LocalDate(2026, 4, 14), configuration).Severity);
    }

    [Fact]
    public void InThePeriod_EscalateFalseKeepsTheConfiguredSeverity()
    {
        var configuration = PublicityCheckConfiguration.Default with
        {
            Elections = [BoroughElections],
            Rules = PublicityCheckConfiguration.Default.Rules.Add("PC0201", DiagnosticSeverity.Info),
            RuleEscalations = PublicityCheckConfiguration.Default.RuleEscalations.Add("PC0201", false),
        };

        var finding = PartisanFinding(new LocalDate(2026, 4, 14), configuration);

        Assert.Equal(DiagnosticSeverity.Info, finding.Severity);
        Assert.Null(finding.Escalation);
    }
}
