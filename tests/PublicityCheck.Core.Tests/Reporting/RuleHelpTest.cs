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
    public void Installed_BuiltInRule_IsItsPageInstalledBesideTheProgram()
    {
        var rule = new AnalyzerDriver(BuiltInAnalyzers.Create()).Descriptors.Single(d => d.Id == "PC0401");

        var link = RuleLinks.Installed.For(rule);

        Assert.NotNull(link);
        Assert.True(link.IsFile, link.ToString());
        Assert.Equal(Path.Combine(AppContext.BaseDirectory, "rules", "PC0401.md"), link.LocalPath);
        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryPaths.RuleDocs, "PC0401.md")), File.ReadAllText(link.LocalPath));
    }

    [Fact]
    public void Installed_CouncilRuleWithItsOwnPage_KeepsThatPage()
    {
        var rule = new DiagnosticDescriptor("WVBC001", "Old brand name", "'{0}' is the old name", "Style", DiagnosticSeverity.Info, "Use the council's current name.", new Uri("https://intranet.wreakevalley.example/style/WVBC001"));

        Assert.Equal(new Uri("https://intranet.wreakevalley.example/style/WVBC001"), RuleLinks.Installed.For(rule));
    }

    [Fact]
    public void Published_BuiltInRule_IsItsPageAtTheCouncilsAddress()
    {
        var rule = new AnalyzerDriver(BuiltInAnalyzers.Create()).Descriptors.Single(d => d.Id == "PC0401");

        Assert.Equal(new Uri("https://intranet.wreakevalley.example/publicity/rules/PC0401.html"), Published("https://intranet.wreakevalley.example/publicity/rules/{id}.html").For(rule));
    }

    [Fact]
    public void Published_CouncilRuleWithItsOwnPage_KeepsThatPage()
    {
        var rule = new DiagnosticDescriptor("WVBC001", "Old brand name", "'{0}' is the old name", "Style", DiagnosticSeverity.Info, "Use the council's current name.", new Uri("https://intranet.wreakevalley.example/style/WVBC001"));

        Assert.Equal(new Uri("https://intranet.wreakevalley.example/style/WVBC001"), Published("https://intranet.wreakevalley.example/publicity/rules").For(rule));
    }

    [Fact]
    public void For_CouncilRuleWithoutAPage_HasNoLink()
    {
        var rule = new DiagnosticDescriptor("WVBC002", "Old phone number", "'{0}' is the old switchboard", "Style", DiagnosticSeverity.Info, "Give the current number.");

        Assert.Null(RuleLinks.Installed.For(rule));
        Assert.Null(Published("https://intranet.wreakevalley.example/publicity/rules").For(rule));
    }

    [Fact]
    public void Index_IsTheCouncilsReadmePage_OrTheInstalledIndex()
    {
        Assert.Equal(new Uri("https://intranet.wreakevalley.example/publicity/rules/README"), Published("https://intranet.wreakevalley.example/publicity/rules").Index);
        Assert.Equal(new Uri(Path.Combine(AppContext.BaseDirectory, "rules", "README.md")), RuleLinks.Installed.Index);
    }

    [Fact]
    public void For_Configurations_TakesTheOneHelpBaseUrlTheyAgreeOn()
    {
        var council = new PublicityCheckConfiguration { HelpBaseUrl = HelpBaseUrl.TryParse("https://intranet.wreakevalley.example/publicity/rules", out _) };

        Assert.Equal(council.HelpBaseUrl, RuleLinks.For([council, PublicityCheckConfiguration.Default, council]).Published);
    }

    [Fact]
    public void For_ConfigurationsThatDisagree_LinkTheInstalledPages()
    {
        var one = new PublicityCheckConfiguration { HelpBaseUrl = HelpBaseUrl.TryParse("https://intranet.wreakevalley.example/publicity/rules", out _) };
        var other = new PublicityCheckConfiguration { HelpBaseUrl = HelpBaseUrl.TryParse("https://intranet.kettleby.example/rules", out _) };

        Assert.Null(RuleLinks.For([one, other]).Published);
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
    public void Sarif_WithHelpBaseUrl_LinksEveryBuiltInRuleAndTheIndexThere()
    {
        var driver = new AnalyzerDriver(BuiltInAnalyzers.Create());
        var report = new CheckReport([], driver.Descriptors) { Links = Published("https://intranet.wreakevalley.example/publicity/rules/{id}.html") };
        using var output = new StringWriter();

        new SarifReportWriter("/work/council").Write(report, output);

        using var json = JsonDocument.Parse(output.ToString());
        var driverJson = json.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver");
        Assert.Equal("https://intranet.wreakevalley.example/publicity/rules/README.html", driverJson.GetProperty("informationUri").GetString());
        Assert.All(driverJson.GetProperty("rules").EnumerateArray(), r => Assert.Equal(
            $"https://intranet.wreakevalley.example/publicity/rules/{r.GetProperty("id").GetString()}.html",
            r.GetProperty("helpUri").GetString()));
    }

    [Fact]
    public void Sarif_RuleWithoutAPage_HasNoHelpUri()
    {
        var rule = new DiagnosticDescriptor("WVBC002", "Old phone number", "'{0}' is the old switchboard", "Style", DiagnosticSeverity.Info, "Give the current number.");
        using var output = new StringWriter();

        new SarifReportWriter("/work/council").Write(new CheckReport([], [rule]), output);

        using var json = JsonDocument.Parse(output.ToString());
        var written = json.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules")[0];
        Assert.False(written.TryGetProperty("helpUri", out _));
        Assert.False(written.TryGetProperty("help", out _));
    }

    [Fact]
    public void Json_WithHelpBaseUrl_LinksTheFindingsRuleThere()
    {
        var driver = new AnalyzerDriver(BuiltInAnalyzers.Create());
        var document = TestDocuments.FromParagraphs("releases/library.md", "The cost was agreed in a Part II report considered in private.");
        var findings = driver.Analyze(document, new AnalysisOptions(new LocalDate(2026, 3, 3), PublicityCheckConfiguration.Default));
        var report = new CheckReport([new FileResult("releases/library.md", document.Format, new LocalDate(2026, 3, 3), findings)], driver.Descriptors)
        {
            Links = Published("https://intranet.wreakevalley.example/publicity/rules"),
        };
        using var output = new StringWriter();

        new JsonReportWriter().Write(report, output);

        using var json = JsonDocument.Parse(output.ToString());
        var finding = json.RootElement.GetProperty("files")[0].GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("id").GetString() == "PC0401");
        Assert.Equal("https://intranet.wreakevalley.example/publicity/rules/PC0401", finding.GetProperty("helpUri").GetString());
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

    private static RuleLinks Published(string helpBaseUrl) =>
        new(HelpBaseUrl.TryParse(helpBaseUrl, out var problem) ?? throw new InvalidOperationException(problem));
}
