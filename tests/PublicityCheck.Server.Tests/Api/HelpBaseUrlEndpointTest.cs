using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using PublicityCheck.Server.Tests.Support;

namespace PublicityCheck.Server.Tests.Api;

/// <summary>A council that publishes the rule pages itself (<c>helpBaseUrl</c>) has the API link its pages, not the server's.</summary>
public sealed class HelpBaseUrlEndpointTest : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("publicitycheck-server-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<TestServerHost> StartAsync()
    {
        var file = Path.Combine(_folder, "publicitycheck.json");
        await File.WriteAllTextAsync(file, """
            { "root": true, "helpBaseUrl": "https://intranet.wreakevalley.example/publicity/rules/{id}.html" }
            """);
        return await TestServerHost.StartAsync(new ServerOptions { Checker = new PublicityCheckerOptions { ConfigurationFile = file } });
    }

    [Fact]
    public async Task Check_LinksTheFindingsRuleAtTheCouncilsAddress()
    {
        await using var host = await StartAsync();

        var response = await host.Client.PostAsync("api/v1/check", new StringContent("{\"paragraphs\": [\"The figures are in the Part II report.\"]}", Encoding.UTF8, "application/json"));

        var finding = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("id").GetString() == "PC0401");
        Assert.Equal("https://intranet.wreakevalley.example/publicity/rules/PC0401.html", finding.GetProperty("helpUri").GetString());
    }

    [Fact]
    public async Task Rules_LinkEachBuiltInRuleAtTheCouncilsAddress()
    {
        await using var host = await StartAsync();

        var body = await host.Client.GetStringAsync("api/v1/rules");

        var rule = JsonDocument.Parse(body).RootElement.EnumerateArray().Single(r => r.GetProperty("id").GetString() == "PC0201");
        Assert.Equal("https://intranet.wreakevalley.example/publicity/rules/PC0201.html", rule.GetProperty("helpUri").GetString());
    }
}
