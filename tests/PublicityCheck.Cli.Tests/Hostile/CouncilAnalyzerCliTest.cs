using System.Diagnostics;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Tests.Hostile;

/// <summary>
/// A <c>publicitycheck.json</c> and an assembly planted in a folder of releases: the analyzers it names are not
/// loaded by <c>check</c> or <c>scan</c> unless the run says <c>--allow-analyzers</c>, or names the file with
/// <c>--config</c>; each release says so instead (PC0008).
/// </summary>
public sealed class CouncilAnalyzerCliTest
{
    private const string Release = "# Market returns\n\nPublished 2 March 2026.\n\nLoughborough Borough Council will run the Christmas market.\n";

    [Fact]
    public void Check_PlantedConfigurationAndAssembly_NotLoaded()
    {
        using var folder = Planted();

        var run = CliRun.In(folder.Path, "check", "untrusted/release.md", "--format", "json", "--publish-on", "2026-03-02");

        Assert.Equal(0, run.ExitCode);
        Assert.False(File.Exists(Path.Combine(folder.Path, "untrusted", "bin", "ran.txt")), "the planted analyzer's constructor ran");
        Assert.Contains("PC0008", run.Out, StringComparison.Ordinal);
        Assert.Contains("Planted.dll", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_PlantedConfigurationAndAssembly_NotLoaded()
    {
        using var folder = Planted();

        var run = CliRun.In(folder.Path, "scan", "untrusted", "--format", "json", "--publish-on", "2026-03-02", "--state", "scan.db");

        Assert.Equal(0, run.ExitCode);
        Assert.False(File.Exists(Path.Combine(folder.Path, "untrusted", "bin", "ran.txt")), "the planted analyzer's constructor ran");
        Assert.Contains("PC0008", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_AllowAnalyzers_RunsTheDiscoveredConfigurationsAnalyzers()
    {
        using var folder = Council();

        var run = CliRun.In(folder.Path, "check", "release.md", "--allow-analyzers", "--format", "json", "--publish-on", "2026-03-02");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("CBC001", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("PC0008", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_AllowAnalyzers_RunsTheDiscoveredConfigurationsAnalyzers()
    {
        using var folder = Council();

        var run = CliRun.In(folder.Path, "scan", ".", "--allow-analyzers", "--format", "json", "--publish-on", "2026-03-02", "--state", "scan.db");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("CBC001", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ExplicitConfiguration_RunsItsAnalyzersWithoutTheFlag()
    {
        using var folder = Council();

        var run = CliRun.In(folder.Path, "check", "release.md", "--config", "publicitycheck.json", "--format", "json", "--publish-on", "2026-03-02");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("CBC001", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ConfigurationIsAFifo_ExitsTwoNamingTheFileAtOnce()
    {
        using var folder = new TemporaryFolder();
        folder.Write("release.md", Release);
        using (var process = Process.Start(new ProcessStartInfo("mkfifo") { ArgumentList = { Path.Combine(folder.Path, "publicitycheck.json") } })!)
        {
            process.WaitForExit();
        }

        var stopwatch = Stopwatch.StartNew();
        var run = CliRun.In(folder.Path, "check", "release.md");

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(10), $"took {stopwatch.Elapsed}");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("publicitycheck.json", run.Error, StringComparison.Ordinal);
        Assert.Contains("named pipe", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ConfigurationIsDevZero_ExitsTwoNamingTheFileAtOnce()
    {
        using var folder = new TemporaryFolder();
        folder.Write("release.md", Release);
        File.CreateSymbolicLink(Path.Combine(folder.Path, "zero.json"), "/dev/zero");

        var stopwatch = Stopwatch.StartNew();
        var run = CliRun.In(folder.Path, "check", "release.md", "--config", "zero.json");

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(10), $"took {stopwatch.Elapsed}");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("zero.json", run.Error, StringComparison.Ordinal);
        Assert.Contains("it is a device", run.Error, StringComparison.Ordinal);
    }

    // untrusted/ holds a release, a configuration naming bin/Planted.dll, and the assembly.
    private static TemporaryFolder Planted()
    {
        var folder = new TemporaryFolder();
        CouncilAnalyzers.Compile(CouncilAnalyzers.Planted, Path.Combine(folder.Path, "untrusted", "bin", "Planted.dll"));
        folder.Write(Path.Combine("untrusted", "publicitycheck.json"), """{ "analyzers": ["bin/Planted.dll"] }""");
        folder.Write(Path.Combine("untrusted", "release.md"), Release);
        return folder;
    }

    private static TemporaryFolder Council()
    {
        var folder = new TemporaryFolder();
        CouncilAnalyzers.Compile(CouncilAnalyzers.OldBrand, Path.Combine(folder.Path, "rules", "Council.Rules.dll"));
        folder.Write("publicitycheck.json", """{ "root": true, "analyzers": ["rules/Council.Rules.dll"], "exclude": ["rules/**"] }""");
        folder.Write("release.md", Release);
        return folder;
    }
}
