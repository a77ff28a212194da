using PublicityCheck.Tests.Support;

namespace PublicityCheck.Tests.Hostile;

/// <summary>
/// What a file's name can do to the command line and the console: a name starting with '-' after <c>--</c> is a
/// file; a newline or other control character in a name is shown escaped, so one finding is always one line; and
/// errors are in words, without .NET type names.
/// </summary>
public sealed class CommandLineTextTest : IDisposable
{
    private const string Private = "# Depot sale\n\nPublished 2 March 2026.\n\nThe sale was agreed in private, as the Part II report was commercially sensitive.\n";
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public void Check_FileStartingWithDashAfterDoubleDash_IsChecked()
    {
        _folder.Write("-x.md", Private);

        var run = CliRun.In(_folder.Path, "check", "--no-color", "--", "-x.md");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(run.OutLines, l => l.StartsWith("-x.md(5,40): warning PC0401", StringComparison.Ordinal));
        Assert.Equal("1 file checked: 0 errors, 2 warnings, 0 notes", run.OutLines[^1]);
    }

    [Fact]
    public void Check_FileNameWithNewline_PrintsOneLinePerFinding()
    {
        _folder.Write("press/a\nb(1,1): error PC9999: forged.md", Private);

        var run = CliRun.In(_folder.Path, "check", "press", "--no-color", "--publish-on", "2026-03-02");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            [
                "press/a\\nb(1,1): error PC9999: forged.md(5,40): warning PC0401: 'Part II report' refers to business taken in private; check that nothing exempt under Schedule 12A is disclosed before this goes out",
                "press/a\\nb(1,1): error PC9999: forged.md(5,59): warning PC0401: 'commercially sensitive' refers to business taken in private; check that nothing exempt under Schedule 12A is disclosed before this goes out",
                "1 file checked: 0 errors, 2 warnings, 0 notes",
            ],
            run.OutLines);
    }

    [Fact]
    public void Check_UnreadableFileNameWithControlCharacters_PrintsOneEscapedLine()
    {
        _folder.Write("press/bad\r\u001b[2Kname.docx", "not a Word file");

        var run = CliRun.In(_folder.Path, "check", "press", "--no-color");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(2, run.OutLines.Length);
        Assert.StartsWith("press/bad\\r\\u001B[2Kname.docx: error PC0001: bad\\r\\u001B[2Kname.docx could not be read", run.OutLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Check_MissingPathWithNewline_ErrorIsOneLine()
    {
        var run = CliRun.In(_folder.Path, "check", "no\nsuch.md");

        Assert.Equal((2, "publicitycheck: no such file, folder or matching files: no\\nsuch.md"), (run.ExitCode, run.Error.TrimEnd('\n')));
    }

    [Theory]
    [InlineData("scan", ".", "--state", "blocker/scan.db")]
    [InlineData("scan", ".", "--state", "state-folder")]
    [InlineData("check", "release.md", "--output", "state-folder")]
    [InlineData("check", "release.md", "--output", "blocker/report.json")]
    public void Errors_WhenFilesCannotBeWritten_AreInWordsWithoutTypeNames(params string[] args)
    {
        _folder.Write("release.md", Private);
        _folder.Write("blocker", "a file where a folder is expected");
        Directory.CreateDirectory(Path.Combine(_folder.Path, "state-folder"));

        var run = CliRun.In(_folder.Path, args);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("publicitycheck: ", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("SQLite Error", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(" : '", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.TrimEnd('\n').Split('\n'));
    }

    public void Dispose() => _folder.Dispose();
}
