using System.Diagnostics;
using System.Text.Json;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Tests.Hostile;

public sealed class HostileCliTest
{
    private const string Release = "# Café reopens\n\nPublished 2 March 2026.\n\nThe council’s café in Ünïcode Park reopens on Monday.\n";
    private const string UnicodeFolder = "Pressemitteilung – Café Ünïcode";
    private static readonly TimeSpan _bound = TimeSpan.FromSeconds(30);

    [Fact]
    public void Check_PathWithSpacesAndNonAscii_ReportsThePathAsTyped()
    {
        using var folder = new TemporaryFolder();
        folder.Write(Path.Combine(UnicodeFolder, "release 1.md"), Release);

        var run = Timed(() => CliRun.In(folder.Path, "check", $"{UnicodeFolder}/release 1.md", "--format", "json", "--publish-on", "2026-03-02"));

        Assert.Equal(0, run.ExitCode);
        using var report = JsonDocument.Parse(run.Out);
        var file = Assert.Single(report.RootElement.GetProperty("files").EnumerateArray());
        Assert.Equal($"{UnicodeFolder}/release 1.md", file.GetProperty("path").GetString());
    }

    [Fact]
    public void Check_FolderWithSpacesAndNonAscii_FindsTheRelease()
    {
        using var folder = new TemporaryFolder();
        folder.Write(Path.Combine(UnicodeFolder, "release 1.md"), Release);

        var run = Timed(() => CliRun.In(folder.Path, "check", UnicodeFolder, "--publish-on", "2026-03-02", "--no-color"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("1 file checked", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_GlobUnderNonAsciiFolder_FindsTheRelease()
    {
        using var folder = new TemporaryFolder();
        folder.Write(Path.Combine(UnicodeFolder, "release 1.md"), Release);

        var run = Timed(() => CliRun.In(folder.Path, "check", $"{UnicodeFolder}/*.md", "--publish-on", "2026-03-02", "--no-color"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("1 file checked", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_OutputIntoNonAsciiFolder_WritesTheReport()
    {
        using var folder = new TemporaryFolder();
        folder.Write(Path.Combine(UnicodeFolder, "release 1.md"), Release);

        var run = Timed(() => CliRun.In(folder.Path, "check", UnicodeFolder, "--format", "sarif", "--output", $"{UnicodeFolder}/Bericht ü.sarif", "--publish-on", "2026-03-02"));

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(SarifSchema.Validate(File.ReadAllText(Path.Combine(folder.Path, UnicodeFolder, "Bericht ü.sarif"))));
    }

    [Fact]
    public void Check_OutputIntoImmutableFolder_ExitsTwoAndWritesNothing()
    {
        using var folder = new TemporaryFolder();
        folder.Write("release.md", Release);
        var reports = Path.Combine(folder.Path, "reports");
        using var locked = ImmutableFolder.TryCreate(reports);
        Assert.True(locked is not null, "chattr +i is not available here, so no folder can be made unwritable for root");

        var run = Timed(() => CliRun.In(folder.Path, "check", "release.md", "--output", "reports/report.json", "--format", "json"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("could not be written to reports/report.json", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(".tmp", run.Error, StringComparison.Ordinal); // the file the report is written through is not the user's
        Assert.Empty(Directory.GetFileSystemEntries(reports));
    }

    [Fact]
    public void Check_OutputOverReportInImmutableFolder_LeavesTheOldReport()
    {
        using var folder = new TemporaryFolder();
        folder.Write("release.md", Release);
        var old = folder.Write("reports/report.json", "old report");
        using var locked = ImmutableFolder.TryCreate(Path.GetDirectoryName(old)!);
        Assert.True(locked is not null, "chattr +i is not available here, so no folder can be made unwritable for root");

        var run = Timed(() => CliRun.In(folder.Path, "check", "release.md", "--output", "reports/report.json", "--format", "json"));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("old report", File.ReadAllText(old));
        Assert.Single(Directory.GetFileSystemEntries(Path.GetDirectoryName(old)!));
    }

    [Fact]
    public void Check_OutputUnderAFile_ExitsTwoAndWritesNothing()
    {
        using var folder = new TemporaryFolder();
        folder.Write("release.md", Release);
        folder.Write("not-a-folder", "x");

        var run = Timed(() => CliRun.In(folder.Path, "check", "release.md", "--output", "not-a-folder/report.json"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("could not be written", run.Error, StringComparison.Ordinal);
        Assert.Equal(["not-a-folder", "release.md"], Directory.GetFileSystemEntries(folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Annotate_IntoImmutableFolder_ExitsTwoAndLeavesNoTemporaryFile()
    {
        using var folder = new TemporaryFolder();
        new WordDocumentBuilder().Paragraph("The council will freeze parking charges.").Save(Path.Combine(folder.Path, "release.docx"));
        var reviewed = Path.Combine(folder.Path, "reviewed");
        using var locked = ImmutableFolder.TryCreate(reviewed);
        Assert.True(locked is not null, "chattr +i is not available here, so no folder can be made unwritable for root");

        var run = Timed(() => CliRun.In(folder.Path, "annotate", "release.docx", "-o", "reviewed/release.docx"));

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(Directory.GetFileSystemEntries(reviewed));
    }

    [Fact]
    public void Check_ZipBombAmongReleases_ReportsPC0001AndChecksTheRest()
    {
        using var folder = new TemporaryFolder();
        folder.Write("press/release.md", Release);
        var bomb = new WordDocumentBuilder().Paragraph("Budget").Build();
        using (var stream = new MemoryStream())
        {
            stream.Write(bomb);
            using (var archive = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true))
            using (var entry = archive.CreateEntry("word/media/bomb.bin", System.IO.Compression.CompressionLevel.SmallestSize).Open())
            {
                var zeros = new byte[1024 * 1024];
                for (var i = 0; i < 300; i++)
                {
                    entry.Write(zeros);
                }
            }

            folder.Write("press/bomb.docx", stream.ToArray());
        }

        var run = Timed(() => CliRun.In(folder.Path, "check", "press", "--publish-on", "2026-03-02", "--no-color"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.OutLines, line => line.Contains("bomb.docx", StringComparison.Ordinal) && line.Contains("PC0001", StringComparison.Ordinal) && line.Contains("zip bomb", StringComparison.Ordinal));
        Assert.Contains("2 files checked", run.Out, StringComparison.Ordinal);
    }

    private static CliRun Timed(Func<CliRun> run)
    {
        var stopwatch = Stopwatch.StartNew();
        var result = run();
        Assert.True(stopwatch.Elapsed < _bound, $"the command took {stopwatch.Elapsed}");
        return result;
    }
}
