using System.Net;
using System.Net.Http.Headers;
using System.Text;
using PublicityCheck.Server.Tests.Support;

namespace PublicityCheck.Server.Tests.Hostile;

/// <summary>
/// A page on another site may make the reader's browser post to the local service. Posts a browser sends without
/// asking first (forms, text, no content type) must carry the client header or the key; other origins are refused.
/// </summary>
public class CrossSiteRequestTest
{
    private const string Sample = "2026-03-12-home-energy-grants-draft.docx";
    private const string Foreign = "https://evil.example";

    private static MultipartFormDataContent Form() =>
        new() { { new ByteArrayContent(SampleReleases.WordSample(Sample)), "file", Sample } };

    [Fact]
    public async Task CheckDocx_RefusesAMultipartFormWithoutTheClientHeader()
    {
        await using var host = await TestServerHost.StartAsync();
        using var form = Form();

        var response = await host.Client.PostAsync("api/v1/check/docx", form);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task CheckDocx_RefusesAFormFromAForeignOrigin()
    {
        await using var host = await TestServerHost.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/v1/check/docx") { Content = Form() };
        request.Headers.Add("Origin", Foreign);

        var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task CheckDocx_RefusesABodyWithNoContentTypeWithoutTheClientHeader()
    {
        // fetch(url, {mode: 'no-cors', method: 'POST', body: new Blob([bytes])}) sends no Content-Type.
        await using var host = await TestServerHost.StartAsync();
        var body = new ByteArrayContent(SampleReleases.WordSample(Sample));

        var response = await host.Client.PostAsync("api/v1/check/docx", body);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("text/plain; charset=utf-8")]
    [InlineData("application/x-www-form-urlencoded")]
    public async Task Check_RefusesASimplePostWithoutTheClientHeader(string contentType)
    {
        await using var host = await TestServerHost.StartAsync();
        var body = new StringContent(SampleReleases.Json(SampleReleases.DepotSale));
        body.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);

        var response = await host.Client.PostAsync("api/v1/check", body);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Check_RefusesJsonFromAForeignOrigin()
    {
        await using var host = await TestServerHost.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/v1/check")
        {
            Content = new StringContent(SampleReleases.Json(SampleReleases.DepotSale), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Origin", Foreign);

        var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Theory]
    [InlineData("null")]
    [InlineData(Foreign)]
    [InlineData("http://127.0.0.1:5081")]
    public async Task Rules_RefusesAForeignOrigin(string origin)
    {
        await using var host = await TestServerHost.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/v1/rules");
        request.Headers.Add("Origin", origin);

        var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task CheckDocx_AcceptsAFormWithTheClientHeaderFromTheServersOwnOrigin()
    {
        await using var host = await TestServerHost.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/v1/check/docx") { Content = Form() };
        request.Headers.Add("X-PublicityCheck", "1");
        request.Headers.Add("Origin", "http://127.0.0.1:5080");

        var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task CheckDocx_AcceptsAFormWithTheApiKey()
    {
        await using var host = await TestServerHost.StartAsync(new ServerOptions { ApiKey = "wreake-valley-press-office" });
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/v1/check/docx") { Content = Form() };
        request.Headers.Add("X-API-Key", "wreake-valley-press-office");

        var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Cors_LetsAnAllowedOriginSendTheClientHeader()
    {
        await using var host = await TestServerHost.StartAsync(new ServerOptions { AllowedOrigins = ["https://localhost:3000"] });
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "api/v1/check");
        preflight.Headers.Add("Origin", "https://localhost:3000");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "content-type,x-publicitycheck");

        var response = await host.Client.SendAsync(preflight);

        Assert.True(response.Headers.TryGetValues("Access-Control-Allow-Headers", out var headers));
        Assert.Contains("x-publicitycheck", string.Join(",", headers), StringComparison.OrdinalIgnoreCase);
    }
}
