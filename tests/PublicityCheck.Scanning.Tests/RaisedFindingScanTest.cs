using PublicityCheck.Tests.Support;

namespace PublicityCheck.Scanning.Tests;

/// <summary>
/// A finding the pre-election period raised keeps its severity and reason through a scan, on the first run and
/// when a later run gives it back from the state file.
/// </summary>
public sealed class RaisedFindingScanTest : IDisposable
{
    private const string Raised = "(raised: in the pre-election period for the borough council elections of 7 May 2026)";

    private readonly TemporaryFolder _folder = new();

    public RaisedFindingScanTest()
    {
        _folder.Write("publicitycheck.json", """
            { "root": true, "rules": { "PC0201": "warning" },
              "elections": [ { "id": "borough-2026", "name": "the borough council elections", "poll": "2026-05-07", "type": "local", "country": "england" } ] }
            """);
        _folder.Write("press/pool.md", "# Kettleby pool reopens\n\nThe failed Conservative administration left the pool to crumble, and only this council has had the courage to fix it.\n");
    }

    public void Dispose() => _folder.Dispose();

    private (string Console, string Html) Scan()
    {
        var html = Path.Combine(_folder.Path, "scan-report.html");
        var run = CliRun.In(_folder.Path, "scan", "press", "--publish-on", "2026-04-14", "--report", html, "--fail-on", "none");
        Assert.Equal(0, run.ExitCode);
        return (run.Out, File.ReadAllText(html));
    }

    [Fact]
    public void Scan_ReportsTheRaisedFindingWithWhy_AndGivesItBackSoFromTheState()
    {
        var first = Scan();
        var second = Scan();

        foreach (var (console, html) in new[] { first, second })
        {
            var line = Assert.Single(console.Split('\n'), l => l.Contains("PC0201", StringComparison.Ordinal));
            Assert.Contains("(3,1): error PC0201: Partisan language (", line, StringComparison.Ordinal);
            Assert.EndsWith(Raised, line.TrimEnd(), StringComparison.Ordinal);
            Assert.Contains(Raised, html, StringComparison.Ordinal);
        }
    }
}
