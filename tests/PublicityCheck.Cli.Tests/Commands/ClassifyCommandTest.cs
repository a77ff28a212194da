using System.Text.Json;
using PublicityCheck.Cli;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Tests.Commands;

public class ClassifyCommandTest
{
    private const string Sentences = """
        Tory cuts have left our libraries on their knees, and this failed administration must go.
        Polling stations open at 7am.
        The council has 24 Conservative, 15 Labour and 4 Green councillors.
        Vote Labour on 7 May to save the library.
        """;

    [Fact]
    public void Classify_WritesScoreAndLabelForEachLineInOrder()
    {
        using var folder = new TemporaryFolder();
        folder.Write("sentences.txt", Sentences);

        var run = CliRun.In(folder.Path, "classify", "sentences.txt");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["partisan", "neutral", "neutral", "partisan"], run.OutLines.Select(line => line.Split('\t')[1]));
        Assert.All(run.OutLines, line => Assert.Matches(@"^[01]\.[0-9]{4}\t(partisan|neutral)$", line));
    }

    [Fact]
    public void Classify_ReadsStandardInputForADash()
    {
        using var stdout = new StringWriter();
        var console = new CliConsole(stdout, TextWriter.Null, IsTerminal: false, RepositoryPaths.Root) { In = new StringReader("Polling stations open at 7am.\n") };

        var exit = CliApplication.Run(["classify", "-"], console);

        Assert.Equal(0, exit);
        Assert.EndsWith("\tneutral", stdout.ToString().TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_JsonGivesThePhrasesBehindTheScore()
    {
        using var folder = new TemporaryFolder();
        folder.Write("sentences.txt", Sentences);

        var run = CliRun.In(folder.Path, "classify", "sentences.txt", "--format", "json");

        using var first = JsonDocument.Parse(run.OutLines[0]);
        Assert.Equal("partisan", first.RootElement.GetProperty("label").GetString());
        Assert.NotEmpty(first.RootElement.GetProperty("reasons").EnumerateArray());
    }

    [Fact]
    public void Classify_RejectsAnUnknownFormat()
    {
        var run = CliRun.In(RepositoryPaths.Root, "classify", "-", "--format", "xml");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--format 'xml'", run.Error, StringComparison.Ordinal);
    }
}
