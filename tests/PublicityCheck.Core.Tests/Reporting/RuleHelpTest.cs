using System.Text.Json;
using NodaTime;
using PublicityCheck.Analysis;
using PublicityCheck.Analyzers;
using PublicityCheck.Configuration;
using PublicityCheck.Diagnostics;
using PublicityCheck.Reporting;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Tests.Reporting;

public class RuleHelpTest
{
    [Fact]
    public void LinkFor_BuiltInRule_IsItsPageInstalledBesideTheProgram()
    {
        var rule = new AnalyzerDriver(BuiltInAnalyzers.Create()).Descriptors.Single(d => d.Id == "PC0401");

        var link = RuleHelp.LinkFor(rule);

        Assert.True(link.IsFile, link.ToString());
        Assert.Equal(Path.Combine(AppContext.BaseDirectory, "rules", "PC0401.md"), link.LocalPath);
        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryPaths.RuleDocs, "PC0401.md")), File.ReadAllText(link.LocalPath));
    }

    [Fact]
    public void LinkFor_CouncilRuleWithItsOwnPage_KeepsThatPage()
    {
        var rule = new DiagnosticDescriptor("WVBC001", "Old brand name", "'{0}' is the old name", "Style", DiagnosticSeverity.Info, "Use the council's current name.", new Uri("https://intranet.wreakevalley.example/style/WVBC001"));

        Assert.Equal(new Uri("https://intranet.wreakevalley.example/style/WVBC001"), RuleHelp.LinkFor(rule));
    }

    [Fact]
    public void Page_BuiltInRule_IsTheShippedMarkdown()
    {
        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryPaths.RuleDocs, "PC0201.md")), RuleHelp.Page("PC0201"));
    }

    [Fact]
    public void Page_UnknownRule_IsNull()
    {
        Assert.Null(RuleHelp.Page("PC9999"));
    }

    [Fact]
    public void Sarif_EveryRulesHelpUri_IsAnInstalledPage_AndInformationUriTheInstalledIndex()
    {
        var driver = new AnalyzerDriver(BuiltInAnalyzers.Create());
        var document = TestDocuments.FromParagraphs("releases/library.md", "The cost was agreed in a Part II report considered in private.");
        var report = new CheckReport([new FileResult("releases/library.md", document.Format, new LocalDate(2026, 3, 3), driver.Analyze(document, new AnalysisOptions(new LocalDate(2026, 3, 3), PublicityCheckConfiguration.Default)))], driver.Descriptors);
        using var output = new StringWriter();

        new SarifReportWriter("/work/council").Write(report, output);

        using var json = JsonDocument.Parse(output.ToString());
        var driverJson = json.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver");
        Assert.Equal(new Uri(Path.Combine(AppContext.BaseDirectory, "rules", "README.md")).AbsoluteUri, driverJson.GetProperty("informationUri").GetString());
        var links = driverJson.GetProperty("rules").EnumerateArray().Select(r => new Uri(r.GetProperty("helpUri").GetString()!)).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, link => Assert.True(link.IsFile && File.Exists(link.LocalPath), link.ToString()));
    }
}
