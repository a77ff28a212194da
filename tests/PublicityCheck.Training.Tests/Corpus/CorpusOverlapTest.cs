using PublicityCheck.Tests.Support;

namespace PublicityCheck.Tests.Training.Corpus;

/// <summary>
/// The corpus (<c>lexicons/partisan/train.tsv</c> and <c>test.tsv</c>, the generator's output from its shapes and the
/// hand-written sentences) is written for this project: no sentence of it shares five words in a row with a sentence of
/// the real development set (<c>../shared/corpus/partisan/sentences.tsv</c>, read in place), except inside the stock
/// phrases of <c>lexicons/partisan/stock-phrases.txt</c>, which any council or party writes, and runs of nothing but
/// party names, numbers and function words (a list of seats).
/// </summary>
public sealed class CorpusOverlapTest
{
    private static string Corpus => Path.Combine(RepositoryPaths.Lexicons, "partisan");

    // Parties a sentence may list beside those of party-names.txt, in the words a list of seats uses.
    private static readonly string[] MorePartyNames =
    [
        "Labour", "Green", "Independent", "Independents", "Alliance", "DUP", "Sinn Féin", "SDLP", "UUP", "Ulster Unionist",
        "Ulster Unionists", "TUV", "People Before Profit", "Scottish", "Welsh", "Residents' Association", "Reform",
    ];

    private static string RealSentences => Path.Combine(RepositoryPaths.Shared, "corpus", "partisan", "sentences.tsv");

    [Fact]
    public void Corpus_SharesNoFiveWordPhraseWithARealSentence_OutsideTheStockPhrases()
    {
        Assert.True(File.Exists(RealSentences), $"The real sentences are missing: expected {RealSentences} (the shared folder beside the repository).");
        var published = File.ReadLines(RealSentences).Skip(1).Select(line => line.Split('\t')).Where(cells => cells.Length >= 2).Select(cells => cells[1]);
        var phrases = new SharedPhrases(published, StockPhrases(), PartyNames());

        var copied = CorpusSentences()
            .Select(sentence => (Sentence: sentence, Shared: phrases.In(sentence)))
            .Where(found => found.Shared.Count > 0)
            .Select(found => $"\"{string.Join("\", \"", found.Shared)}\" in: {found.Sentence}")
            .ToList();

        Assert.True(copied.Count == 0, $"{copied.Count} corpus sentences share a phrase with a real sentence:\n" + string.Join('\n', copied.Take(40)));
    }

    [Fact]
    public void StockPhrases_AreEachAtLeastAShareableRunLong()
    {
        var tooShort = StockPhrases().Where(phrase => SharedPhrases.Words(phrase).Count < SharedPhrases.RunLength).ToList();

        Assert.Empty(tooShort);
    }

    private static IEnumerable<string> CorpusSentences() =>
        new[] { "train.tsv", "test.tsv" }
            .SelectMany(name => File.ReadLines(Path.Combine(Corpus, name)))
            .Select(line => line.Split('\t'))
            .Where(cells => cells.Length >= 2)
            .Select(cells => cells[1]);

    private static IEnumerable<string> PartyNames() =>
        File.ReadLines(Path.Combine(Corpus, "party-names.txt")).Where(line => line.Length > 0 && !line.StartsWith('#')).Concat(MorePartyNames);

    private static List<string> StockPhrases() =>
        File.ReadLines(Path.Combine(Corpus, "stock-phrases.txt"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .ToList();
}
