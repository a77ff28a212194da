using PublicityCheck.Tests.Support;

namespace PublicityCheck.Tests.Hostile;

/// <summary>A FIFO or a device where a release or a configuration file is expected is reported at once, never read.</summary>
public sealed class SpecialFileCliTest : IDisposable
{
    private const string Release = "# Library opens\n\nPublished 2 March 2026.\n\nThe new library opens on Monday.\n";
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public void Check_FifoInACheckedFolder_ReportsPC0001NotARegularFile()
    {
        _folder.Write("press/release.md", Release);
        Bounded.MakeFifo(Path.Combine(_folder.Path, "press", "x.md"));

        var run = Bounded.Run(() => CliRun.In(_folder.Path, "check", "press", "--no-color"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.OutLines, l => l.StartsWith("press/x.md: error PC0001: x.md could not be read: it is not a regular file", StringComparison.Ordinal));
        Assert.Contains("2 files checked", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_FifoWithAWriterInACheckedFolder_ReportsPC0001NotARegularFile()
    {
        _folder.Write("press/release.md", Release);
        var fifo = Path.Combine(_folder.Path, "press", "x.md");
        Bounded.MakeFifo(fifo);
        using var writer = new FileStream(fifo, FileMode.Open, FileAccess.ReadWrite); // O_RDWR on a FIFO does not wait for a reader.

        var run = Bounded.Run(() => CliRun.In(_folder.Path, "check", "press", "--no-color"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.OutLines, l => l.StartsWith("press/x.md: error PC0001: x.md could not be read: it is not a regular file", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_ConfigIsAFifo_ExitsTwoSayingItIsNotARegularFile()
    {
        _folder.Write("release.md", Release);
        Bounded.MakeFifo(Path.Combine(_folder.Path, "publicitycheck.json"));

        var run = Bounded.Run(() => CliRun.In(_folder.Path, "check", "release.md", "--config", "publicitycheck.json"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("the configuration file publicitycheck.json cannot be used: it is not a regular file", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ConfigIsALinkToDevZero_ExitsTwoSayingItIsNotARegularFile()
    {
        _folder.Write("release.md", Release);
        File.CreateSymbolicLink(Path.Combine(_folder.Path, "zero.json"), "/dev/zero");

        var run = Bounded.Run(() => CliRun.In(_folder.Path, "check", "release.md", "--config", "zero.json"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("the configuration file zero.json cannot be used: it is not a regular file (it is a device", run.Error, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
