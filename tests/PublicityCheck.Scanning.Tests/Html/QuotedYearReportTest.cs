using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using PublicityCheck.Scanning.Monitoring;
using PublicityCheck.Scanning.Tests.Support;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Scanning.Tests.Html;

/// <summary>A scanned year of releases, its state and its report, shared by the tests of <see cref="QuotedYearReportTest"/>.</summary>
public sealed class QuotedYear : IDisposable
{
    public QuotedYear()
    {
        Generator.Write(Folder.Path, 300);
        var scan = CliRun.In(Folder.Path, "scan", ".", "-q", "--format", "json", "-o", Path.Combine(Folder.Path, "..scan.json"));
        Assert.True(scan.ExitCode is 0 or 1, scan.Error);
        Html = Path.Combine(Folder.Path, "..report.html");
        Json = Path.Combine(Folder.Path, "..report.json");
        Assert.Equal(0, CliRun.In(Folder.Path, "report", "-o", Html).ExitCode);
        Assert.Equal(0, CliRun.In(Folder.Path, "report", "--format", "json", "-o", Json).ExitCode);
        var configuration = new PublicityChecker().ConfigurationFor(Path.Combine(Folder.Path, "release.md"));
        Report = MonitoringReport.Build(ScanHistoryReader.Read(StatePath), configuration, DateTimeOffset.UnixEpoch);
    }

    public TemporaryFolder Folder { get; } = new();

    public QuotedYearGenerator Generator { get; } = new();

    public string StatePath => System.IO.Path.Combine(Folder.Path, ".publicitycheck", "scan.db");

    public string Html { get; }

    public string Json { get; }

    public MonitoringReport Report { get; }

    public void Dispose() => Folder.Dispose();
}

/// <summary>
/// A generated year of 300 releases, the Cabinet over-quoted in the six weeks before the borough poll: the scan's
/// record shows the imbalance and flags it, the numbers agree with what was written, and the report shows them.
/// </summary>
public sealed partial class QuotedYearReportTest(QuotedYear year) : IClassFixture<QuotedYear>
{
    private PollBalance Poll => Assert.Single(year.Report.Balance.Polls);

    [Fact]
    public void Balance_CountsEveryQuotationWrittenByParty()
    {
        var written = year.Generator.Quotations.Where(q => q.Party is not null).CountBy(q => q.Party!).OrderBy(x => x.Key, StringComparer.Ordinal);

        var recorded = year.Report.Balance.ByParty.Select(s => new KeyValuePair<string, int>(s.Name, s.Total)).OrderBy(x => x.Key, StringComparer.Ordinal);

        Assert.Equal(written, recorded);
    }

    [Fact]
    public void Balance_CountsEachMonthsQuotationsByStanding()
    {
        var months = year.Report.Balance.Months;
        var executive = year.Report.Balance.ByStanding.Single(s => s.Name == SpeakerStanding.Executive);

        var written = months.Select(m => year.Generator.Quotations.Count(q => q.Standing == "executive" && q.Date.ToString("yyyy-MM", CultureInfo.InvariantCulture) == m));

        Assert.Equal(written, executive.PerMonth);
        Assert.Equal("2026-01", months[0]);
        Assert.Equal(12, months.Length);
    }

    [Fact]
    public void Poll_WindowIsTheSixWeeksUpToThePoll()
    {
        Assert.Equal(("borough-2026", new NodaTime.LocalDate(2026, 3, 27), new NodaTime.LocalDate(2026, 5, 7)), (Poll.ElectionId, Poll.WindowStart, Poll.Poll));
    }

    [Fact]
    public void Poll_SharesAreThoseOfTheQuotationsWritten()
    {
        var window = Written(inWindow: true);
        var rest = Written(inWindow: false);
        var executive = Share(GroupShare.Standing, SpeakerStanding.Executive);

        Assert.Equal((window.Count, rest.Count), (Poll.WindowQuotations, Poll.RestQuotations));
        Assert.Equal((window.Count(q => q.Standing == "executive"), rest.Count(q => q.Standing == "executive")), (executive.Window, executive.Rest));
    }

    [Fact]
    public void Poll_FlagsTheExecutiveOverQuotedBeforeThePoll()
    {
        var executive = Share(GroupShare.Standing, SpeakerStanding.Executive);

        Assert.True(executive.Flagged);
        Assert.True(executive.Departure > 15, $"the executive's share departs by {executive.Departure:0.0} points");
    }

    [Fact]
    public void Poll_FlagsTheOppositionUnderQuotedBeforeThePoll()
    {
        var opposition = Share(GroupShare.Standing, SpeakerStanding.Opposition);

        Assert.True(opposition.Flagged);
        Assert.True(opposition.Departure < -15, $"the opposition's share departs by {opposition.Departure:0.0} points");
    }

    [Fact]
    public void Poll_DoesNotFlagAShareWithinTheMargin()
    {
        var unflagged = Poll.Shares.Where(s => !s.Flagged).ToList();

        Assert.NotEmpty(unflagged);
        Assert.All(unflagged, s => Assert.True(Math.Abs(s.Departure) <= 15, $"{s.Group} departs by {s.Departure:0.0} points"));
    }

    [Fact]
    public void Rules_ListPC0101AsNoisy()
    {
        var pc0101 = year.Report.Rules.Single(r => r.RuleId == "PC0101");

        Assert.True(pc0101.Noisy);
        Assert.Equal(year.Generator.Suppressions, pc0101.Suppressed);
    }

    [Fact]
    public void Audit_NamesTheMonitoringOfficerAsApproverOfEverySuppression()
    {
        Assert.Equal(year.Generator.Suppressions, year.Report.History.Suppressions.Length);
        Assert.All(year.Report.History.Suppressions, s => Assert.Equal(("the Monitoring Officer", "local member invited to comment under 8.90", true), (s.Approver, s.Reason, s.FindingExists)));
    }

    [ChromiumFact]
    public void Report_OpenedInChromium_HasNoScriptErrors()
    {
        var dom = Chromium.DumpDom(year.Html);

        Assert.Matches(EmptyErrors(), dom);
        Assert.Contains("id=\"balance-chart\"", dom, StringComparison.Ordinal);
    }

    [ChromiumFact]
    public void Report_OpenedInChromium_ShowsTheJsonTotals()
    {
        var dom = Chromium.DumpDom(year.Html);
        var totals = JsonDocument.Parse(File.ReadAllText(year.Json)).RootElement.GetProperty("totals");

        foreach (var (key, name) in new[] { ("releases", "releases"), ("quotations", "quotations"), ("member-quotations", "memberQuotations"), ("flags", "flags"), ("suppressions", "suppressions"), ("noisy", "noisyRules") })
        {
            Assert.Equal(totals.GetProperty(name).GetInt32(), Count(dom, $"id=\"count-{key}\""));
        }

        Assert.Equal(totals.GetProperty("flags").GetInt32(), Regex.Matches(dom, "<tr class=\"flagged\"").Count);
    }

    [ChromiumFact]
    public void Report_Screenshot_IsSaved()
    {
        var png = Path.Combine(AppContext.BaseDirectory, "screenshots", "balance-report.png");
        Directory.CreateDirectory(Path.GetDirectoryName(png)!);
        File.Delete(png);

        Chromium.Screenshot(year.Html, png);

        Assert.True(new FileInfo(png).Length > 10_000, "the screenshot is missing or blank");
    }

    private GroupShare Share(string dimension, string group) => Poll.Shares.Single(s => s.Dimension == dimension && s.Group == group);

    private List<(DateOnly Date, string PersonId, string? Party, string Standing)> Written(bool inWindow) =>
    [
        .. year.Generator.Quotations.Where(q => q.Party is not null
            && (inWindow
                ? q.Date >= QuotedYearGenerator.WindowStart && q.Date <= QuotedYearGenerator.Poll
                : q.Date >= QuotedYearGenerator.Poll.AddDays(-364) && q.Date < QuotedYearGenerator.WindowStart)),
    ];

    private static int Count(string dom, string id)
    {
        var match = Regex.Match(dom, $"<[^>]*{Regex.Escape(id)}[^>]*>");
        Assert.True(match.Success, $"{id} is not in the page");
        return int.Parse(Regex.Match(match.Value, "data-count=\"(\\d+)\"").Groups[1].Value, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex("<pre id=\"script-errors\">\\s*</pre>")]
    private static partial Regex EmptyErrors();
}
