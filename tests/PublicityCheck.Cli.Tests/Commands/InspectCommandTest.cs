using System.Text.Json;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Tests.Commands;

public class InspectCommandTest
{
    private const string Release = """
        ---
        title: Loughborough Leisure Centre reopens
        publish: 2026-03-09
        ---
        # Loughborough Leisure Centre reopens

        The **pool** reopens on Monday. Cllr. Jane Smith will cut the ribbon at 10 a.m. on the day.
        """;

    private static JsonElement Inspect(TemporaryFolder folder)
    {
        folder.Write("leisure.md", Release);
        var run = CliRun.In(folder.Path, "inspect", "leisure.md", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        return JsonDocument.Parse(run.Out).RootElement.Clone();
    }

    [Fact]
    public void Inspect_PrintsTheMetadata()
    {
        using var folder = new TemporaryFolder();

        var model = Inspect(folder);

        Assert.Equal("leisure.md", model.GetProperty("path").GetString());
        Assert.Equal("markdown", model.GetProperty("format").GetString());
        Assert.Equal("Loughborough Leisure Centre reopens", model.GetProperty("title").GetString());
        Assert.Equal("2026-03-09", model.GetProperty("publishOn").GetString());
    }

    [Fact]
    public void Inspect_PrintsBlocksWithFlattenedTextAndLocations()
    {
        using var folder = new TemporaryFolder();

        var blocks = Inspect(folder).GetProperty("blocks");

        Assert.Equal("heading", blocks[0].GetProperty("kind").GetString());
        Assert.Equal(1, blocks[0].GetProperty("level").GetInt32());
        Assert.Equal("paragraph", blocks[1].GetProperty("kind").GetString());
        Assert.StartsWith("The pool reopens", blocks[1].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(7, blocks[1].GetProperty("location").GetProperty("line").GetInt32());
    }

    [Fact]
    public void Inspect_PrintsSentencesSplitPastAbbreviations()
    {
        using var folder = new TemporaryFolder();

        var sentences = Inspect(folder).GetProperty("sentences").EnumerateArray().Select(s => s.GetProperty("text").GetString()).ToList();

        Assert.Equal(["Loughborough Leisure Centre reopens", "The pool reopens on Monday.", "Cllr. Jane Smith will cut the ribbon at 10 a.m. on the day."], sentences);
    }

    [Fact]
    public void Inspect_ExitsTwoForAFileThatDoesNotExist()
    {
        using var folder = new TemporaryFolder();

        Assert.Equal(2, CliRun.In(folder.Path, "inspect", "missing.md").ExitCode);
    }
}
