using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using PublicityCheck.Server.Tests.Support;

namespace PublicityCheck.Server.Tests.Api;

public class DocxEndpointTest
{
    private const string Sample = "2026-03-12-home-energy-grants-draft.docx";

    private static async Task<JsonElement> FindingsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("diagnostics");
    }

    [Fact]
    public async Task CheckDocx_ChecksARawBody()
    {
        await using var host = await TestServerHost.StartAsync();
        var body = new ByteArrayContent(SampleReleases.WordSample(Sample));
        body.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

        var findings = await FindingsAsync(await host.Client.PostAsync("api/v1/check/docx", body));

        var finding = Assert.Single(findings.EnumerateArray());
        Assert.Equal("PC0402", finding.GetProperty("id").GetString());
        Assert.Equal("header1", finding.GetProperty("part").GetString());
        Assert.Equal("OFFICIAL-SENSITIVE", finding.GetProperty("text").GetString());
    }

    [Fact]
    public async Task CheckDocx_ChecksAFileFromAMultipartForm()
    {
        await using var host = await TestServerHost.StartAsync();
        using var form = new MultipartFormDataContent { { new ByteArrayContent(SampleReleases.WordSample(Sample)), "file", Sample } };
        // A form needs the client header (or the key): any page could post one without it (Hostile/CrossSiteRequestTest).
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/v1/check/docx") { Content = form };
        request.Headers.Add("X-PublicityCheck", "1");

        var findings = await FindingsAsync(await host.Client.SendAsync(request));

        Assert.Equal("PC0402", findings[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task CheckDocx_AnswersProblemDetailsForAFileThatIsNotWord()
    {
        await using var host = await TestServerHost.StartAsync();
        var body = new ByteArrayContent("Cabinet agrees sale of Tanyard Lane depot"u8.ToArray());
        body.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");

        var response = await host.Client.PostAsync("api/v1/check/docx", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Unreadable Word file", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task CheckDocx_RefusesJson()
    {
        await using var host = await TestServerHost.StartAsync();

        var response = await host.Client.PostAsync("api/v1/check/docx", JsonContent.Create(new { paragraphs = SampleReleases.DepotSale }));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task CheckDocx_RefusesAFileOverTheLimit()
    {
        await using var host = await TestServerHost.StartAsync(new ServerOptions { MaxRequestBytes = 4096 });
        var body = new ByteArrayContent(SampleReleases.WordSample(Sample));
        body.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");

        var response = await host.Client.PostAsync("api/v1/check/docx", body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }
}
