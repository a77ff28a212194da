using System.Text;
using NodaTime;
using PublicityCheck.Documents;
using PublicityCheck.Server.Api;

namespace PublicityCheck.Server.Tests.Api;

/// <summary>
/// The service's per-call date and limits: a request's <c>publishOn</c> goes to the checker for that call only,
/// and content is read under the host's reader limits, not the library's defaults.
/// </summary>
public sealed class CheckServiceTest : IDisposable
{
    private const string Release = """
        # Grants for community groups

        Community groups can now apply for a new fund.
        """;

    private static readonly LocalDate InThePeriod = new(2026, 4, 14);
    private static readonly LocalDate AfterThePoll = new(2026, 6, 1);

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("publicitycheck-server-tests-");

    public CheckServiceTest() => File.WriteAllText(Path.Combine(_folder.FullName, "publicitycheck.json"), """
        { "root": true, "elections": [ { "id": "borough-2026", "name": "the borough council elections", "poll": "2026-05-07", "type": "local", "country": "england" } ] }
        """);

    public void Dispose() => _folder.Delete(recursive: true);

    private static string Describe(CheckResponse response) =>
        string.Join(", ", response.Diagnostics.Select(d => $"{d.Id} {d.Severity} ({d.Paragraph},{d.Offset},{d.Length})"));

    [Fact]
    public void CheckContent_WithTwoDatesConcurrently_GivesEachRequestItsOwnFindings()
    {
        var service = new CheckService(new PublicityCheckerOptions(), _folder.FullName);
        var content = Encoding.UTF8.GetBytes(Release);

        var results = new (LocalDate Date, string Findings)[48];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            var date = i % 2 == 0 ? InThePeriod : AfterThePoll;
            results[i] = (date, Describe(service.CheckContent("release.md", content, date, CancellationToken.None)));
        });

        Assert.All(results.Where(r => r.Date == InThePeriod), r => Assert.Equal("PC0302 warning (2,37,8)", r.Findings));
        Assert.All(results.Where(r => r.Date == AfterThePoll), r => Assert.Equal(string.Empty, r.Findings));
    }

    [Fact]
    public void CheckContent_ReadsUnderTheHostsReaderLimits()
    {
        var options = new PublicityCheckerOptions { ReaderOptions = new ReaderOptions { MaxTextCharacters = 40 } };
        var service = new CheckService(options, _folder.FullName);

        var finding = Assert.Single(service.CheckContent("release.md", Encoding.UTF8.GetBytes(Release), AfterThePoll, CancellationToken.None).Diagnostics);

        Assert.Equal(("PC0001", "error", "file"), (finding.Id, finding.Severity, finding.Part));
        Assert.Contains("more than the 40 limit", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckContent_GivesAFindingRaisedInThePeriodWithWhy()
    {
        var service = new CheckService(new PublicityCheckerOptions(), _folder.FullName);
        var release = "# Kettleby pool reopens\n\nThe failed Conservative administration left the pool to crumble, and only this council has had the courage to fix it.\n";

        var finding = Assert.Single(service.CheckContent("release.md", Encoding.UTF8.GetBytes(release), InThePeriod, CancellationToken.None).Diagnostics, d => d.Id == "PC0201");

        Assert.Equal(("error", 2, 0), (finding.Severity, finding.Paragraph, finding.Offset));
        Assert.Equal("in the pre-election period for the borough council elections of 7 May 2026", finding.Raised);
        Assert.DoesNotContain("pre-election", finding.Message, StringComparison.Ordinal);
    }
}
