using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PublicityCheck.Server.Tests.Support;

namespace PublicityCheck.Server.Tests.Hosting;

public class RulePagesTest
{
    [Fact]
    public async Task RulePage_BuiltInRule_IsServedAsHtml()
    {
        await using var host = await TestServerHost.StartAsync();

        var response = await host.Client.GetAsync("rules/PC0401");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<h1 id=\"pc0401-release-refers-to-exempt-or-confidential-material\">PC0401: Release refers to exempt or confidential material</h1>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RulePage_UnknownRule_IsNotFound()
    {
        await using var host = await TestServerHost.StartAsync();

        var response = await host.Client.GetAsync("rules/PC9999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task HelpLink_OfEveryRuleTheApiLists_ResolvesOnTheServer()
    {
        await using var host = await TestServerHost.StartAsync();
        var rules = (await host.Client.GetFromJsonAsync<JsonElement>("api/v1/rules")).EnumerateArray().ToList();

        Assert.NotEmpty(rules);
        foreach (var link in rules.Select(r => r.GetProperty("helpUri").GetString()!))
        {
            Assert.Equal((link, HttpStatusCode.OK), (link, (await host.Client.GetAsync(link.TrimStart('/'))).StatusCode));
        }
    }
}
