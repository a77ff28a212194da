using NodaTime;
using NodaTime.Testing;
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

    private IEnumerable<string> Check(string markdown, LocalDate? publishOn = null)
    {
        var path = _folder.Write("release.md", markdown);
        var checker = new PublicityChecker(new PublicityCheckerOptions { Clock = _clock, PublishOn = publishOn });
        return checker.CheckFile(path).Diagnostics.Select(d => d.Id);
    }

    [Fact]
    public void CheckFile_ReleaseWithoutADateIsCheckedOnTheClocksToday()
    {
        Assert.Equal(["PC0303", "PC0302"], Check("# Council launches grants\n\nResidents can apply now.\n"));
    }

    [Fact]
    public void CheckFile_ReleaseStatingItsDateIsNotToldItHasNone()
    {
        Assert.Equal(["PC0301"], Check("---\npublish: 2026-03-27\n---\n# Council launches grants\n"));
    }

    [Fact]
    public void CheckFile_DateGivenByTheHostIsNotAssumed()
    {
        Assert.Empty(Check("# Council launches grants\n", new LocalDate(2026, 6, 1)));
    }
}
