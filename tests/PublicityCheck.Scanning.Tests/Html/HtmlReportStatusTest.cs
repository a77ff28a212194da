using System.Net;
using System.Text.RegularExpressions;
using PublicityCheck.Scanning.Tests.Support;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Scanning.Tests.Html;

/// <summary>
/// The scan report's status badge on each finding, as scan's console report groups them: New since the last scan,
/// Changed (open then, with another message or severity now: SARIF's <c>updated</c>), or Still open as it was.
/// </summary>
public sealed partial class HtmlReportStatusTest : IDisposable
{
    private static readonly string[] Paragraphs =
    [
        "# Earlier opening at Kettleby Pool",
        "Kettleby Pool will open at 6.30am on weekdays from 4 May, the council announced today.",
        "The cost of the earlier opening was set out in a Part II report considered in private.",
        "A further Part II report on the changing rooms will go to the Cabinet in July.",
    ];

    // Added before the second scan: a finding of the same rule that was not there before.
    private const string Exempt = "The lifeguards' rota was agreed in an exempt report to the Cabinet.";

    private readonly TemporaryFolder _folder = new();

    public HtmlReportStatusTest() => Directory.CreateDirectory(Path.Combine(_folder.Path, "press"));

    [Fact]
    public void Report_FindingsWhoseSeverityChanged_AreBadgedChangedBesideTheNewOne()
    {
        WriteRelease(Paragraphs);
        Scan();
        LowerConfidentialityToInfo();
        WriteRelease([.. Paragraphs, Exempt]);

        var html = File.ReadAllText(Scan("report.html"));

        Assert.Equal(
            [
                new FindingRow("5:50", "info", "PC0401", "changed", "Changed"),
                new FindingRow("7:11", "info", "PC0401", "changed", "Changed"),
                new FindingRow("9:39", "info", "PC0401", "new", "New"),
            ],
            FindingRows(html));
    }

    [Fact]
    public void Report_ScannedAgainWithNothingChangedSinceTheChange_BadgesThemStillOpen()
    {
        WriteRelease(Paragraphs);
        Scan();
        LowerConfidentialityToInfo();
        Scan();

        var html = File.ReadAllText(Scan("report.html"));

        Assert.Equal(
            [
                new FindingRow("5:50", "info", "PC0401", "open", "Still open"),
                new FindingRow("7:11", "info", "PC0401", "open", "Still open"),
            ],
            FindingRows(html));
    }

    [ChromiumFact]
    public void Report_WithChangedFindings_OpenedInChromium_ShowsTheChangedBadgesWithNoScriptErrors()
    {
        WriteRelease(Paragraphs);
        Scan();
        LowerConfidentialityToInfo();
        WriteRelease([.. Paragraphs, Exempt]);
        var report = Scan("report.html");

        var dom = Chromium.DumpDom(report);

        Assert.Contains("data-ready=\"true\"", dom, StringComparison.Ordinal);
        Assert.Contains("<pre id=\"script-errors\"></pre>", dom, StringComparison.Ordinal);
        Assert.Equal(2, BadgeRegex("changed", "Changed").Matches(dom).Count);
        Assert.Single(BadgeRegex("new", "New").Matches(dom));
    }

    public void Dispose() => _folder.Dispose();

    private void WriteRelease(string[] paragraphs) =>
        File.WriteAllText(Path.Combine(_folder.Path, "press", "pool-opening.md"), string.Join("\n\n", paragraphs) + "\n");

    // The council decides the confidentiality phrases are worth a note, not a warning: the same findings, at another level.
    private void LowerConfidentialityToInfo() =>
        File.WriteAllText(Path.Combine(_folder.Path, "press", "publicitycheck.json"), """{ "rules": { "PC0401": "info" } }""");

    /// <summary>Scans the folder as of 2 March 2026, writing the HTML report to <paramref name="report"/> if given; returns its path.</summary>
    private string Scan(string? report = null)
    {
        string[] arguments = ["scan", "press", "--publish-on", "2026-03-02", "--format", "json", "--output", "scan.json"];
        var run = report is null ? CliRun.In(_folder.Path, arguments) : CliRun.In(_folder.Path, [.. arguments, "--report", report]);
        Assert.True(run.ExitCode == 0, run.Error);
        return Path.Combine(_folder.Path, report ?? string.Empty);
    }

    /// <summary>Each finding's row: where, severity, rule, status and the badge's words.</summary>
    private static List<FindingRow> FindingRows(string html) =>
    [
        .. Row().Matches(html).Select(m => new FindingRow(
            WebUtility.HtmlDecode(m.Groups["where"].Value),
            m.Groups["severity"].Value,
            m.Groups["rule"].Value,
            m.Groups["status"].Value,
            WebUtility.HtmlDecode(m.Groups["badge"].Value))),
    ];

    private static Regex BadgeRegex(string status, string words) =>
        new($"<span class=\"badge {status}\"[^>]*>{words}</span>", RegexOptions.CultureInvariant);

    [GeneratedRegex("""<tr class="finding" data-severity="(?<severity>[a-z]+)" data-rule="(?<rule>[^"]+)" data-status="(?<status>[a-z]+)"><td>(?<where>[^<]*)</td>.*?<span class="badge [a-z]+"[^>]*>(?<badge>[^<]+)</span></td></tr>""", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Row();

    private sealed record FindingRow(string Where, string Severity, string Rule, string Status, string Badge);
}
