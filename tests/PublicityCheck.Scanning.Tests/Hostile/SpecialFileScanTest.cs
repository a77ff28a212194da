using PublicityCheck.Scanning.Tests.Support;
using PublicityCheck.Tests.Hostile;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Scanning.Tests.Hostile;

/// <summary>
/// A FIFO or a link to a device in a scanned folder is reported as PC0001 "not a regular file" at once: it is
/// never opened for hashing, which would block on a FIFO and never end on <c>/dev/zero</c>.
/// </summary>
public sealed class SpecialFileScanTest : IDisposable
{
    private const string Release = "# Library opens\n\nPublished 2 March 2026.\n\nThe new library opens on Monday.\n";
    private readonly TemporaryFolder _folder = new();

    public SpecialFileScanTest() => _folder.Write("press/release.md", Release);

    [Fact]
    public void Scan_FifoInTheFolder_ReportsPC0001NotARegularFileAndScansTheRest()
    {
        Bounded.MakeFifo(Path.Combine(_folder.Path, "press", "x.md"));

        var run = Bounded.Run(() => ScanRun.Of(_folder.Path));

        AssertRefused(run, "press/x.md", "it is not a regular file (it is a named pipe");
    }

    [Fact]
    public void Scan_FifoWithAWriterInTheFolder_ReportsPC0001NotARegularFile()
    {
        var fifo = Path.Combine(_folder.Path, "press", "x.md");
        Bounded.MakeFifo(fifo);
        using var writer = new FileStream(fifo, FileMode.Open, FileAccess.ReadWrite); // O_RDWR on a FIFO does not wait for a reader.

        var run = Bounded.Run(() => ScanRun.Of(_folder.Path));

        AssertRefused(run, "press/x.md", "it is not a regular file (it is a named pipe");
    }

    [Fact]
    public void Scan_SymbolicLinkToDevZeroInTheFolder_ReportsPC0001AtOnce()
    {
        File.CreateSymbolicLink(Path.Combine(_folder.Path, "press", "zero.md"), "/dev/zero");

        var run = Bounded.Run(() => ScanRun.Of(_folder.Path));

        AssertRefused(run, "press/zero.md", "it is not a regular file (it is a device");
    }

    [Fact]
    public void Scan_SymbolicLinkToARegularRelease_IsChecked()
    {
        File.CreateSymbolicLink(Path.Combine(_folder.Path, "press", "link.md"), "release.md");

        var run = Bounded.Run(() => ScanRun.Of(_folder.Path));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["press/link.md", "press/release.md"], run.Files.Select(f => f.GetProperty("path").GetString()));
    }

    [Fact]
    public void Scan_FifoSecondTime_StillReportedWithoutHanging()
    {
        Bounded.MakeFifo(Path.Combine(_folder.Path, "press", "x.md"));
        Bounded.Run(() => ScanRun.Of(_folder.Path));

        var second = Bounded.Run(() => ScanRun.Of(_folder.Path));

        AssertRefused(second, "press/x.md", "it is not a regular file (it is a named pipe");
    }

    public void Dispose() => _folder.Dispose();

    private static void AssertRefused(ScanRun run, string path, string reason)
    {
        Assert.Equal(1, run.ExitCode);
        var file = Assert.Single(run.Files, f => f.GetProperty("path").GetString() == path);
        var finding = Assert.Single(file.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("PC0001", finding.GetProperty("id").GetString());
        Assert.Contains(reason, finding.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains(run.Files, f => f.GetProperty("path").GetString() == "press/release.md");
    }
}
