using PublicityCheck.Tests.Support;

namespace PublicityCheck.Scanning.Tests;

/// <summary><c>publicitycheck scan</c>'s console output, as the person who reads the morning's scan sees it.</summary>
public sealed class ScanConsoleTest : IDisposable
{
    private const string Heading = "# Longer opening hours at Ashcombe Library";
    private const string Opening = "Ashcombe Library will open until 8pm on Thursdays from 6 April, the council announced today.";
    private const string PartII = "The cost of the extra hours was agreed in a Part II report considered in private.";
    private const string ExemptReport = "Terms of the staffing contract were set out in an exempt report to the Cabinet.";
    private const string ExemptInformation = "The figures were shared with members as exempt information.";

    private const string PartIILine = "press/library-hours.md(5,45): warning PC0401: 'Part II report' refers to business taken in private; check that nothing exempt under Schedule 12A is disclosed before this goes out";

    private readonly TemporaryFolder _folder = new();

    public ScanConsoleTest()
    {
        Directory.CreateDirectory(Path.Combine(_folder.Path, "press"));
        WriteRelease(Heading, Opening, PartII, ExemptReport);
    }

    [Fact]
    public void FirstScan_ListsTheFindingsAsCheckDoes_WithoutHeadings()
    {
        var run = Scan();

        Assert.Equal(
            [
                PartIILine,
                "press/library-hours.md(7,51): warning PC0401: 'exempt report' refers to business taken in private; check that nothing exempt under Schedule 12A is disclosed before this goes out",
                "1 file checked: 0 errors, 2 warnings, 0 notes",
                "scan run 1: 1 file, 1 checked, 0 unchanged; 2 new, 0 still open, 0 resolved since the last run",
            ],
            run.OutLines);
    }

    [Fact]
    public void SecondScan_GroupsTheFindingsUnderNewAndStillOpen_AndListsTheFixedOnes()
    {
        Scan();
        WriteRelease(Heading, Opening, PartII, ExemptInformation);

        var run = Scan();

        Assert.Equal(
            [
                "New since the last scan (1):",
                "press/library-hours.md(7,41): warning PC0401: 'exempt information' refers to business taken in private; check that nothing exempt under Schedule 12A is disclosed before this goes out",
                "Still open (1):",
                PartIILine,
                "Fixed since the last scan (1):",
                "press/library-hours.md: fixed PC0401 (was warning): 'exempt report' refers to business taken in private; check that nothing exempt under Schedule 12A is disclosed before this goes out",
                "1 file checked: 0 errors, 2 warnings, 0 notes",
                "scan run 2: 1 file, 1 checked, 0 unchanged; 1 new, 1 still open, 1 resolved since the last run",
            ],
            run.OutLines);
    }

    [Fact]
    public void SecondScan_SeverityChanged_ListsTheFindingsAsChanged()
    {
        Scan();
        File.WriteAllText(Path.Combine(_folder.Path, "press", "publicitycheck.json"), """{ "rules": { "PC0401": "info" } }""");

        var run = Scan();

        Assert.Equal("Changed since the last scan (message or severity) (2):", run.OutLines[0]);
        Assert.StartsWith("press/library-hours.md(5,45): info PC0401: 'Part II report'", run.OutLines[1], StringComparison.Ordinal);
        Assert.Equal("scan run 2: 1 file, 1 checked, 0 unchanged; 0 new, 2 still open (2 changed), 0 resolved since the last run", run.OutLines[^1]);
    }

    [Fact]
    public void SecondScan_Quiet_ListsOnlyTheOpenFindings()
    {
        Scan();
        WriteRelease(Heading, Opening, PartII, ExemptInformation);

        var run = Scan("-q");

        Assert.Equal(
            [
                PartIILine,
                "press/library-hours.md(7,41): warning PC0401: 'exempt information' refers to business taken in private; check that nothing exempt under Schedule 12A is disclosed before this goes out",
            ],
            run.OutLines);
        Assert.Empty(run.Error);
    }

    public void Dispose() => _folder.Dispose();

    private void WriteRelease(params string[] paragraphs) =>
        File.WriteAllText(Path.Combine(_folder.Path, "press", "library-hours.md"), string.Join("\n\n", paragraphs) + "\n");

    private CliRun Scan(params string[] options)
    {
        var run = CliRun.In(_folder.Path, ["scan", "press", "--publish-on", "2026-03-02", "--no-color", .. options]);
        Assert.True(run.ExitCode == 0, run.Error);
        return run;
    }
}
