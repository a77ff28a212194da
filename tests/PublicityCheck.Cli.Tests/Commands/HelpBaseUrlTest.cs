using System.Text.Json;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Tests.Commands;

public class HelpBaseUrlTest
{
    private const string DepotRelease = """
        ---
        title: Council agrees to sell Thorpe Road depot
        date: 2026-03-03
        ---
        # Council agrees to sell Thorpe Road depot

        The price is set out in the Part II report and will not be published.
        """;

    private static TemporaryFolder Council(string configuration)
    {
        var folder = new TemporaryFolder();
        folder.Write("press/publicitycheck.json", configuration);
        folder.Write("press/depot.md", DepotRelease);
        return folder;
    }

    [Fact]
    public void CheckSarif_WithHelpBaseUrl_LinksEachRuleAndTheIndexAtTheCouncilsAddress()
    {
        using var folder = Council("""{ "root": true, "helpBaseUrl": "https://intranet.wreakevalley.example/publicity/rules/{id}.html" }""");

        var run = CliRun.In(folder.Path, "check", "press/depot.md", "--format", "sarif");

        using var json = JsonDocument.Parse(run.Out);
        var driver = json.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver");
        Assert.Equal("https://intranet.wreakevalley.example/publicity/rules/README.html", driver.GetProperty("informationUri").GetString());
        var rule = driver.GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "PC0401");
        Assert.Equal("https://intranet.wreakevalley.example/publicity/rules/PC0401.html", rule.GetProperty("helpUri").GetString());
    }

    [Fact]
    public void CheckJson_WithHelpBaseUrl_LinksTheFindingsRuleAtTheCouncilsAddress()
    {
        using var folder = Council("""{ "root": true, "helpBaseUrl": "https://intranet.wreakevalley.example/publicity/rules" }""");

        var run = CliRun.In(folder.Path, "check", "press/depot.md", "--format", "json");

        using var json = JsonDocument.Parse(run.Out);
        var finding = json.RootElement.GetProperty("files")[0].GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("id").GetString() == "PC0401");
        Assert.Equal("https://intranet.wreakevalley.example/publicity/rules/PC0401", finding.GetProperty("helpUri").GetString());
    }

    [Fact]
    public void Check_WithAHelpBaseUrlCarryingAQuery_IsAConfigurationErrorNamingFileAndLine()
    {
        using var folder = Council("""
            {
              "root": true,
              "helpBaseUrl": "https://intranet.wreakevalley.example/rules?page="
            }
            """);

        var run = CliRun.In(folder.Path, "check", "press/depot.md");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("publicitycheck.json(3,3): error: $.helpBaseUrl:", run.Error, StringComparison.Ordinal);
        Assert.Contains("a query (?) or fragment (#)", run.Error, StringComparison.Ordinal);
    }
}
