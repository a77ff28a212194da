using System.Text.Json;
using System.Text.RegularExpressions;
using PublicityCheck.Scanning.Tests.Support;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Scanning.Tests.Html;

public sealed partial class HtmlReportTest : IDisposable
{
    private readonly TemporaryFolder _folder = new();
    private readonly string _html;
    private readonly JsonElement _summary;

    public HtmlReportTest()
    {
        var generator = new ReleaseFolderGenerator();
        generator.Write(Path.Combine(_folder.Path, "press"), 30, corrupt: 2);
        CliRun.In(_folder.Path, "scan", "press", "--publish-on", "2026-03-02");
        ReleaseFolderGenerator.AppendParagraph(generator.GoodFiles[0], "The price came from a Part II report considered in private.");
        _html = Path.Combine(_folder.Path, "scan-report.html");
        var json = Path.Combine(_folder.Path, "scan.json");
        CliRun.In(_folder.Path, "scan", "press", "--publish-on", "2026-03-02", "--report", _html, "--format", "json", "--output", json);
        _summary = JsonDocument.Parse(File.ReadAllText(json)).RootElement.GetProperty("summary").Clone();
    }

    [ChromiumFact]
    public void Report_OpenedInChromium_HasNoScriptErrors()
    {
        var dom = Chromium.DumpDom(_html);

        Assert.Contains("data-ready=\"true\"", dom, StringComparison.Ordinal);
        Assert.Matches(EmptyErrors(), dom);
    }

    [ChromiumFact]
    public void Report_OpenedInChromium_ShowsTheJsonTotals()
    {
        var dom = Chromium.DumpDom(_html);

        foreach (var (key, name) in new[] { ("files", "files"), ("error", "errors"), ("warning", "warnings"), ("info", "infos"), ("suppressed", "suppressed") })
        {
            Assert.Equal(_summary.GetProperty(name).GetInt32(), Count(dom, $"id=\"count-{key}\""));
        }

        var findings = _summary.GetProperty("errors").GetInt32() + _summary.GetProperty("warnings").GetInt32() + _summary.GetProperty("infos").GetInt32();
        Assert.Equal(findings, Count(dom, "id=\"shown\""));
    }

    [ChromiumFact]
    public void Report_AfterAnEdit_MarksTheNewFinding()
    {
        var dom = Chromium.DumpDom(_html);

        Assert.Equal(1, Count(dom, "id=\"count-new\""));
        Assert.Single(Regex.Matches(dom, "data-status=\"new\""));
    }

    [Fact]
    public void Report_IsSelfContained()
    {
        var html = File.ReadAllText(_html);

        Assert.DoesNotMatch("(src|href)=\"(https?:)?//[^\"]*\\.(js|css)", html);
        Assert.DoesNotContain("<link", html, StringComparison.Ordinal);
    }

    [ChromiumFact]
    public void Report_Screenshot_IsSaved()
    {
        var png = Path.Combine(AppContext.BaseDirectory, "screenshots", "scan-report.png");
        Directory.CreateDirectory(Path.GetDirectoryName(png)!);
        File.Delete(png);

        Chromium.Screenshot(_html, png);

        Assert.True(new FileInfo(png).Length > 10_000, "the screenshot is missing or blank");
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>The number an element shows: its data-count, or data-shown for the filter line.</summary>
    private static int Count(string dom, string id)
    {
        var match = Regex.Match(dom, $"<[^>]*{Regex.Escape(id)}[^>]*>");
        Assert.True(match.Success, $"{id} is not in the page");
        var value = Regex.Match(match.Value, "data-(count|shown)=\"(\\d+)\"");
        Assert.True(value.Success, $"{id} carries no count: {match.Value}");
        return int.Parse(value.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex("<pre id=\"script-errors\"></pre>")]
    private static partial Regex EmptyErrors();
}
