using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using PublicityCheck.Server.Tests.Support;

namespace PublicityCheck.Server.Tests.Api;

public class CheckEndpointTest
{
    private static StringContent JsonBody(string json) => new(json, Encoding.UTF8, "application/json");

    [Fact]
    public async Task Check_ReportsTheParagraphOffsetAndExactWords()
    {
        await using var host = await TestServerHost.StartAsync();

        var response = await host.Client.PostAsync("api/v1/check", JsonBody(SampleReleases.Json(SampleReleases.DepotSale)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var finding = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("diagnostics").EnumerateArray()
            .Single(d => d.GetProperty("id").GetString() == "PC0401");
        var paragraph = finding.GetProperty("paragraph").GetInt32();
        var offset = finding.GetProperty("offset").GetInt32();
        var length = finding.GetProperty("length").GetInt32();
        Assert.Equal(3, paragraph);
        Assert.Equal("Part II report", finding.GetProperty("text").GetString());
        Assert.Equal("Part II report", SampleReleases.DepotSale[paragraph].Substring(offset, length));
        Assert.Equal("warning", finding.GetProperty("severity").GetString());
        Assert.Equal("/rules/PC0401", finding.GetProperty("helpUri").GetString());
    }

    [Fact]
    public async Task Check_ChecksMarkdownByLine()
    {
        await using var host = await TestServerHost.StartAsync();
        var markdown = "# Depot sale\n\nThe Part II report considered by Cabinet set out the offers.\n";

        var response = await host.Client.PostAsync("api/v1/check", JsonBody(JsonSerializer.Serialize(new { markdown })));

        var finding = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("diagnostics")[0];
        Assert.Equal("PC0401", finding.GetProperty("id").GetString());
        Assert.Equal(2, finding.GetProperty("paragraph").GetInt32());
        Assert.Equal(4, finding.GetProperty("offset").GetInt32());
    }

    [Fact]
    public async Task Check_AnswersProblemDetailsForBadJson()
    {
        await using var host = await TestServerHost.StartAsync();

        var response = await host.Client.PostAsync("api/v1/check", JsonBody("{\"paragraphs\": [\"The Part II report"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Invalid JSON", problem.GetProperty("title").GetString());
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Check_RefusesParagraphsAndMarkdownTogether()
    {
        await using var host = await TestServerHost.StartAsync();

        var response = await host.Client.PostAsync("api/v1/check", JsonBody("{\"paragraphs\": [\"A\"], \"markdown\": \"A\"}"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Check_RefusesADateThatIsNotIso()
    {
        await using var host = await TestServerHost.StartAsync();

        var response = await host.Client.PostAsync("api/v1/check", JsonBody("{\"paragraphs\": [\"A\"], \"publishOn\": \"5 March 2026\"}"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Check_RefusesAWrongContentType()
    {
        await using var host = await TestServerHost.StartAsync();

        // With the client header: text/plain without it is refused earlier, as a post any page could send (Hostile/CrossSiteRequestTest).
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/v1/check") { Content = new StringContent(string.Join("\n", SampleReleases.DepotSale), Encoding.UTF8, "text/plain") };
        request.Headers.Add("X-PublicityCheck", "1");

        var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Check_RefusesABodyOverTheLimit()
    {
        await using var host = await TestServerHost.StartAsync(new ServerOptions { MaxRequestBytes = 1024 });
        var paragraphs = Enumerable.Repeat(SampleReleases.DepotSale[3], 20).ToArray();

        var response = await host.Client.PostAsync("api/v1/check", JsonBody(SampleReleases.Json(paragraphs)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Check_ServesConcurrentRequestsFromOneChecker()
    {
        await using var host = await TestServerHost.StartAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => host.Client.PostAsync("api/v1/check", JsonBody(SampleReleases.Json(SampleReleases.DepotSale)))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync()));
        Assert.Single(bodies.Distinct());
    }
}
