using PublicityCheck.Scanning.Tests.Support;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Scanning.Tests;

/// <summary>
/// A scan reads the files it must check a window at a time and scores their sentences together before checking
/// them. What it reports must be what checking each file on its own reports, in every window, whichever files of a
/// window were reused.
/// </summary>
public sealed class ReadAheadScanTest : IDisposable
{
    private const string Partisan = "The failed Conservative administration left the pool to crumble, and only Labour has had the courage to fix it.";
    private readonly TemporaryFolder _folder = new();

    public ReadAheadScanTest() => new ReleaseFolderGenerator().Write(_folder.Path, ScanEngine.Window + 6, corrupt: 2);

    [Fact]
    public void Run_MoreFilesThanAWindow_ReportsWhatCheckingEachFileAloneReports()
    {
        PlantPartisanSentences(every: 9);

        var scan = Scans.Run(_folder.Path);

        Assert.True(scan.Files.Length > ScanEngine.Window, "the folder spans more than one window");
        Assert.Contains(scan.Files, f => f.Result.Diagnostics.Any(d => d.Id == "PC0201"));
        Assert.Equal(CheckedOneByOne(scan), Lines(scan));
    }

    [Fact]
    public void Run_SomeFilesOfAWindowChanged_ChecksThemFromTheirReadAheadAsAlone()
    {
        Scans.Run(_folder.Path);
        PlantPartisanSentences(every: 7);

        var second = Scans.Run(_folder.Path);

        Assert.Equal(Markdown().Where((_, i) => i % 7 == 0).Count(), second.Run.Analysed);
        Assert.Equal(CheckedOneByOne(second), Lines(second));
    }

    [Fact]
    public void Run_ADocumentTooLongToHoldAhead_IsReadAgainAndCheckedAsAlone()
    {
        var paragraph = "The council's parks team has planted 400 trees along the river path this winter, with help from volunteers.";
        var file = Markdown()[0];
        for (var i = 0; i <= PublicityChecker.MaxCharactersHeldAhead / paragraph.Length; i++)
        {
            ReleaseFolderGenerator.AppendParagraph(file, paragraph);
        }

        ReleaseFolderGenerator.AppendParagraph(file, Partisan);

        var scan = Scans.Run(_folder.Path);

        Assert.True(new FileInfo(file).Length > PublicityChecker.MaxCharactersHeldAhead);
        Assert.Contains(scan.Files, f => f.Result.Diagnostics.Any(d => d.Id == "PC0201"));
        Assert.Equal(CheckedOneByOne(scan), Lines(scan));
    }

    [Fact]
    public void Run_AWindowOfLongDocumentsPastWhatItMayHoldInAll_ReadsTheRestAgainAndChecksThemAsAlone()
    {
        // Crafted files each just under the longest document held ahead, enough of them in one window to pass what a
        // window may hold in all: those past it are let go once read and read again when checked.
        var paragraph = "The council's parks team has planted 400 trees along the river path this winter, with help from volunteers.";
        var files = Markdown().Take((int)(PublicityChecker.MaxCharactersHeldInWindow / (PublicityChecker.MaxCharactersHeldAhead - 3000)) + 2).ToList();
        foreach (var file in files)
        {
            while (new FileInfo(file).Length < PublicityChecker.MaxCharactersHeldAhead - 3000)
            {
                ReleaseFolderGenerator.AppendParagraph(file, paragraph);
            }

            ReleaseFolderGenerator.AppendParagraph(file, Partisan);
        }

        var scan = Scans.Run(_folder.Path);

        var lengths = files.Select(f => new PublicityChecker().ReadAhead(f, f)?.Document?.Text.Length).ToList();
        Assert.All(lengths, length => Assert.NotNull(length));
        Assert.True(lengths.Sum() > PublicityChecker.MaxCharactersHeldInWindow, "the long documents pass what one window may hold");
        Assert.All(files, f => Assert.Contains(Scans.File(scan, Path.GetRelativePath(_folder.Path, f).Replace('\\', '/')).Result.Diagnostics, d => d.Id == "PC0201"));
        Assert.Equal(CheckedOneByOne(scan), Lines(scan));
    }

    public void Dispose() => _folder.Dispose();

    private void PlantPartisanSentences(int every)
    {
        foreach (var file in Markdown().Where((_, i) => i % every == 0))
        {
            ReleaseFolderGenerator.AppendParagraph(file, Partisan);
        }
    }

    private List<string> Markdown() =>
        [.. Directory.EnumerateFiles(_folder.Path, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];

    private List<string> CheckedOneByOne(ScanResult scan)
    {
        var checker = new PublicityChecker(Scans.OptionsFor(_folder.Path).Checker);
        return [.. scan.Files.SelectMany(f => checker.CheckFile(Path.Combine(_folder.Path, f.RelativePath), f.Result.Path).Diagnostics).Select(Line)];
    }

    private static List<string> Lines(ScanResult scan) => [.. scan.Files.SelectMany(f => f.Result.Diagnostics).Select(Line)];

    private static string Line(Diagnostics.Diagnostic d) => $"{d} | {d.Text} | {d.Message}";
}
