using System.Text.Json;
using PublicityCheck.Classification;
using PublicityCheck.Cli.Commands;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Tests.Commands;

public class CheckCommandTest
{
    private const string DepotRelease = """
        ---
        title: Council agrees to sell Thorpe Road depot
        date: 2026-03-03
        ---
        # Council agrees to sell Thorpe Road depot

        Cabinet agreed on Thursday to sell the former Thorpe Road depot for housing.

        The price is set out in the Part II report and will not be published.
        """;

    private const string LibraryRelease = """
        # Shepshed Library extends its opening hours

        Date: 3 March 2026

        Shepshed Library will open until 7pm on Tuesdays and Thursdays from Monday 9 March 2026.
        """;

    private static TemporaryFolder Releases()
    {
        var folder = new TemporaryFolder();
        folder.Write("press/depot.md", DepotRelease);
        folder.Write("press/library.md", LibraryRelease);
        return folder;
    }

    [Fact]
    public void Check_ExitsZeroWhenThereIsNoError()
    {
        using var folder = Releases();

        var run = CliRun.In(folder.Path, "check", "press/library.md");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("1 file checked: 0 errors, 0 warnings, 0 notes", run.OutLines[^1]);
    }

    [Fact]
    public void Check_ReportsWarningsInCompilerStyleWithThePathAsTyped()
    {
        using var folder = Releases();

        var run = CliRun.In(folder.Path, "check", "press/depot.md");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("press/depot.md(9,29): warning PC0401: 'Part II report'", run.OutLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ExitsOneWhenAnErrorIsFound()
    {
        using var folder = Releases();
        folder.Write("press/publicitycheck.json", """{ "rules": { "PC0401": "error" } }""");

        var run = CliRun.In(folder.Path, "check", "press");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error PC0401", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ChecksEveryReleaseInAFolder()
    {
        using var folder = Releases();
        folder.Write("press/notes.txt", "Not a release.");

        var run = CliRun.In(folder.Path, "check", "press");

        Assert.Equal("2 files checked: 0 errors, 1 warning, 0 notes", run.OutLines[^1]);
    }

    [Fact]
    public void Check_FindsInAFolderReadAheadWhatItFindsInEachFileAlone()
    {
        const string Partisan = """
            # Oakhurst's new play area opens

            Date: 3 March 2026

            Only the Liberal Democrats have delivered for Oakhurst, while the Tories let the park rot.

            The play area on Brook Lane opens on Saturday.
            """;
        using var folder = Releases();
        folder.Write("press/partisan.md", Partisan);
        var alone = new[] { "depot", "library", "partisan" }.ToDictionary(n => n, n => FindingsOf(CliRun.In(folder.Path, "check", $"press/{n}.md"), $"press/{n}.md"));
        var texts = new Dictionary<string, string> { ["depot"] = DepotRelease, ["library"] = LibraryRelease, ["partisan"] = Partisan };
        for (var i = 0; i < CheckCommand.Window + 6; i++)
        {
            var name = texts.Keys.ElementAt(i % 3);
            folder.Write($"archive/{i:000}-{name}.md", texts[name]);
        }

        var run = CliRun.In(folder.Path, "check", "archive");

        Assert.Equal(0, run.ExitCode);
        Assert.All(Enumerable.Range(0, CheckCommand.Window + 6), i =>
        {
            var name = texts.Keys.ElementAt(i % 3);
            Assert.Equal(alone[name], FindingsOf(run, $"archive/{i:000}-{name}.md"));
        });
        Assert.NotEmpty(alone["partisan"]);
    }

    [Fact]
    public void Check_FindsInADocumentTooLongToHoldAheadWhatItFindsAlone()
    {
        // A long annual report: ordinary paragraphs past the characters a window holds ahead, then a partisan one.
        var paragraph = "The council's parks team has planted 400 trees along the river path this winter, with help from volunteers. ";
        var report = "# Annual report\n\nDate: 3 March 2026\n\n"
            + string.Concat(Enumerable.Repeat(paragraph + "\n\n", (PublicityChecker.MaxCharactersHeldAhead / paragraph.Length) + 10))
            + "Only the Liberal Democrats have delivered for Oakhurst, while the Tories let the park rot.\n";
        using var folder = Releases();
        folder.Write("archive/annual-report.md", report);
        folder.Write("archive/depot.md", DepotRelease);
        var alone = FindingsOf(CliRun.In(folder.Path, "check", "archive/annual-report.md"), "archive/annual-report.md");

        var run = CliRun.In(folder.Path, "check", "archive");

        Assert.True(report.Length > PublicityChecker.MaxCharactersHeldAhead);
        Assert.Contains(alone, f => f.Contains("PC0201", StringComparison.Ordinal));
        Assert.Equal(alone, FindingsOf(run, "archive/annual-report.md"));
    }

    [Fact]
    public void Check_FindsInAFolderOfLongDocumentsPastWhatAWindowMayHoldWhatEachGivesAlone()
    {
        // Crafted reports each just under the longest document held ahead, enough in one window to pass what a window
        // may hold in all: those past it are let go once read and read again when checked.
        var paragraph = "The council's parks team has planted 400 trees along the river path this winter, with help from volunteers. ";
        var report = "# Annual report\n\nDate: 3 March 2026\n\n"
            + string.Concat(Enumerable.Repeat(paragraph + "\n\n", (PublicityChecker.MaxCharactersHeldAhead - 3000) / (paragraph.Length + 2)))
            + "Only the Liberal Democrats have delivered for Oakhurst, while the Tories let the park rot.\n";
        using var folder = Releases();
        var first = folder.Write("archive/report-00.md", report);
        var length = new PublicityChecker().ReadAhead(first, "report-00.md")?.Document?.Text.Length;
        Assert.NotNull(length);
        var count = (int)(PublicityChecker.MaxCharactersHeldInWindow / length.Value) + 2;
        for (var i = 1; i < count; i++)
        {
            folder.Write($"archive/report-{i:00}.md", report);
        }

        var alone = FindingsOf(CliRun.In(folder.Path, "check", "archive/report-00.md"), "archive/report-00.md");
        var run = CliRun.In(folder.Path, "check", "archive");

        Assert.True((long)length * count > PublicityChecker.MaxCharactersHeldInWindow, "the reports pass what one window may hold");
        Assert.Contains(alone, f => f.Contains("PC0201", StringComparison.Ordinal));
        Assert.All(Enumerable.Range(0, count), i => Assert.Equal(alone, FindingsOf(run, $"archive/report-{i:00}.md")));
    }

    // The findings a run reports for one file, without the file's path.
    private static string[] FindingsOf(CliRun run, string path) =>
        [.. run.OutLines.Where(l => l.StartsWith(path + "(", StringComparison.Ordinal)).Select(l => l[path.Length..])];

    [Fact]
    public void Check_ExpandsGlobPatterns()
    {
        using var folder = Releases();

        var run = CliRun.In(folder.Path, "check", "press/lib*.md");

        Assert.Equal("1 file checked: 0 errors, 0 warnings, 0 notes", run.OutLines[^1]);
    }

    [Fact]
    public void Check_GoesOnPastAFileItCannotRead()
    {
        using var folder = Releases();
        folder.Write("press/old.docx", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);

        var run = CliRun.In(folder.Path, "check", "press");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.OutLines, l => l.StartsWith("press/old.docx: error PC0001: old.docx could not be read", StringComparison.Ordinal));
        Assert.Equal("3 files checked: 1 error, 1 warning, 0 notes", run.OutLines[^1]);
    }

    [Fact]
    public void Check_ExitsTwoForAPathThatDoesNotExist()
    {
        using var folder = Releases();

        var run = CliRun.In(folder.Path, "check", "press/missing.md");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("press/missing.md", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ExitsTwoAndNamesTheLineOfAnInvalidConfiguration()
    {
        using var folder = Releases();
        folder.Write("press/publicitycheck.json", "{\n  \"rules\": {\n    \"PC0401\": \"eror\"\n  }\n}\n");

        var run = CliRun.In(folder.Path, "check", "press/depot.md");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("publicitycheck.json(3,5): error: $.rules.PC0401:", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Out);
    }

    [Fact]
    public void Check_ExitsTwoForARuleIdNoAnalyzerReports()
    {
        using var folder = Releases();
        folder.Write("press/publicitycheck.json", """{ "rules": { "PC4001": "none" } }""");

        var run = CliRun.In(folder.Path, "check", "press/depot.md");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'PC4001' is not a rule id", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ExitsTwoForAnUnknownOption()
    {
        var run = CliRun.In(Path.GetTempPath(), "check", "--colour", "press");

        Assert.Equal(2, run.ExitCode);
    }

    [Fact]
    public void Check_ExitsTwoForAMalformedPublicationDate()
    {
        using var folder = Releases();

        var run = CliRun.In(folder.Path, "check", "press/depot.md", "--publish-on", "03/03/2026");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("YYYY-MM-DD", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_UsesThePublicationDateGivenOnTheCommandLine()
    {
        using var folder = Releases();

        var run = CliRun.In(folder.Path, "check", "press/depot.md", "--format", "json", "--publish-on", "2026-04-30");

        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal("2026-04-30", json.RootElement.GetProperty("files")[0].GetProperty("publishOn").GetString());
    }

    [Fact]
    public void Check_TakesThePublicationDateFromTheRelease()
    {
        using var folder = Releases();

        var run = CliRun.In(folder.Path, "check", "press/depot.md", "--format", "json");

        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal("2026-03-03", json.RootElement.GetProperty("files")[0].GetProperty("publishOn").GetString());
    }

    [Fact]
    public void Check_LeavesOutFindingsBelowTheMinimumSeverity()
    {
        using var folder = Releases();

        var run = CliRun.In(folder.Path, "check", "press", "--min-severity", "error");

        Assert.DoesNotContain("PC0401", run.Out, StringComparison.Ordinal);
        Assert.Equal("2 files checked: 0 errors, 0 warnings, 0 notes", run.OutLines[^1]);
    }

    [Fact]
    public void Check_WritesTheReportToAFileWhenAsked()
    {
        using var folder = Releases();

        var run = CliRun.In(folder.Path, "check", "press", "--format", "sarif", "--output", "report.sarif");

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Out);
        var sarif = File.ReadAllText(Path.Combine(folder.Path, "report.sarif"));
        Assert.Empty(SarifSchema.Validate(sarif));
        Assert.Empty(Directory.GetFiles(folder.Path, "*.tmp"));
    }

    [Fact]
    public void Check_ExitsTwoWhenTheReportCannotBeWritten()
    {
        using var folder = Releases();

        var run = CliRun.In(folder.Path, "check", "press", "--output", "press/depot.md/report.txt");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("publicitycheck: the output could not be written to press/depot.md/report.txt: a file is in the way of its folder", run.Error.TrimEnd('\n'));
    }

    [Fact]
    public void Check_MakesTheOutputFolder_WhenItIsMissing()
    {
        using var folder = Releases();

        var run = CliRun.In(folder.Path, "check", "press", "--format", "sarif", "-o", "out/2026-03/press.sarif");

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Out));
        Assert.Empty(SarifSchema.Validate(File.ReadAllText(Path.Combine(folder.Path, "out", "2026-03", "press.sarif"))));
        Assert.Equal(["press.sarif"], Directory.GetFileSystemEntries(Path.Combine(folder.Path, "out", "2026-03")).Select(Path.GetFileName));
    }

    [Fact]
    public void Check_Quiet_PrintsOnlyTheFindings()
    {
        using var folder = Releases();

        var run = CliRun.In(folder.Path, "check", "press", "-q");

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        Assert.Equal(["press/depot.md(9,29): warning PC0401"], run.OutLines.Select(line => line[..line.IndexOf(": '", StringComparison.Ordinal)]));
    }

    [Fact]
    public void Check_Quiet_PrintsNothing_WhenThereIsNoFinding()
    {
        using var folder = Releases();

        var run = CliRun.In(folder.Path, "check", "press/library.md", "--quiet");

        Assert.Equal((0, string.Empty, string.Empty), (run.ExitCode, run.Out, run.Error));
    }

    [Fact]
    public void Check_ExpandsBraceAlternatives()
    {
        using var folder = Releases();
        folder.Write("archive/2025/depot.md", DepotRelease);
        folder.Write("archive/2024/depot.md", DepotRelease);

        var run = CliRun.In(folder.Path, "check", "{press,archive/2025}/*.md", "-q");

        Assert.Equal(
            ["press/depot.md(9,29)", "archive/2025/depot.md(9,29)"],
            run.OutLines.Select(line => line[..line.IndexOf(':', StringComparison.Ordinal)]));
    }

    [Fact]
    public void Check_NamesTheBraceAlternativeThatMatchesNothing()
    {
        using var folder = Releases();

        var run = CliRun.In(folder.Path, "check", "{press,archvie}/*.md");

        Assert.Equal((2, "publicitycheck: no such file, folder or matching files: archvie/*.md"), (run.ExitCode, run.Error.TrimEnd('\n')));
    }

    [Fact]
    public void Check_UsesTheExplicitConfigurationFile()
    {
        using var folder = Releases();
        folder.Write("strict.json", """{ "rules": { "PC0401": "error" } }""");

        var run = CliRun.In(folder.Path, "check", "press/depot.md", "--config", "strict.json");

        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public void Check_NeverModifiesTheRelease()
    {
        using var folder = Releases();
        var path = Path.Combine(folder.Path, "press", "depot.md");
        var before = File.ReadAllBytes(path);
        var written = File.GetLastWriteTimeUtc(path);

        CliRun.In(folder.Path, "check", "press/depot.md", "--format", "json");

        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Equal(written, File.GetLastWriteTimeUtc(path));
    }

    [Fact]
    public void Check_LeavesOutFilesTheConfigurationExcludesFromAFolder()
    {
        using var folder = Releases();
        folder.Write("press/README.md", "# Press releases\n\nDrafts go in this folder; see the Part II report guidance.\n");
        folder.Write("press/publicitycheck.json", """{ "exclude": ["README.md"] }""");

        var run = CliRun.In(folder.Path, "check", "press");

        Assert.Equal("2 files checked: 0 errors, 1 warning, 0 notes", run.OutLines[^1]);
    }

    [Fact]
    public void Check_StillChecksAnExcludedFileNamedOnTheCommandLine()
    {
        using var folder = Releases();
        folder.Write("press/publicitycheck.json", """{ "exclude": ["depot.md"] }""");

        var run = CliRun.In(folder.Path, "check", "press/depot.md");

        Assert.Equal("1 file checked: 0 errors, 1 warning, 0 notes", run.OutLines[^1]);
    }

    [Theory]
    [InlineData("press/depot.md")]
    [InlineData("-")]
    public void WorkloadOf_OneReleaseLoadsTheClassifierForTheQuickestFirstAnswer(string path)
    {
        using var folder = Releases();

        Assert.Equal(ClassifierWorkload.OneDocument, CheckCommand.WorkloadOf([path], folder.Path));
    }

    [Theory]
    [InlineData("press")]
    [InlineData("press/*.md")]
    [InlineData("press/depot.md", "press/library.md")]
    [InlineData("press/missing.md")]
    public void WorkloadOf_AFolderAGlobOrSeveralFilesLoadTheClassifierForTheQuickestRun(params string[] paths)
    {
        using var folder = Releases();

        Assert.Equal(ClassifierWorkload.ManyDocuments, CheckCommand.WorkloadOf(paths, folder.Path));
    }
}
