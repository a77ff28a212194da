using NodaTime;
using PublicityCheck.Analysis;
using PublicityCheck.Analyzers.Phrases;
using PublicityCheck.Configuration;
using PublicityCheck.Diagnostics;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Tests.Analyzers.Phrases;

/// <summary>PC0401 and PC0402, PublicityCheck's confidentiality rules, run from their data under <c>lexicons/confidentiality/</c>.</summary>
public class ConfidentialityPhraseRulesTest
{
    private static IReadOnlyList<Diagnostic> Check(params string[] paragraphs) =>
        new AnalyzerDriver([new ConfiguredPhraseAnalyzer(BuiltInPhraseRules.All)]).Analyze(
            TestDocuments.FromParagraphs("depot.md", paragraphs),
            new AnalysisOptions(new LocalDate(2026, 3, 5), PublicityCheckConfiguration.Default));

    [Fact]
    public void APartIIReportNamed_IsPC0401AtItsWords()
    {
        var diagnostic = Assert.Single(Check("The price is set out in the Part II report considered by Cabinet on 4 March."));

        Findings.AssertAt(diagnostic, "PC0401", 1, 29, 1, 43);
        Assert.Equal("Part II report", diagnostic.Text);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
    }

    [Fact]
    public void ExemptInformationUnderSchedule12A_IsPC0401Twice()
    {
        var diagnostics = Check("The appendix remains exempt information under Schedule 12A to the Local Government Act 1972.");

        Findings.AssertAre(diagnostics, ("PC0401", 1, 22, 1, 40), ("PC0401", 1, 47, 1, 59));
        Assert.Equal(["exempt information", "Schedule 12A"], diagnostics.Select(d => d.Text));
    }

    [Fact]
    public void AProtectiveMarking_IsPC0402AnError()
    {
        var diagnostic = Assert.Single(Check("OFFICIAL-SENSITIVE", "Temporary accommodation: 40 new homes for families."));

        Findings.AssertAt(diagnostic, "PC0402", 1, 1, 1, 19);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
    }

    [Fact]
    public void AnEmbargoLine_IsNotAMarking()
    {
        Assert.Empty(Check("Embargoed: not for publication before 00:01 on Tuesday 10 March 2026."));
    }

    [Fact]
    public void OfficialSensitiveInLowerCaseWords_IsNotAMarking()
    {
        Assert.Empty(Check("The official sensitive to residents' concerns met them on site."));
    }
}
