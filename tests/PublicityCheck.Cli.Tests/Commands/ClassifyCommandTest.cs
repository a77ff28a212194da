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

    private const string Labelled = """
        label	sentence	kind
        partisan	Tory cuts have left our libraries on their knees, and this failed administration must go.	attack-government
        neutral	Polling stations open at 7am.	election-notice
        neutral	The council has 24 Conservative, 15 Labour and 4 Green councillors.	factual-party
        partisan	Vote Labour on 7 May to save the library.	leaflet
        """;

    [Fact]
    public void Classify_Labelled_PrintsTheFiguresAtTheClassifiersThreshold()
    {
        using var folder = new TemporaryFolder();
        folder.Write("labelled.tsv", Labelled);

        var run = CliRun.In(folder.Path, "classify", "--labelled", "labelled.tsv");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^4 labelled sentences \(2 partisan, 2 neutral\), at the classifier's threshold of 0\.[0-9]{2}:$", run.OutLines[0]);
        Assert.Equal("  precision 1.000  recall 1.000  F1 1.000  false alarms 0.0% (0 of 2 neutral sentences called partisan)", run.OutLines[1]);
    }

    [Fact]
    public void Classify_Labelled_ReadsStandardInputForADash()
    {
        using var stdout = new StringWriter();
        var console = new CliConsole(stdout, TextWriter.Null, IsTerminal: false, RepositoryPaths.Root) { In = new StringReader(Labelled) };

        var exit = CliApplication.Run(["classify", "--labelled", "-"], console);

        Assert.Equal(0, exit);
        Assert.StartsWith("4 labelled sentences (2 partisan, 2 neutral)", stdout.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_Labelled_GivesTheShareRightOfEachKind()
    {
        using var folder = new TemporaryFolder();
        folder.Write("labelled.tsv", Labelled);

        var run = CliRun.In(folder.Path, "classify", "--labelled", "labelled.tsv");

        Assert.Contains("  partisan  leaflet                1 of     1 right (1.00)", run.OutLines);
        Assert.Contains("  neutral   factual-party          1 of     1 right (1.00)", run.OutLines);
    }

    [Fact]
    public void Classify_Labelled_JsonGivesTheFiguresTheKindsAndOtherThresholds()
    {
        using var folder = new TemporaryFolder();
        folder.Write("labelled.tsv", Labelled);

        var run = CliRun.In(folder.Path, "classify", "--labelled", "labelled.tsv", "--format", "json");

        using var report = JsonDocument.Parse(run.Out);
        var at = report.RootElement.GetProperty("atThreshold");
        Assert.Equal(4, report.RootElement.GetProperty("sentences").GetInt32());
        Assert.Equal((2, 0), (at.GetProperty("found").GetInt32(), at.GetProperty("falseAlarms").GetInt32()));
        Assert.Equal(4, at.GetProperty("kinds").GetArrayLength());
        Assert.Equal(0.5, report.RootElement.GetProperty("atOtherThresholds")[0].GetProperty("threshold").GetDouble());
    }

    [Fact]
    public void Classify_Labelled_CallsEachSentenceAsItsOwnLineIsCalledHoweverLongTheFile()
    {
        // More sentences than the ensemble encodes in one call (one release's worth): a call past that encodes only the
        // sentences the n-gram model scores highest, and these credit claims score lower there than the attacks before
        // them, so read as one call they would be judged without the encoder. Each must be judged as its own line is.
        string[] parties = ["Labour", "the Conservatives", "the Lib Dems", "the Greens", "Reform UK", "Plaid Cymru", "the SNP", "the Independents"];
        string[] places = ["Mill Lane", "the High Street", "Brook Road", "Castle Hill", "the market square", "Station Road"];
        string[] services = ["library", "leisure centre", "recycling centre", "community hall", "play area", "swimming pool"];
        var sentences = new List<string>();
        for (var i = 0; i < 270; i++)
        {
            sentences.Add($"{parties[i % 8]} have let {places[i % 6]} down again, and residents deserve better than their empty promises on the {services[(i / 6) % 6]} ({i}).");
        }

        for (var i = 270; i < 300; i++)
        {
            sentences.Add($"Thanks to {parties[i % 8]}, the {services[i % 6]} on {places[(i / 6) % 6]} is open longer, and we will keep fighting for it ({i}).");
        }

        using var folder = new TemporaryFolder();
        folder.Write("labelled.tsv", "label\tsentence\n" + string.Concat(sentences.Select(s => $"partisan\t{s}\n")));
        folder.Write("sentences.txt", string.Concat(sentences.Select(s => s + "\n")));

        // The file first: the ensemble remembers every score it gives, so the lines scored first would be found again.
        var run = CliRun.In(folder.Path, "classify", "--labelled", "labelled.tsv", "--format", "json");
        var alone = CliRun.In(folder.Path, "classify", "sentences.txt").OutLines.Select(line => line.Split('\t')[1] == "partisan").ToList();

        using var report = JsonDocument.Parse(run.Out);
        Assert.Equal(300, alone.Count);
        Assert.Equal(alone.Count(a => a), report.RootElement.GetProperty("atThreshold").GetProperty("found").GetInt32());
        Assert.True(alone.Skip(270).Count(a => a) >= 15, "at least half the credit claims are called partisan alone");
    }

    [Theory]
    [InlineData("label\ttext\npartisan\tVote Labour on 7 May.\n", "labelled.tsv, line 1: the header names no sentence column")]
    [InlineData("label\tsentence\nneutral\tPolling stations open at 7am.\nmaybe\tVote Labour on 7 May.\n", "labelled.tsv, line 3: the label is 'maybe', not partisan or neutral")]
    [InlineData("", "labelled.tsv is empty")]
    public void Classify_Labelled_RefusesAFileItCannotReadSayingWhereAndWhy(string file, string error)
    {
        using var folder = new TemporaryFolder();
        folder.Write("labelled.tsv", file);

        var run = CliRun.In(folder.Path, "classify", "--labelled", "labelled.tsv");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(error, run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Out);
    }

    [Fact]
    public void Classify_RejectsAnUnknownFormat()
    {
        var run = CliRun.In(RepositoryPaths.Root, "classify", "-", "--format", "xml");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--format 'xml'", run.Error, StringComparison.Ordinal);
    }
}
