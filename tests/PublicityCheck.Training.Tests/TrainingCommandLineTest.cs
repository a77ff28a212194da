using System.Text.RegularExpressions;
using PublicityCheck.Classification;
using PublicityCheck.Classification.Encoding;
using PublicityCheck.Tests.Support;
using PublicityCheck.Training;

namespace PublicityCheck.Tests.Training;

/// <summary>
/// The training program's command line (<c>dotnet run --project src/PublicityCheck.Training -- [options]</c>): the
/// options <c>publicitycheck train</c> had, and the same three files in the formats committed under <c>models/</c>.
/// </summary>
public sealed partial class TrainingCommandLineTest : IClassFixture<TrainingCommandLineTest.Written>
{
    private readonly Written _written;

    public TrainingCommandLineTest(Written written)
    {
        ArgumentNullException.ThrowIfNull(written);
        _written = written;
    }

    private static string Corpus => Path.Combine(RepositoryPaths.Root, "lexicons", "partisan");

    private static string Committed(string name) => Path.Combine(RepositoryPaths.Root, "models", name);

    private static string RealSentences => Path.Combine(RepositoryPaths.Root, "..", "shared", "corpus", "partisan", "sentences.tsv");

    [Fact]
    public void Run_WritesTheThreeFilesBesideOut_RelativeToTheWorkingFolder()
    {
        Assert.Equal(0, _written.Run.ExitCode);
        Assert.Equal(string.Empty, _written.Run.Error);
        Assert.True(new FileInfo(_written.Path("partisan.zip")).Length > 0);
        Assert.True(File.Exists(_written.Path("partisan.model.tsv")));
        Assert.True(File.Exists(_written.Path("partisan.card.md")));
        Assert.Contains("wrote ", _written.Run.Out, StringComparison.Ordinal);
        Assert.Contains("cross-validation ", _written.Run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_WithNeighbours_WritesAVoteOfEveryTrainingSentenceThatTheEnsembleReadsBack()
    {
        using var stream = File.OpenRead(_written.Path("partisan.neighbours.bin"));
        var vote = NeighbourVoteFile.Read(stream);
        using var reader = new StreamReader(_written.Path("partisan.ensemble.tsv"));
        using var ngrams = new StreamReader(_written.Path("partisan.model.tsv"));

        var ensemble = PartisanEnsembleFile.Read(reader, PartisanModelFile.Read(ngrams), () => throw new InvalidOperationException("not scored"), vote);

        Assert.Equal(File.ReadLines(Path.Combine(Corpus, "train.tsv")).Count(l => l.Length > 0 && l[0] != '#'), vote.Count);
        Assert.Equal(50, vote.K);
        Assert.Same(vote, ensemble.Neighbours);
        Assert.Contains("--neighbours 50", File.ReadAllText(_written.Path("partisan.card.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_WithAnNgramFloor_WritesItIntoTheEnsembleAndTheCard()
    {
        var ensemble = WrittenEnsemble();

        Assert.Equal(0.05, ensemble.Weights.NgramFloor);
        Assert.Contains("--ngram-floor 0.05", File.ReadAllText(_written.Path("partisan.card.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_WithTheGateOnPoliticalWords_WritesItIntoTheEnsembleAndTheCard()
    {
        var ensemble = WrittenEnsemble();

        Assert.True(ensemble.GatesOnPoliticalWords);
        Assert.Contains("--gate-political-words", File.ReadAllText(_written.Path("partisan.card.md")), StringComparison.Ordinal);
        Assert.Contains("or a word of party politics", _written.Run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_WithNetwork_WritesItsHiddenUnitsIntoTheEnsembleTheSameForTheSameSeed()
    {
        using var folder = new TemporaryFolder();
        folder.Write("corpus/train.tsv", Slice("train.tsv", 150));
        folder.Write("corpus/test.tsv", Slice("test.tsv", 20));
        string[] options = ["--data", "corpus", "--real", "missing/sentences.tsv", "--seed", "3", "--neighbours", "5", "--network", "8"];

        var first = TrainingRun.In(folder.Path, [.. options, "--out", "first/partisan.zip"]);
        var second = TrainingRun.In(folder.Path, [.. options, "--out", "second/partisan.zip"]);

        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        var written = File.ReadAllText(System.IO.Path.Combine(folder.Path, "first", "partisan.ensemble.tsv"));
        Assert.Equal(written, File.ReadAllText(System.IO.Path.Combine(folder.Path, "second", "partisan.ensemble.tsv")));
        using var votes = File.OpenRead(System.IO.Path.Combine(folder.Path, "first", "partisan.neighbours.bin"));
        using var ngrams = new StreamReader(System.IO.Path.Combine(folder.Path, "first", "partisan.model.tsv"));
        var ensemble = PartisanEnsembleFile.Read(new StringReader(written), PartisanModelFile.Read(ngrams), () => throw new InvalidOperationException("not scored"), NeighbourVoteFile.Read(votes));
        Assert.Equal(8, ensemble.Network?.Hidden);
        Assert.NotEqual(0, ensemble.Weights.Network);
        Assert.Contains("--neighbours 5 --network 8", File.ReadAllText(System.IO.Path.Combine(folder.Path, "first", "partisan.card.md")), StringComparison.Ordinal);
        Assert.Matches(@"network: 8 hidden units; lowest held-out loss at passes [0-9]+(, [0-9]+){4}; final network [0-9]+ passes", first.Out);
    }

    [Theory]
    [InlineData("--neighbours", "-1")]
    [InlineData("--threshold", "1.5")]
    [InlineData("--threshold", "-0.1")]
    [InlineData("--group-weighting", "1.5")]
    [InlineData("--group-weighting", "-0.5")]
    [InlineData("--ngram-floor", "0")]
    [InlineData("--ngram-floor", "0.5")]
    public void Run_AnOptionOutsideItsRange_ExitsTwoNamingIt(string option, string value)
    {
        using var folder = new TemporaryFolder();
        folder.Write("corpus/train.tsv", "partisan\tVote for us on Thursday.\tg1\n");
        folder.Write("corpus/test.tsv", "neutral\tThe library opens at nine.\tg3\n");
        var run = TrainingRun.In(folder.Path, "--data", "corpus", option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(option + " " + value, run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("5000")]
    public void Run_NetworkSizeOutOfRange_ExitsTwo(string hidden)
    {
        using var folder = new TemporaryFolder();
        folder.Write("corpus/train.tsv", "partisan\tVote for us on Thursday.\tg1\n");
        folder.Write("corpus/test.tsv", "neutral\tThe library opens at nine.\tg3\n");
        var run = TrainingRun.In(folder.Path, "--data", "corpus", "--network", hidden);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"--network {hidden} is not 0 to 1024 hidden units", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_NetworkWithoutNeighbours_ExitsTwoAskingForThem()
    {
        using var folder = new TemporaryFolder();
        folder.Write("corpus/train.tsv", "partisan\tVote for us on Thursday.\tg1\n");
        folder.Write("corpus/test.tsv", "neutral\tThe library opens at nine.\tg3\n");
        var run = TrainingRun.In(folder.Path, "--data", "corpus", "--network", "128");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("give --neighbours too", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_WithTuneLayers_WritesATuningThatALaterRunTrainsOnWithoutTuningAgain()
    {
        using var folder = new TemporaryFolder();
        folder.Write("corpus/train.tsv", Slice("train.tsv", 30));
        folder.Write("corpus/test.tsv", Slice("test.tsv", 10));
        string[] options = ["--data", "corpus", "--real", "missing/sentences.tsv", "--neighbours", "5"];

        var tuned = TrainingRun.In(folder.Path, [.. options, "--out", "tuned/partisan.zip", "--tune-layers", "1"]);
        var again = TrainingRun.In(folder.Path, [.. options, "--out", "again/partisan.zip", "--tuning", "tuned/partisan.encoder.bin"]);

        Assert.Equal((0, 0), (tuned.ExitCode, again.ExitCode));
        Assert.Matches(@"tuning: loss by pass [0-9.]+; [0-9.]+ min; tuning [0-9a-f]{16}", tuned.Out);
        Assert.Contains("--tune-layers 1 --tune-epochs 1 --tune-rate 5E-05", File.ReadAllText(System.IO.Path.Combine(folder.Path, "tuned", "partisan.card.md")), StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(System.IO.Path.Combine(folder.Path, "tuned", "partisan.encoder.bin")), File.ReadAllBytes(System.IO.Path.Combine(folder.Path, "again", "partisan.encoder.bin")));
        var ensemble = File.ReadAllText(System.IO.Path.Combine(folder.Path, "tuned", "partisan.ensemble.tsv"));
        Assert.Equal(ensemble, File.ReadAllText(System.IO.Path.Combine(folder.Path, "again", "partisan.ensemble.tsv")));
        using var tuning = File.OpenRead(System.IO.Path.Combine(folder.Path, "tuned", "partisan.encoder.bin"));
        Assert.Contains($"encoder-tuning\t{EncoderTuning.ReadDigest(tuning)}\n", ensemble, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("7")]
    public void Run_TuneLayersOutOfRange_ExitsTwo(string layers)
    {
        using var folder = new TemporaryFolder();
        folder.Write("corpus/train.tsv", "partisan\tVote for us on Thursday.\tg1\n");
        folder.Write("corpus/test.tsv", "neutral\tThe library opens at nine.\tg3\n");
        var run = TrainingRun.In(folder.Path, "--data", "corpus", "--tune-layers", layers);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"--tune-layers {layers} is not 0 to 6 layers", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_TuneLayersAndTuningTogether_ExitsTwoAskingForOne()
    {
        using var folder = new TemporaryFolder();
        folder.Write("corpus/train.tsv", "partisan\tVote for us on Thursday.\tg1\n");
        folder.Write("corpus/test.tsv", "neutral\tThe library opens at nine.\tg3\n");
        var run = TrainingRun.In(folder.Path, "--data", "corpus", "--tune-layers", "2", "--tuning", "models/partisan.encoder.bin");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("give one of them", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_TuningThatIsNotATuningFile_ExitsTwoNamingIt()
    {
        using var folder = new TemporaryFolder();
        folder.Write("corpus/train.tsv", "partisan\tVote for us on Thursday.\tg1\n");
        folder.Write("corpus/test.tsv", "neutral\tThe library opens at nine.\tg3\n");
        folder.Write("old/partisan.encoder.bin", "partisan\tnot a tuning at all\n");
        var run = TrainingRun.In(folder.Path, "--data", "corpus", "--tuning", "old/partisan.encoder.bin");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("partisan.encoder.bin cannot be read", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ScoringModel_HasTheCommittedModelsFormatAndNgrams()
    {
        using (var reader = new StreamReader(_written.Path("partisan.model.tsv")))
        {
            Assert.True(PartisanModelFile.Read(reader).Vocabulary.Count > 0);
        }

        var written = File.ReadAllLines(_written.Path("partisan.model.tsv"));
        var committed = File.ReadAllLines(Committed("partisan.model.tsv"));
        Assert.Equal(committed.Length, written.Length);
        Assert.Equal(committed[0], written[0]);
        for (var i = 1; i < committed.Length; i++)
        {
            // Every line but the weights' last digits: the same keys, n-grams and order.
            Assert.Equal(Key(committed[i]), Key(written[i]));
        }
    }

    [Fact]
    public void Run_Card_HasTheCommittedCardsLinesWithOnlyNumbersFree()
    {
        var written = File.ReadAllLines(_written.Path("partisan.card.md")).Select(MaskNumbers).ToList();
        var committed = File.ReadAllLines(Committed("partisan.card.md")).Select(MaskNumbers).ToList();
        Assert.Equal(committed, written);
    }

    [Fact]
    public void CommittedCard_SaysToReproduceWithTheTrainingProgram()
    {
        var card = File.ReadAllText(Committed("partisan.card.md"));
        Assert.Contains(TrainingApplication.Command + " --data lexicons/partisan --out models/partisan.zip --seed 1", card, StringComparison.Ordinal);
        Assert.DoesNotContain("publicitycheck train", card, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_WithTheRealSentencesBeside_PrintsTheirFiguresAndEachKind()
    {
        Assert.Matches(@"real sentences +[0-9]+ at threshold [01]\.[0-9]{2}: precision [01]\.[0-9]{3} +recall [01]\.[0-9]{3} +F1 [01]\.[0-9]{3}", _written.Run.Out);
        Assert.Matches(@"partisan +credit-claim +[01]\.[0-9]{2} right of [0-9]+", _written.Run.Out);
        Assert.Matches(@"neutral +factual-party +[01]\.[0-9]{2} right of [0-9]+", _written.Run.Out);
        Assert.Contains("## On real published sentences", File.ReadAllText(_written.Path("partisan.card.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_WithoutTheRealSentences_SaysTheyWereNotMeasured()
    {
        using var folder = new TemporaryFolder();
        // A slice of the corpus: enough groups of each label for every cross-validation fold.
        folder.Write("corpus/train.tsv", Slice("train.tsv", 150));
        folder.Write("corpus/test.tsv", Slice("test.tsv", 20));
        var run = TrainingRun.In(folder.Path, "--data", "corpus", "--real", "missing/sentences.tsv");

        Assert.Equal(0, run.ExitCode);

        Assert.Contains("real sentences    not measured: missing/sentences.tsv is not there", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_EncoderPrecisionNeitherFloat32NorInt8_ExitsTwoNamingBoth()
    {
        using var folder = new TemporaryFolder();
        folder.Write("corpus/train.tsv", "partisan\tVote for us on Thursday.\tg1\n");
        folder.Write("corpus/test.tsv", "neutral\tThe library opens at nine.\tg3\n");
        var run = TrainingRun.In(folder.Path, "--data", "corpus", "--encoder-precision", "float16");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--encoder-precision is float32 or int8, not 'float16'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_WithoutTheCorpus_ExitsTwoSayingWhatIsMissing()
    {
        using var folder = new TemporaryFolder();
        var run = TrainingRun.In(folder.Path, "--data", "nowhere", "--out", "models/partisan.zip");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("training: nowhere must hold train.tsv and test.tsv", run.Error.TrimEnd());
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "models")));
    }

    [Fact]
    public void Run_MalformedCorpusLine_ExitsTwoNamingTheFileAndLine()
    {
        using var folder = new TemporaryFolder();
        folder.Write("corpus/train.tsv", "partisan\tVote for us.\tg1\nmaybe\tA sentence.\n");
        folder.Write("corpus/test.tsv", "neutral\tBins are collected on Monday.\n");
        var run = TrainingRun.In(folder.Path, "--data", "corpus");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("train.tsv(2): expected 'partisan' or 'neutral'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_UnknownOption_ExitsTwo()
    {
        using var folder = new TemporaryFolder();
        var run = TrainingRun.In(folder.Path, "--epochs", "3");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("epochs", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Version_ExitsZero()
    {
        using var folder = new TemporaryFolder();
        var run = TrainingRun.In(folder.Path, "--version");
        Assert.Equal(0, run.ExitCode);
        Assert.NotEqual(string.Empty, run.Error.Trim());
    }

    [Fact]
    public void Run_Help_ListsTheOptionsAndExitsZero()
    {
        using var folder = new TemporaryFolder();
        var run = TrainingRun.In(folder.Path, "--help");
        Assert.Equal(0, run.ExitCode);
        foreach (var option in new[] { "--data", "--out", "--seed", "--threshold", "--group-weighting", "--neighbours", "--network", "--real", "--sweep", "--encoder-precision" })
        {
            Assert.Contains(option, run.Error, StringComparison.Ordinal);
        }
    }

    // Every tenth sentence of a split of each label, up to 'perLabel' of each: many groups, both labels.
    private static string Slice(string split, int perLabel)
    {
        var lines = File.ReadLines(Path.Combine(Corpus, split)).Where((_, i) => i % 10 == 0).ToList();
        return string.Join('\n', lines.Where(l => l.StartsWith("partisan\t", StringComparison.Ordinal)).Take(perLabel)
            .Concat(lines.Where(l => l.StartsWith("neutral\t", StringComparison.Ordinal)).Take(perLabel))) + "\n";
    }

    private static string Key(string modelLine)
    {
        var fields = modelLine.Split('\t');
        return fields[0] is "w" or "c" ? fields[0] + "\t" + fields[1] : fields[0];
    }

    private static string MaskNumbers(string line) => Digits().Replace(line, "0");

    // The ensemble the shared run wrote, read back as the tool reads it (never scored here).
    private PartisanEnsemble WrittenEnsemble()
    {
        using var stream = File.OpenRead(_written.Path("partisan.neighbours.bin"));
        using var reader = new StreamReader(_written.Path("partisan.ensemble.tsv"));
        using var ngrams = new StreamReader(_written.Path("partisan.model.tsv"));

        return PartisanEnsembleFile.Read(reader, PartisanModelFile.Read(ngrams), () => throw new InvalidOperationException("not scored"), NeighbourVoteFile.Read(stream));
    }

    [GeneratedRegex("[0-9]+(\\.[0-9]+)?(e-?[0-9]+)?")]
    private static partial Regex Digits();

    /// <summary>One run of the program into a temporary folder, shared by the tests of this class (it takes some seconds).</summary>
    public sealed class Written : IDisposable
    {
        private readonly TemporaryFolder _folder = new();

        /// <summary>
        /// Lays out the corpus like the repository, with the real sentences in a shared folder beside it (for this
        /// run only, in a temporary folder), and the encoder's tuning where the command trains on the committed one,
        /// and runs the card's own command there.
        /// </summary>
        public Written()
        {
            foreach (var split in new[] { "train.tsv", "test.tsv" })
            {
                _folder.Write(System.IO.Path.Combine("repo", "lexicons", "partisan", split), File.ReadAllText(System.IO.Path.Combine(Corpus, split)));
            }

            _folder.Write(System.IO.Path.Combine("shared", "corpus", "partisan", "sentences.tsv"), File.ReadAllText(RealSentences));
            var command = CommittedCommand().ToList();

            // A command that trains on an existing tuning of the encoder reads it from the repository.
            if (command.IndexOf("--tuning") is var at and >= 0 && at + 1 < command.Count)
            {
                var tuning = System.IO.Path.Combine(Repository, command[at + 1]);
                Directory.CreateDirectory(System.IO.Path.GetDirectoryName(tuning)!);
                File.Copy(System.IO.Path.Combine(RepositoryPaths.Root, command[at + 1]), tuning);
            }

            Run = TrainingRun.In(Repository, [.. command]);
        }

        public TrainingRun Run { get; }

        public string Repository => System.IO.Path.Combine(_folder.Path, "repo");

        public string Path(string name) => System.IO.Path.Combine(Repository, "models", name);

        // The options of the reproduce line in the committed card.
        private static IEnumerable<string> CommittedCommand()
        {
            var line = File.ReadLines(Committed("partisan.card.md")).First(l => l.StartsWith(TrainingApplication.Command + " ", StringComparison.Ordinal));
            return line[(TrainingApplication.Command.Length + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        }

        public void Dispose() => _folder.Dispose();
    }
}
