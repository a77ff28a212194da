using NodaTime;
using NodaTime.Testing;
using PublicityCheck.Diagnostics;
using PublicityCheck.Documents;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Tests.Analyzers.PreElection;

/// <summary>How the checker tells PC0303 whether the publication date was stated, given or assumed.</summary>
public sealed class PreElectionPublicationDateTest : IDisposable
{
    private const string Configuration = """
        { "root": true, "elections": [ { "id": "local-2026", "name": "the borough council elections", "poll": "2026-05-07", "type": "local", "country": "england" } ] }
        """;

    private readonly TemporaryFolder _folder = new();
    private readonly FakeClock _clock = new(Instant.FromUtc(2026, 4, 1, 9, 0));

    public PreElectionPublicationDateTest() => _folder.Write("publicitycheck.json", Configuration);

    public void Dispose() => _folder.Dispose();

    private IEnumerable<Diagnostic> Check(string markdown, LocalDate? publishOn = null) => CheckResult(markdown, publishOn).Diagnostics;

    private FileResult CheckResult(string markdown, LocalDate? publishOn = null, string name = "release.md", FakeClock? clock = null)
    {
        var path = _folder.Write(name, markdown);
        var checker = new PublicityChecker(new PublicityCheckerOptions { Clock = clock ?? _clock, PublishOn = publishOn });
        return checker.CheckFile(path);
    }

    [Fact]
    public void CheckFile_ReleaseWithoutADateIsCheckedOnTheClocksToday()
    {
        Findings.AssertAre(Check("# Council launches grants\n\nResidents can apply now.\n"), ("PC0303", 1, 3, 1, 26), ("PC0302", 1, 11, 1, 19));
    }

    [Fact]
    public void CheckFile_ReleaseStatingItsDateIsNotToldItHasNone()
    {
        Findings.AssertAre(Check("---\npublish: 2026-03-27\n---\n# Council launches grants\n"), ("PC0301", 4, 3, 4, 26));
    }

    [Fact]
    public void CheckFile_DateGivenByTheHostIsNotAssumed()
    {
        Assert.Empty(Check("# Council launches grants\n", new LocalDate(2026, 6, 1)));
    }

    [Fact]
    public void CheckFile_DatelineInsideThePeriodGivesThePeriodsRules()
    {
        // Checked on 2 February, before the period; the dateline puts the release in it.
        var result = CheckResult("# Council launches grants\n\nIssued 14 April 2026\n", clock: new FakeClock(Instant.FromUtc(2026, 2, 2, 9, 0)));

        Findings.AssertAre(result.Diagnostics, ("PC0302", 1, 11, 1, 19));
        Assert.Equal((new LocalDate(2026, 4, 14), PublishOnSource.Dateline), (result.PublishOn, result.PublishOnSource));
    }

    [Fact]
    public void CheckFile_FileNameDateInsideThePeriodGivesThePeriodsRules()
    {
        var result = CheckResult("# Council launches grants\n", name: "2026-04-14-grants.md", clock: new FakeClock(Instant.FromUtc(2026, 2, 2, 9, 0)));

        Findings.AssertAre(result.Diagnostics, ("PC0302", 1, 11, 1, 19));
        Assert.Equal(PublishOnSource.FileName, result.PublishOnSource);
    }

    [Fact]
    public void CheckFile_UndatedReleaseCheckedInsideThePeriodIsWarnedWhichPeriodCaughtIt()
    {
        var warning = Check("# Council launches grants\n").First();

        Assert.Equal(("PC0303", DiagnosticSeverity.Warning), (warning.Id, warning.Severity));
        Assert.Equal(
            "The release states no publication date, so it was checked as if published today, 1 April 2026, inside the pre-election period for the borough council elections (30 March 2026 to 7 May 2026): if it goes out after that period, its findings for the period are wrong; state the date (a dateline such as 'Issued 1 April 2026', 'publish:' in front matter, or a file name starting with the date) so the pre-election rules check the day it goes out",
            warning.Message);
    }

    [Fact]
    public void CheckFile_UndatedReleaseCheckedBeforeThePeriodIsWarnedWhichPeriodItMissed()
    {
        var result = CheckResult("# Council launches grants\n", clock: new FakeClock(Instant.FromUtc(2026, 2, 2, 9, 0)));

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(("PC0303", DiagnosticSeverity.Warning, PublishOnSource.Today), (warning.Id, warning.Severity, result.PublishOnSource!.Value));
        Assert.Contains("2 February 2026, outside the pre-election period for the borough council elections (30 March 2026 to 7 May 2026): if it goes out in that period, that period's rules were not applied", warning.Message, StringComparison.Ordinal);
    }
}
