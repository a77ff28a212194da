using System.Diagnostics;
using System.Text;
using PublicityCheck.Configuration;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Tests.Hostile;

/// <summary>
/// Configuration, rosters and policy packs are read only as regular files of bounded size, and a roster's rows and
/// fields are bounded as it is read: a bad one stops the run at once with an error naming the file.
/// </summary>
public sealed class ConfigurationFileTest
{
    private static readonly TimeSpan Quickly = TimeSpan.FromSeconds(5);

    [Fact]
    public void ParseFile_ConfigurationIsDevZero_RefusedAsADeviceAtOnce()
    {
        using var folder = new TemporaryFolder();
        var path = Path.Combine(folder.Path, "publicitycheck.json");
        File.CreateSymbolicLink(path, "/dev/zero");

        var (error, elapsed) = Timed(() => ConfigurationFileParser.ParseFile(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("not a regular file (it is a device", error.Message, StringComparison.Ordinal);
        Assert.True(elapsed < Quickly, $"took {elapsed}");
    }

    [Fact]
    public void CheckFile_DiscoveredConfigurationIsAFifo_RefusedAsANamedPipeAtOnce()
    {
        using var folder = new TemporaryFolder();
        var path = Path.Combine(folder.Path, "publicitycheck.json");
        MakeFifo(path);
        var release = folder.Write("release.md", "# Library opens\n\nThe new library opens on Monday.\n");

        var (error, elapsed) = Timed(() => new PublicityChecker().CheckFile(release));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("not a regular file (it is a named pipe", error.Message, StringComparison.Ordinal);
        Assert.True(elapsed < Quickly, $"took {elapsed}");
    }

    [Fact]
    public void ParseFile_ConfigurationOverOneMegabyte_Refused()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("publicitycheck.json", "{ \"$schema\": \"" + new string('x', 1024 * 1024) + "\" }");

        var (error, _) = Timed(() => ConfigurationFileParser.ParseFile(path));

        Assert.Contains("larger than the 1 MB limit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ConfigurationNotUtf8_ConfigurationErrorNamingTheLine()
    {
        // Found by fuzzing: a string that is not UTF-8 made the JSON reader throw InvalidOperationException.
        var windows1252 = Encoding.Latin1.GetBytes("{\n  \"phrases\": [{ \"id\": \"LOCAL001\", \"match\": [\"£5m\"], \"message\": \"m\" }]\n}");

        var error = Assert.Throws<ConfigurationException>(() => ConfigurationFileParser.Parse("press/publicitycheck.json", windows1252));

        Assert.StartsWith("press/publicitycheck.json(2,", error.Message, StringComparison.Ordinal);
        Assert.Contains("not valid UTF-8 (byte 0xA3)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseFile_RosterOverTwentyMegabytes_RefusedBeforeReading()
    {
        using var folder = new TemporaryFolder();
        var roster = Path.Combine(folder.Path, "roster.csv");
        using (var file = File.Create(roster))
        {
            file.SetLength(21L * 1024 * 1024);
        }

        var configuration = folder.Write("publicitycheck.json", """{ "roster": "roster.csv" }""");

        var (error, elapsed) = Timed(() => ConfigurationFileParser.ParseFile(configuration));

        Assert.Contains("roster.csv", error.Message, StringComparison.Ordinal);
        Assert.Contains("larger than the 20 MB limit", error.Message, StringComparison.Ordinal);
        Assert.True(elapsed < Quickly, $"took {elapsed}");
    }

    [Fact]
    public void ParseFile_RosterIsAFifo_RefusedAsANamedPipeAtOnce()
    {
        using var folder = new TemporaryFolder();
        MakeFifo(Path.Combine(folder.Path, "roster.csv"));
        var configuration = folder.Write("publicitycheck.json", """{ "roster": "roster.csv" }""");

        var (error, elapsed) = Timed(() => ConfigurationFileParser.ParseFile(configuration));

        Assert.Contains("not a regular file (it is a named pipe", error.Message, StringComparison.Ordinal);
        Assert.True(elapsed < Quickly, $"took {elapsed}");
    }

    [Fact]
    public void ParseFile_PolicyPackIsDevZero_RefusedAsADevice()
    {
        using var folder = new TemporaryFolder();
        File.CreateSymbolicLink(Path.Combine(folder.Path, "parish.json"), "/dev/zero");
        var configuration = folder.Write("publicitycheck.json", """{ "policy": "parish.json" }""");

        var (error, elapsed) = Timed(() => ConfigurationFileParser.ParseFile(configuration));

        Assert.Contains("parish.json", error.Message, StringComparison.Ordinal);
        Assert.Contains("not a regular file (it is a device", error.Message, StringComparison.Ordinal);
        Assert.True(elapsed < Quickly, $"took {elapsed}");
    }

    [Fact]
    public void ParseFile_AnalyzerPathIsAFifo_RefusedAsNotARegularFile()
    {
        using var folder = new TemporaryFolder();
        MakeFifo(Path.Combine(folder.Path, "Council.Rules.dll"));
        var configuration = folder.Write("publicitycheck.json", """{ "analyzers": ["Council.Rules.dll"] }""");

        var (error, _) = Timed(() => ConfigurationFileParser.ParseFile(configuration));

        Assert.Contains("is not a regular file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseFile_RosterQuotedFieldNeverCloses_RefusedNamingTheLine()
    {
        using var folder = new TemporaryFolder();
        folder.Write("roster.csv", "name,role\nJane Smith,Leader\n\"Tom Jones,Councillor\nAmrit Singh,Councillor\n");
        var configuration = folder.Write("publicitycheck.json", """{ "roster": "roster.csv" }""");

        var (error, _) = Timed(() => ConfigurationFileParser.ParseFile(configuration));

        Assert.Contains("roster.csv(3): a quoted field opened on line 3 never closes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseFile_RosterQuotedFieldNeverClosesInALargeFile_StoppedAtTheFieldLimit()
    {
        using var folder = new TemporaryFolder();
        var csv = new StringBuilder("name,role\n\"Jane Smith,Leader\n");
        for (var i = 0; i < 100_000; i++)
        {
            csv.Append("Councillor ").Append(i).Append(",Councillor\n");
        }

        folder.Write("roster.csv", csv.ToString());
        var configuration = folder.Write("publicitycheck.json", """{ "roster": "roster.csv" }""");

        var (error, _) = Timed(() => ConfigurationFileParser.ParseFile(configuration));

        Assert.Contains("roster.csv(2): a quoted field opened on line 2 runs past 1000 characters", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseFile_RosterFieldOverTheLimit_Refused()
    {
        using var folder = new TemporaryFolder();
        folder.Write("roster.csv", "name,role\n" + new string('J', 5000) + ",Leader\n");
        var configuration = folder.Write("publicitycheck.json", """{ "roster": "roster.csv" }""");

        var (error, _) = Timed(() => ConfigurationFileParser.ParseFile(configuration));

        Assert.Contains("roster.csv(2): a field is longer than 1000 characters", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseFile_RosterOverTheRowLimit_Refused()
    {
        using var folder = new TemporaryFolder();
        var csv = new StringBuilder("name,role\n");
        for (var i = 0; i <= 100_000; i++)
        {
            csv.Append("Member ").Append(i).Append(",Councillor\n");
        }

        folder.Write("roster.csv", csv.ToString());
        var configuration = folder.Write("publicitycheck.json", """{ "roster": "roster.csv" }""");

        var (error, _) = Timed(() => ConfigurationFileParser.ParseFile(configuration));

        Assert.Contains("the roster has more than 100000 rows", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseFile_RosterOfFiftyThousandRowsForOnePerson_LoadsWithinTheSafetyNet()
    {
        // A committee system's export has a row per person and role; copying the roles on every row made this
        // quadratic. The bound is a safety net for a slow, busy machine; the measured figures are in the benchmarks.
        using var folder = new TemporaryFolder();
        var csv = new StringBuilder("name,title,kind,party,ward,role,portfolio,committee,from,to\n");
        for (var i = 0; i < 50_000; i++)
        {
            csv.Append("Jane Smith,Councillor,member,Independent,Abbey,CommitteeChair,,Committee ").Append(i).Append(",2024-05-01,\n");
        }

        folder.Write("roster.csv", csv.ToString());
        var configuration = folder.Write("publicitycheck.json", """{ "roster": "roster.csv" }""");
        var stopwatch = Stopwatch.StartNew();

        var people = ConfigurationFileParser.ParseFile(configuration).Configuration.People;

        stopwatch.Stop();
        Assert.Equal(50_000, Assert.Single(people).Roles.Length);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(10), $"took {stopwatch.Elapsed}");
    }

    [Fact]
    public void ParseFile_ConfigurationOnOneLongLine_ParsesWithinTheSafetyNet()
    {
        // Each value's column was counted from the start of its line, so a file written on one line took the square
        // of its length to index.
        using var folder = new TemporaryFolder();
        var people = string.Join(",", Enumerable.Range(0, 10_000).Select(i => $$"""{"name":"Member {{i}}","kind":"member","ward":"Ward {{i}}","party":"Party {{i % 5}}"}"""));
        var configuration = folder.Write("publicitycheck.json", "{\"people\":[" + people + "]}");
        var stopwatch = Stopwatch.StartNew();

        var parsed = ConfigurationFileParser.ParseFile(configuration).Configuration;

        stopwatch.Stop();
        Assert.Equal(10_000, parsed.People.Length);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5), $"took {stopwatch.Elapsed}");
    }

    private static (ConfigurationException Error, TimeSpan Elapsed) Timed(Func<object> action)
    {
        var stopwatch = Stopwatch.StartNew();
        var error = Assert.Throws<ConfigurationException>(action);
        return (error, stopwatch.Elapsed);
    }

    private static (ConfigurationException Error, TimeSpan Elapsed) Timed(Action action)
    {
        var stopwatch = Stopwatch.StartNew();
        var error = Assert.Throws<ConfigurationException>(action);
        return (error, stopwatch.Elapsed);
    }

    private static void MakeFifo(string path)
    {
        using var process = Process.Start(new ProcessStartInfo("mkfifo") { ArgumentList = { path } })!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }
}
