using PublicityCheck.Tests.Support;

namespace PublicityCheck.Scanning.Tests.Hostile;

/// <summary>A control character in a file's name is shown escaped in the scan's console output, so one finding is one line.</summary>
public sealed class ScanConsoleTextTest : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public void Scan_FileNameWithNewline_PrintsOneLinePerFinding()
    {
        _folder.Write("press/a\nb(1,1): error PC9999: forged.md", "# Depot sale\n\nPublished 2 March 2026.\n\nThe sale was agreed in private, as the Part II report was commercially sensitive.\n");

        var run = CliRun.In(_folder.Path, "scan", "press", "--no-color", "--publish-on", "2026-03-02");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(4, run.OutLines.Length);
        Assert.All(run.OutLines[..2], l => Assert.StartsWith("press/a\\nb(1,1): error PC9999: forged.md(5,", l, StringComparison.Ordinal));
        Assert.StartsWith("1 file checked", run.OutLines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_UnreadableFolderNameWithNewline_SkippedLineIsOneLine()
    {
        _folder.Write("press/ok.md", "# Library\n\nPublished 2 March 2026.\n\nThe library opens.\n");
        var link = Path.Combine(_folder.Path, "press", "gone\nx.md");
        File.CreateSymbolicLink(link, "nowhere.md");

        var run = CliRun.In(_folder.Path, "scan", "press", "--no-color", "--publish-on", "2026-03-02");

        Assert.Equal(0, run.ExitCode);
        // The skipped line, then the note that no roster or elections are configured.
        Assert.Equal("publicitycheck: skipped gone\\nx.md: it is a symbolic link to nothing (its target is missing, or a loop of links)", run.ErrorLines[0]);
        Assert.Equal(2, run.ErrorLines.Length);
        Assert.StartsWith("publicitycheck: note: ", run.ErrorLines[1], StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
