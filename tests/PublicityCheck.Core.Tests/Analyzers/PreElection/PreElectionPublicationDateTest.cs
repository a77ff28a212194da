using NodaTime;
using NodaTime.Testing;
using PublicityCheck.Diagnostics;
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

    private IEnumerable<Diagnostic> Check(string markdown, LocalDate? publishOn = null)
    {
        var path = _folder.Write("release.md", markdown);
        var checker = new PublicityChecker(new PublicityCheckerOptions { Clock = _clock, PublishOn = publishOn });
        return checker.CheckFile(path).Diagnostics;
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
}
