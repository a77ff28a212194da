using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PublicityCheck.Server.Tests.Support;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Server.Tests.Api;

/// <summary>
/// A check's answer gives the publication date the release states and where it says so, whatever date the request
/// gave, so that the web page can fill its date field from a dropped file.
/// </summary>
public class PublicationDateTest
{
    private const string EmbargoedSample = "2026-03-12-home-energy-grants-draft.docx";

    private static async Task<JsonElement> PostDocxAsync(byte[] docx, string query = "")
    {
        await using var host = await TestServerHost.StartAsync();
        using var body = new ByteArrayContent(docx);
        body.Headers.ContentType = new("application/octet-stream");
        var response = await host.Client.PostAsync("api/v1/check/docx" + query, body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static (string?, string?, string?) Publication(JsonElement answer)
    {
        var publication = answer.GetProperty("publication");
        return (publication.GetProperty("date").GetString(), publication.GetProperty("source").GetString(), publication.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task CheckDocx_GivesTheDatelinesDate()
    {
        var answer = await PostDocxAsync(SampleReleases.WordSample(EmbargoedSample));

        Assert.Equal(("2026-03-12", "dateline", "Embargoed until 00:01, Thursday 12 March 2026"), Publication(answer));
    }

    [Fact]
    public async Task CheckDocx_WithADateGiven_StillGivesTheDateTheReleaseStates()
    {
        var answer = await PostDocxAsync(SampleReleases.WordSample(EmbargoedSample), "?publishOn=2026-03-05");

        Assert.Equal(("2026-03-12", "dateline", "Embargoed until 00:01, Thursday 12 March 2026"), Publication(answer));
    }

    [Fact]
    public async Task CheckDocx_WithoutADateline_GivesTheDateWordRecordsItWasCreated()
    {
        var docx = new WordDocumentBuilder()
            .Paragraph("Hollin Bridge Road to close for resurfacing")
            .Paragraph("Hollin Bridge Road in Easterby will close for two weeks while the carriageway is resurfaced.")
            .Saved(created: new DateTime(2026, 3, 2, 23, 30, 0, DateTimeKind.Utc), modified: new DateTime(2026, 3, 4, 10, 0, 0, DateTimeKind.Utc))
            .Build();

        var answer = await PostDocxAsync(docx);

        // 23:30 UTC on 2 March is still 2 March in London (GMT until the clocks change on 29 March).
        Assert.Equal(("2026-03-02", "documentProperties", "created"), Publication(answer));
    }

    [Fact]
    public async Task CheckDocx_StatingNoDate_HasNoPublication()
    {
        var docx = new WordDocumentBuilder()
            .Paragraph("Hollin Bridge Road to close for resurfacing")
            .Paragraph("Hollin Bridge Road in Easterby will close for two weeks while the carriageway is resurfaced.")
            .Build();

        var answer = await PostDocxAsync(docx);

        Assert.False(answer.TryGetProperty("publication", out _));
    }

    [Fact]
    public async Task CheckParagraphs_GivesTheDatelinesDateEvenWithADateGiven()
    {
        await using var host = await TestServerHost.StartAsync();
        string[] paragraphs =
        [
            "Date: 6 March 2026",
            "Hollin Bridge Road to close for resurfacing",
            "Hollin Bridge Road in Easterby will close for two weeks while the carriageway is resurfaced.",
        ];

        var response = await host.Client.PostAsJsonAsync("api/v1/check", new { paragraphs, publishOn = "2026-03-05" });

        Assert.Equal(("2026-03-06", "dateline", "Date: 6 March 2026"), Publication(await response.Content.ReadFromJsonAsync<JsonElement>()));
    }
}
