using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using PublicityCheck.Server.Tests.Support;

namespace PublicityCheck.Server.Tests.Hostile;

/// <summary>
/// A phrase rule written in a configuration file links to that file. Over HTTP the link names the file alone: its
/// full path says where the server keeps its files and, often, whose account runs it.
/// </summary>
public sealed class ConfigurationPathTest : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("publicitycheck-server-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<TestServerHost> StartAsync()
    {
        var file = Path.Combine(_folder, "publicitycheck.json");
        await File.WriteAllTextAsync(file, """
            { "root": true, "phrases": [{ "id": "LOCAL001", "match": ["regime"], "message": "loaded word; describe the decision neutrally", "severity": "warning" }] }
            """);
        return await TestServerHost.StartAsync(new ServerOptions { Checker = new PublicityCheckerOptions { ConfigurationFile = file } });
    }

    [Fact]
    public async Task Rules_DoNotRevealTheConfigurationsPath()
    {
        await using var host = await StartAsync();

        var body = await host.Client.GetStringAsync("api/v1/rules");

        var rule = JsonDocument.Parse(body).RootElement.EnumerateArray().Single(r => r.GetProperty("id").GetString() == "LOCAL001");
        Assert.Equal("publicitycheck.json", rule.GetProperty("helpUri").GetString());
        Assert.DoesNotContain(_folder, body, StringComparison.Ordinal);
        Assert.DoesNotContain("file:", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_DoesNotRevealTheConfigurationsPath()
    {
        await using var host = await StartAsync();

        var response = await host.Client.PostAsync("api/v1/check", new StringContent("{\"paragraphs\": [\"The regime has cut the grant.\"]}", Encoding.UTF8, "application/json"));

        var body = await response.Content.ReadAsStringAsync();
        var finding = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("id").GetString() == "LOCAL001");
        Assert.Equal("publicitycheck.json", finding.GetProperty("helpUri").GetString());
        Assert.DoesNotContain(_folder, body, StringComparison.Ordinal);
    }
}
