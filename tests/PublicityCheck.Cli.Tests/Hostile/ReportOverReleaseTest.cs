using System.Security.Cryptography;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Tests.Hostile;

/// <summary>A report is never written over a release that was just read, whether named directly or through a link.</summary>
public sealed class ReportOverReleaseTest : IDisposable
{
    private readonly TemporaryFolder _folder = new();
    private readonly string _release;
    private readonly byte[] _hash;

    public ReportOverReleaseTest()
    {
        _release = _folder.Write("press/release.md", "# Library opens\n\nPublished 2 March 2026.\n\nThe new library opens on Monday.\n");
        _hash = SHA256.HashData(File.ReadAllBytes(_release));
    }

    [Fact]
    public void Check_OutputIsACheckedRelease_RefusedAndReleaseUnchanged()
    {
        var run = CliRun.In(_folder.Path, "check", "press", "--format", "json", "--output", "./press/release.md");

        Assert.Equal((2, "publicitycheck: --output ./press/release.md is the release press/release.md (the same file, or a link to it): choose another --output"), (run.ExitCode, run.Error.TrimEnd('\n')));
        Assert.Equal(_hash, SHA256.HashData(File.ReadAllBytes(_release)));
    }

    [Fact]
    public void Scan_ReportIsTheRelease_RefusedAndReleaseUnchanged()
    {
        var run = CliRun.In(_folder.Path, "scan", "press", "--report", "press/release.md");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--report press/release.md is the release", run.Error, StringComparison.Ordinal);
        Assert.Equal(_hash, SHA256.HashData(File.ReadAllBytes(_release)));
    }

    public void Dispose() => _folder.Dispose();
}
