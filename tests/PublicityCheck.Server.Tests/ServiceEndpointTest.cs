using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PublicityCheck.Server.Tests.Support;

namespace PublicityCheck.Server.Tests;

public class ServiceEndpointTest
{
    [Fact]
    public async Task Healthz_AnswersOk()
    {
        await using var host = await TestServerHost.StartAsync();

        var health = await host.Client.GetFromJsonAsync<JsonElement>("healthz");

        Assert.Equal("ok", health.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Rules_ListsEveryRuleWithItsSeverity()
    {
        await using var host = await TestServerHost.StartAsync();

        var rules = (await host.Client.GetFromJsonAsync<JsonElement>("api/v1/rules")).EnumerateArray().ToList();

        var rule = Assert.Single(rules, r => r.GetProperty("id").GetString() == "PC0401");
        Assert.Equal("warning", rule.GetProperty("severity").GetString());
        Assert.Contains(rules, r => r.GetProperty("id").GetString() == "PC0101");
    }

    [Fact]
    public async Task OpenApi_DescribesEveryEndpoint()
    {
        await using var host = await TestServerHost.StartAsync();

        var paths = (await host.Client.GetFromJsonAsync<JsonElement>("openapi/v1.json")).GetProperty("paths");

        Assert.Equal(["/api/v1/check", "/api/v1/check/docx", "/api/v1/rules", "/healthz"], paths.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task AddIn_ServesTheTaskPaneAndItsHelp()
    {
        await using var host = await TestServerHost.StartAsync();

        var pane = await host.Client.GetAsync("addin/taskpane.html");
        var help = await host.Client.GetAsync("addin/help.html");

        Assert.Equal("text/html", pane.Content.Headers.ContentType?.MediaType);
        Assert.Contains("office.js", await pane.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("text/html", help.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<h1>PublicityCheck for Word</h1>", await help.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("addin")]
    [InlineData("addin/")]
    public async Task AddIn_RedirectsToTheTaskPane(string path)
    {
        await using var host = await TestServerHost.StartAsync();

        var response = await host.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/addin/taskpane.html", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Root_ServesTheWebPage()
    {
        await using var host = await TestServerHost.StartAsync();

        var page = await host.Client.GetAsync("/");

        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
    }
}
