using System.Text;
using System.Text.Json;
using NodaTime;
using PublicityCheck.Server.Api;

namespace PublicityCheck.Server.Tests.Api;

/// <summary>A finding's fixes as the API returns them: what an add-in's "Apply" needs, in the terms findings use.</summary>
public sealed class ApiDiagnosticTest : IDisposable
{
    private const string Release = "OFFICIAL-SENSITIVE\n\n# Pool reopens\n\nThe pool was closed for two summers under the previous regime.\n";

    private static readonly LocalDate March2026 = new(2026, 3, 3);

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("publicitycheck-server-tests-");

    public ApiDiagnosticTest() => File.WriteAllText(Path.Combine(_folder.FullName, "publicitycheck.json"), """
        { "root": true, "phrases": [ { "id": "LOCAL001", "match": ["regime"], "message": "a loaded word", "suggest": "administration" } ] }
        """);

    public void Dispose() => _folder.Delete(recursive: true);

    private List<ApiDiagnostic> Check() =>
        [.. new CheckService(new PublicityCheckerOptions(), _folder.FullName).CheckContent("release.md", Encoding.UTF8.GetBytes(Release), March2026, CancellationToken.None).Diagnostics];

    [Fact]
    public void From_AReplacement_GivesItsParagraphOffsetsAndWords()
    {
        var finding = Assert.Single(Check(), d => d.Id == "LOCAL001");

        var fix = Assert.Single(finding.Fixes);
        Assert.Equal(("Replace 'regime' with 'administration'", true), (fix.Title, fix.Safe));
        Assert.Equal(new ApiEdit(4, 55, 4, 61, "regime", "administration", "body"), Assert.Single(fix.Edits));
    }

    [Fact]
    public void From_ALineRemoval_RunsFromTheStartOfItsParagraphToTheStartOfTheNext()
    {
        var finding = Assert.Single(Check(), d => d.Id == "PC0402");

        var edit = Assert.Single(Assert.Single(finding.Fixes).Edits);
        Assert.Equal((0, 0, 1, 0, string.Empty), (edit.Paragraph, edit.Offset, edit.EndParagraph, edit.EndOffset, edit.NewText));
    }

    [Fact]
    public void Serialised_ListsFixesUnderTheirOwnNames()
    {
        var finding = Assert.Single(Check(), d => d.Id == "LOCAL001");

        using var json = JsonDocument.Parse(JsonSerializer.Serialize(finding, JsonSerializerOptions.Web));

        var fix = json.RootElement.GetProperty("fixes")[0];
        Assert.True(fix.GetProperty("safe").GetBoolean());
        Assert.Equal("administration", fix.GetProperty("edits")[0].GetProperty("newText").GetString());
        Assert.Equal(55, fix.GetProperty("edits")[0].GetProperty("offset").GetInt32());
    }
}
