using PublicityCheck.Scanning.Tests.Support;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Scanning.Tests;

public sealed class ScanCommandTest : IDisposable
{
    private readonly TemporaryFolder _folder = new();
    private readonly ReleaseFolderGenerator _generator = new();

    public ScanCommandTest() => _generator.Write(_folder.Path, 60, corrupt: 3);

    [Fact]
    public void Scan_GeneratedFolder_ChecksEveryGoodFile()
    {
        var run = ScanRun.Of(_folder.Path);

        var good = run.Files.Where(f => !f.GetProperty("path").GetString()!.StartsWith("broken", StringComparison.Ordinal)).ToList();
        Assert.Equal(60, good.Count);
        Assert.All(good, f => Assert.NotEqual(System.Text.Json.JsonValueKind.Null, f.GetProperty("format").ValueKind));
    }

    [Fact]
    public void Scan_GeneratedFolder_ReportsEachCorruptFileAsPC0001()
    {
        var run = ScanRun.Of(_folder.Path);

        var unreadable = run.Files
            .Where(f => f.GetProperty("diagnostics").EnumerateArray().Any(d => d.GetProperty("id").GetString() == "PC0001"))
            .Select(f => f.GetProperty("path").GetString())
            .ToList();
        Assert.Equal(_generator.CorruptFiles.Select(f => Path.GetRelativePath(_folder.Path, f)).Order(StringComparer.Ordinal), unreadable.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Scan_CorruptFiles_ExitsOneByDefault()
    {
        var run = ScanRun.Of(_folder.Path);

        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public void Scan_FailOnNewWithNothingNew_ExitsZero()
    {
        ScanRun.Of(_folder.Path, "--fail-on", "new");

        var second = ScanRun.Of(_folder.Path, "--fail-on", "new");

        Assert.Equal(0, second.ExitCode);
        Assert.Empty(second.WithStatus("new"));
    }

    [Fact]
    public void Scan_FailOnNewAfterANewFinding_ExitsOne()
    {
        ScanRun.Of(_folder.Path);
        ReleaseFolderGenerator.AppendParagraph(_generator.GoodFiles[0], "Members were told the bid figures in confidence, as exempt information.");

        var second = ScanRun.Of(_folder.Path, "--fail-on", "new");

        Assert.Equal(1, second.ExitCode);
        Assert.NotEmpty(second.WithStatus("new"));
    }

    [Fact]
    public void Scan_FailOnNone_ExitsZeroDespiteErrors()
    {
        var run = ScanRun.Of(_folder.Path, "--fail-on", "none");

        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void Scan_ConsoleFormat_EndsWithTheRunSummary()
    {
        var run = CliRun.In(_folder.Path, "scan", ".", "--publish-on", "2026-03-02");

        Assert.StartsWith("scan run 1: 63 files, 63 checked, 0 unchanged;", run.OutLines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_NoSuchFolder_ExitsTwo()
    {
        var run = CliRun.In(_folder.Path, "scan", "press-releases-2019");

        Assert.Equal((2, "publicitycheck: no such folder: press-releases-2019"), (run.ExitCode, run.Error.Trim()));
    }

    public void Dispose() => _folder.Dispose();
}
