using System.Globalization;
using System.Text;

namespace PublicityCheck.Tests.Training.Corpus;

/// <summary>
/// Finds runs of words that a written sentence shares with a published one: the words of a sentence are its letters
/// and digits (accented letters included, an apostrophe inside a word kept, case and punctuation ignored), and a run is
/// <see cref="RunLength"/> words in a row. A run that lies inside a stock phrase (a phrase any council or party writes,
/// such as "the deadline to register to vote") is not counted, and nor is a run of only plain words (function words,
/// numbers and the names of parties, as in "5 Liberal Democrat and 9 Independent"), which says nothing of its own.
/// </summary>
internal sealed class SharedPhrases
{
    /// <summary>How many words in a row make a shared phrase.</summary>
    public const int RunLength = 5;

    private readonly Dictionary<string, string> _publishedRuns = new(StringComparer.Ordinal);
    private readonly HashSet<string> _stockRuns = new(StringComparer.Ordinal);
    private readonly HashSet<string> _plainWords = new(FunctionWords, StringComparer.Ordinal);

    public SharedPhrases(IEnumerable<string> publishedSentences, IEnumerable<string> stockPhrases, IEnumerable<string>? partyNames = null)
    {
        foreach (var name in partyNames ?? [])
        {
            _plainWords.UnionWith(Words(name));
        }

        foreach (var sentence in publishedSentences)
        {
            foreach (var run in Runs(sentence))
            {
                _publishedRuns.TryAdd(run, sentence);
            }
        }

        foreach (var phrase in stockPhrases)
        {
            _stockRuns.UnionWith(Runs(phrase));
        }
    }

    /// <summary>The runs of <paramref name="sentence"/> found in a published sentence and in no stock phrase.</summary>
    public IReadOnlyList<string> In(string sentence) =>
        Runs(sentence)
            .Where(run => _publishedRuns.ContainsKey(run) && !_stockRuns.Contains(run) && !IsPlain(run))
            .Distinct(StringComparer.Ordinal)
            .ToList();

    private static readonly string[] FunctionWords =
    [
        "a", "an", "and", "as", "at", "by", "for", "from", "in", "is", "are", "of", "on", "or", "the", "their", "to",
        "was", "were", "with",
    ];

    private bool IsPlain(string run) => run.Split(' ').All(word => _plainWords.Contains(word) || word.All(char.IsDigit));

    /// <summary>The words of <paramref name="text"/>, lower-cased, in order.</summary>
    public static IReadOnlyList<string> Words(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var normalized = text.Normalize(NormalizationForm.FormC);
        for (var i = 0; i < normalized.Length; i++)
        {
            var c = normalized[i];
            var isApostropheInsideWord = (c is '\'' or '\u2019') && word.Length > 0 && i + 1 < normalized.Length && char.IsLetter(normalized[i + 1]);
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLower(c, CultureInfo.InvariantCulture));
            }
            else if (isApostropheInsideWord)
            {
                word.Append('\'');
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    /// <summary>Every run of <see cref="RunLength"/> words in <paramref name="text"/>, as the words joined by spaces.</summary>
    public static IEnumerable<string> Runs(string text)
    {
        var words = Words(text);
        for (var start = 0; start + RunLength <= words.Count; start++)
        {
            yield return string.Join(' ', words.Skip(start).Take(RunLength));
        }
    }
}
