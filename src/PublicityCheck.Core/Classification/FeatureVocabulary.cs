using System.Collections.Immutable;

namespace PublicityCheck.Classification;

/// <summary>
/// The n-grams a model knows, each with an index: word n-grams first, then character n-grams. A sentence becomes a
/// sparse vector of n-gram counts, each block (words, characters) scaled to unit length. The same code featurises
/// at training and at run time, so the two never drift apart.
/// </summary>
internal sealed class FeatureVocabulary
{
    private readonly Dictionary<string, int> _words;
    private readonly Dictionary<string, int> _chars;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _wordLookup;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _charLookup;

    /// <summary>Creates a vocabulary from its n-grams, in index order.</summary>
    /// <param name="settings">The n-gram lengths.</param>
    /// <param name="wordNgrams">Word n-grams, as normalised text (words separated by one space).</param>
    /// <param name="charNgrams">Character n-grams of normalised text (spaces included).</param>
    public FeatureVocabulary(FeatureSettings settings, IEnumerable<string> wordNgrams, IEnumerable<string> charNgrams)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(wordNgrams);
        ArgumentNullException.ThrowIfNull(charNgrams);
        Settings = settings;
        WordNgrams = [.. wordNgrams];
        CharNgrams = [.. charNgrams];
        _words = Index(WordNgrams, 0);
        _chars = Index(CharNgrams, WordNgrams.Length);
        _wordLookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        _charLookup = _chars.GetAlternateLookup<ReadOnlySpan<char>>();
        CharTable = new CharNgramTable(CharNgrams, WordNgrams.Length);
    }

    /// <summary>The n-gram lengths.</summary>
    public FeatureSettings Settings { get; }

    /// <summary>The word n-grams; the index of one is its position here.</summary>
    public ImmutableArray<string> WordNgrams { get; }

    /// <summary>The character n-grams; the index of one is <see cref="WordNgrams"/>' length plus its position here.</summary>
    public ImmutableArray<string> CharNgrams { get; }

    /// <summary>The number of features.</summary>
    public int Count => WordNgrams.Length + CharNgrams.Length;

    /// <summary>
    /// Builds a vocabulary from training sentences: every n-gram found in at least <paramref name="minCount"/> of
    /// them, in a stable (ordinal) order.
    /// </summary>
    public static FeatureVocabulary Build(IEnumerable<string> sentences, FeatureSettings settings, int minCount)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(settings);
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        var chars = new Dictionary<string, int>(StringComparer.Ordinal);
        var text = new NormalizedText();
        foreach (var sentence in sentences)
        {
            text.Load(sentence);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (start, length) in NgramSlices.Words(text, settings))
            {
                seen.Add("w" + new string(text.Chars.Slice(start, length)));
            }

            foreach (var (start, length) in NgramSlices.Characters(text, settings))
            {
                seen.Add("c" + new string(text.Chars.Slice(start, length)));
            }

            foreach (var key in seen)
            {
                var counts = key[0] == 'w' ? words : chars;
                counts[key[1..]] = counts.GetValueOrDefault(key[1..]) + 1;
            }
        }

        static IEnumerable<string> Kept(Dictionary<string, int> counts, int min) =>
            counts.Where(p => p.Value >= min).Select(p => p.Key).Order(StringComparer.Ordinal);
        return new FeatureVocabulary(settings, Kept(words, minCount), Kept(chars, minCount));
    }

    /// <summary>The features of <paramref name="sentence"/>: (index, value) pairs in index order.</summary>
    public IReadOnlyList<KeyValuePair<int, float>> Featurize(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var text = new NormalizedText();
        text.Load(sentence);
        var features = new List<KeyValuePair<int, float>>();
        AddBlock(features, CountSlices(text, NgramSlices.Words(text, Settings), _wordLookup));
        AddBlock(features, CountSlices(text, NgramSlices.Characters(text, Settings), _charLookup));
        features.Sort((a, b) => a.Key.CompareTo(b.Key));
        return features;
    }

    /// <summary>The character n-grams by hash, for scoring.</summary>
    internal CharNgramTable CharTable { get; }

    /// <summary>The word n-gram at <paramref name="span"/> of the normalised text, or -1.</summary>
    internal int WordIndex(ReadOnlySpan<char> span) => _wordLookup.TryGetValue(span, out var index) ? index : -1;

    /// <summary>The character n-gram at <paramref name="span"/> of the normalised text, or -1.</summary>
    internal int CharIndex(ReadOnlySpan<char> span) => _charLookup.TryGetValue(span, out var index) ? index : -1;

    private static Dictionary<int, int> CountSlices(NormalizedText text, IEnumerable<(int Start, int Length)> slices, Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup)
    {
        var counts = new Dictionary<int, int>();
        foreach (var (start, length) in slices)
        {
            if (lookup.TryGetValue(text.Chars.Slice(start, length), out var index))
            {
                counts[index] = counts.GetValueOrDefault(index) + 1;
            }
        }

        return counts;
    }

    private static void AddBlock(List<KeyValuePair<int, float>> features, Dictionary<int, int> counts)
    {
        var norm = Math.Sqrt(counts.Values.Sum(c => (double)c * c));
        foreach (var (index, count) in counts)
        {
            features.Add(new(index, (float)(count / norm)));
        }
    }

    private static Dictionary<string, int> Index(ImmutableArray<string> ngrams, int offset)
    {
        var index = new Dictionary<string, int>(ngrams.Length, StringComparer.Ordinal);
        for (var i = 0; i < ngrams.Length; i++)
        {
            index.Add(ngrams[i], offset + i);
        }

        return index;
    }
}
