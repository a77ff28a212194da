using System.Text.Json;
using NodaTime;
using PublicityCheck.Analysis;
using PublicityCheck.Annotation;
using PublicityCheck.Analyzers.Partisan;
using PublicityCheck.Configuration;
using PublicityCheck.Reporting;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Tests.Reporting;

/// <summary>A finding raised in context carries its escalation into every report: console, JSON and SARIF.</summary>
public class EscalationReportTest
{
    private const string Reason = "in the pre-election period for the borough council elections of 7 May 2026";

    private static CheckReport Report(LocalDate? date = null)
    {
        var document = TestDocuments.FromParagraphs(
            "releases/pool.md",
            "Kettleby pool reopens",
            "The failed Conservative administration left the pool to crumble, and only this council has had the courage to fix it.");
        var driver = new AnalyzerDriver([new PC0201PartisanSentence()]);
        var publishOn = date ?? new LocalDate(2026, 4, 14);
        var options = new AnalysisOptions(publishOn, PublicityCheckConfiguration.Default with { Elections = [WreakeValley.BoroughElections2026] });
        var diagnostics = driver.Analyze(document, options).Where(d => d.Id == "PC0201").ToList();
        return new CheckReport([new FileResult("releases/pool.md", document.Format, publishOn, [.. diagnostics])], driver.Descriptors);
    }

    private static string Write(IReportWriter writer, LocalDate? publishOn = null)
    {
        using var output = new StringWriter();
        writer.Write(Report(publishOn), output);
        return output.ToString();
    }

    [Fact]
    public void Console_EndsARaisedFindingsLineWithWhyItWasRaised()
    {
        var line = Write(new ConsoleReportWriter()).Split('\n')[0];

        Assert.StartsWith("releases/pool.md(3,1): error PC0201: Partisan language (", line, StringComparison.Ordinal);
        Assert.EndsWith($" (raised: {Reason})", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_CarriesTheEscalationBesideTheRaisedSeverity()
    {
        using var json = JsonDocument.Parse(Write(new JsonReportWriter()));
        var finding = json.RootElement.GetProperty("files")[0].GetProperty("diagnostics")[0];

        Assert.Equal("PC0201", finding.GetProperty("id").GetString());
        Assert.Equal("error", finding.GetProperty("severity").GetString());
        Assert.Equal((3, 1), (finding.GetProperty("location").GetProperty("line").GetInt32(), finding.GetProperty("location").GetProperty("column").GetInt32()));
        var escalation = finding.GetProperty("escalation");
        Assert.Equal("error", escalation.GetProperty("severity").GetString());
        Assert.Equal(Reason, escalation.GetProperty("reason").GetString());
        Assert.DoesNotContain("pre-election", finding.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Json_LeavesOutTheEscalationOfAFindingNotRaised()
    {
        using var json = JsonDocument.Parse(Write(new JsonReportWriter(), new LocalDate(2026, 3, 20)));
        var finding = json.RootElement.GetProperty("files")[0].GetProperty("diagnostics")[0];

        Assert.Equal("warning", finding.GetProperty("severity").GetString());
        Assert.False(finding.TryGetProperty("escalation", out _));
    }

    [Fact]
    public void Sarif_CarriesTheEscalationInTheResultsPropertyBagAndStaysValid()
    {
        var sarif = Write(new SarifReportWriter("/work/council"));
        using var json = JsonDocument.Parse(sarif);
        var result = json.RootElement.GetProperty("runs")[0].GetProperty("results")[0];

        Assert.Empty(SarifSchema.Validate(sarif));
        Assert.Equal("PC0201", result.GetProperty("ruleId").GetString());
        Assert.Equal("error", result.GetProperty("level").GetString());
        Assert.Equal(3, result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
        var escalation = result.GetProperty("properties").GetProperty("escalation");
        Assert.Equal("error", escalation.GetProperty("severity").GetString());
        Assert.Equal(Reason, escalation.GetProperty("reason").GetString());
        Assert.Equal("local-2026", result.GetProperty("properties").GetProperty("preElectionPeriod").GetString());
    }

    [Fact]
    public void WordComment_SaysWhyARaisedFindingIsMoreSeriousThanItsRule()
    {
        var finding = Report().Files[0].Diagnostics[0];

        var comment = WordAnnotator.CommentText(finding);

        Assert.StartsWith("PC0201 error: Partisan language (", comment, StringComparison.Ordinal);
        Assert.EndsWith($" (raised: {Reason}) ({new Uri(Path.Combine(AppContext.BaseDirectory, "rules", "PC0201.md")).AbsoluteUri})", comment, StringComparison.Ordinal);
    }
}
