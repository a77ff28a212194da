using PublicityCheck.Tests.Support;

namespace PublicityCheck.Tests;

/// <summary>
/// A clean report must not mean an unconfigured one: <c>check</c> and <c>scan</c> say once, on standard error, when
/// the releases had no roster or no elections, and <c>-q</c> silences it.
/// </summary>
public sealed class ConfigurationNoticeTest : IDisposable
{
    private const string AllotmentsRelease = """
        # New allotment plots open at Mardale Road

        Date: 16 March 2026

        Twelve new allotment plots are available to rent at Mardale Road from April.

        Councillor Tom Reid said: "These plots will give more families the chance to grow their own food."
        """;

    private const string Roster = "name,title,kind,party,ward,role,portfolio,committee,from,to\nHelen Marsh,Councillor,member,Liberal Democrat,Easterby North,Leader,,,2023-05-18,\n";

    private const string Elections = """
        "elections": [ { "id": "local-2027", "name": "council elections", "poll": "2027-05-06", "type": "local", "country": "england" } ]
        """;

    private readonly TemporaryFolder _folder = new();

    public ConfigurationNoticeTest()
    {
        _folder.Write("press/allotments.md", AllotmentsRelease);
        _folder.Write("press/allotments-copy.md", AllotmentsRelease);
        _folder.Write("roster.csv", Roster);
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Check_WithNoConfiguration_SaysSoOnce_OnStandardError()
    {
        var run = CliRun.In(_folder.Path, "check", "press");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            "publicitycheck: note: no roster of councillors and officers (or an empty one) and no elections are configured, so no quotation was checked against who holds which role, and no pre-election period applied; run 'publicitycheck init' to start a publicitycheck.json. (-q hides this note.)",
            run.Error.TrimEnd('\n'));
        Assert.DoesNotContain("publicitycheck: note", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_WithARosterButNoElections_NamesOnlyTheElections()
    {
        _folder.Write("publicitycheck.json", """{ "root": true, "roster": "roster.csv" }""");

        var run = CliRun.In(_folder.Path, "check", "press");

        Assert.Equal(
            "publicitycheck: note: no elections are configured, so no pre-election period applied; add \"elections\" to publicitycheck.json ('publicitycheck init' starts one). (-q hides this note.)",
            run.Error.TrimEnd('\n'));
    }

    [Fact]
    public void Check_WithAnEmptyRoster_SaysTheRosterIsMissingOrEmpty()
    {
        _folder.Write("empty.csv", "name,title,kind,party,ward,role,portfolio,committee,from,to\n");
        _folder.Write("publicitycheck.json", $$"""{ "root": true, "roster": "empty.csv", {{Elections}} }""");

        var run = CliRun.In(_folder.Path, "check", "press");

        Assert.StartsWith("publicitycheck: note: no roster of councillors and officers is configured, or it is empty, so no quotation was checked", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_WithBoth_SaysNothing()
    {
        _folder.Write("publicitycheck.json", $$"""{ "root": true, "roster": "roster.csv", {{Elections}} }""");

        var run = CliRun.In(_folder.Path, "check", "press");

        Assert.Equal(string.Empty, run.Error);
    }

    [Fact]
    public void Check_SaysHowManyReleasesLackIt_WhenOnlySomeDo()
    {
        _folder.Write("publicitycheck.json", $$"""{ "root": true, "roster": "roster.csv", {{Elections}} }""");
        _folder.Write("outreach/publicitycheck.json", """{ "root": true }""");
        _folder.Write("outreach/allotments.md", AllotmentsRelease);

        var run = CliRun.In(_folder.Path, "check", "press", "outreach");

        Assert.Contains("are configured for 1 release of 3, so", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Quiet_SaysNothing()
    {
        var run = CliRun.In(_folder.Path, "check", "press", "-q");

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
    }

    [Fact]
    public void Scan_WithNoConfiguration_SaysSoOnce_OnStandardError()
    {
        var run = CliRun.In(_folder.Path, "scan", "press");

        Assert.Equal(0, run.ExitCode);
        Assert.Single(run.ErrorLines);
        Assert.StartsWith("publicitycheck: note: no roster of councillors and officers (or an empty one) and no elections are configured", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_Quiet_SaysNothing()
    {
        var run = CliRun.In(_folder.Path, "scan", "press", "--quiet");

        Assert.Equal((0, string.Empty, string.Empty), (run.ExitCode, run.Out, run.Error));
    }
}
