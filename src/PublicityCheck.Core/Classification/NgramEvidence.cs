using System.Collections.Immutable;

namespace PublicityCheck.Classification;

/// <summary>
/// Collects what each n-gram of a sentence added to its score and names the strongest phrases. A word n-gram counts
/// its own weight; a character n-gram's weight is shared among the words it touches, so that a phrase's evidence is
/// its weight plus that of its words' characters.
/// </summary>
internal sealed class NgramEvidence
{
    // Words that carry weight in the model but explain nothing to a reader ("when", "itself", "another", "our"):
    // English function words, pronouns, auxiliaries and quantifiers, and their contractions as the normalised text
    // spells them (apostrophes dropped: "dont", "theyre"). A reason is a content word or a phrase of them.
    private static readonly HashSet<string> FunctionWords = new(
        ["a", "about", "above", "after", "again", "against", "all", "almost", "along", "already", "also", "although",
        "always", "am", "among", "an", "and", "another", "any", "anybody", "anyone", "anything", "anyway", "are",
        "arent", "around", "as", "at", "away", "back", "be", "because", "been", "before", "being", "below",
        "beneath", "beside", "besides", "between", "beyond", "both", "but", "by", "can", "cannot", "cant", "could",
        "couldnt", "d", "did", "didnt", "do", "does", "doesnt", "doing", "done", "dont", "down", "during", "each",
        "either", "else", "enough", "even", "ever", "every", "everybody", "everyone", "everything", "except", "few",
        "for", "from", "further", "get", "gets", "getting", "got", "had", "hadnt", "has", "hasnt", "have", "havent",
        "having", "he", "her", "here", "hers", "herself", "hes", "him", "himself", "his", "how", "however", "i",
        "id", "if", "im", "in", "indeed", "inside", "instead", "into", "is", "isnt", "it", "its", "itself", "ive",
        "just", "least", "less", "lets", "like", "ll", "m", "many", "may", "me", "might", "mine", "more", "most",
        "much", "must", "my", "myself", "near", "neither", "never", "next", "no", "nobody", "none", "nor", "not",
        "nothing", "now", "of", "off", "often", "on", "once", "one", "only", "onto", "or", "other", "others",
        "otherwise", "ought", "our", "ours", "ourselves", "out", "over", "own", "per", "perhaps", "quite", "rather",
        "re", "s", "same", "several", "shall", "she", "shes", "should", "shouldnt", "since", "so", "some",
        "somebody", "someone", "something", "sometimes", "soon", "still", "such", "t", "than", "that", "thats",
        "the", "their", "theirs", "them", "themselves", "then", "there", "therefore", "theres", "these", "they",
        "theyd", "theyll", "theyre", "theyve", "thing", "things", "this", "those", "though", "through", "throughout",
        "thus", "till", "to", "together", "too", "toward", "towards", "under", "underneath", "unless", "until", "up",
        "upon", "us", "ve", "very", "via", "was", "wasnt", "we", "wed", "well", "were", "werent", "weve", "what",
        "whatever", "whats", "when", "whenever", "where", "whereas", "wherever", "whether", "which", "while", "who",
        "whoever", "whole", "whom", "whose", "why", "will", "with", "within", "without", "wont", "would", "wouldnt",
        "yet", "you", "youd", "youll", "your", "youre", "yours", "yourself", "yourselves", "youve"],
        StringComparer.Ordinal);

    private readonly NormalizedText _text;
    private readonly string _sentence;
    private readonly double[] _tokens;
    private readonly Dictionary<(int First, int Count), double> _phrases = [];

    public NgramEvidence(NormalizedText text, string sentence)
    {
        _text = text;
        _sentence = sentence;
        _tokens = new double[text.TokenCount];
        for (var t = 0; t < text.TokenCount; t++)
        {
            _phrases[(t, 1)] = 0;
        }
    }

    public void AddPhrase(int first, int count, double contribution) =>
        _phrases[(first, count)] = _phrases.GetValueOrDefault((first, count)) + contribution;

    public void AddCharacters(int start, int length, double contribution)
    {
        var end = start + length;
        var first = -1;
        var last = -1;
        for (var t = 0; t < _text.TokenCount && _text.TokenStart(t) < end; t++)
        {
            if (_text.TokenEnd(t) > start)
            {
                first = first < 0 ? t : first;
                last = t;
            }
        }

        if (first < 0)
        {
            return;
        }

        var share = contribution / (last - first + 1);
        for (var t = first; t <= last; t++)
        {
            _tokens[t] += share;
        }
    }

    public ImmutableArray<PartisanReason> Strongest(int max)
    {
        var ranked = _phrases
            .Select(p => (p.Key.First, p.Key.Count, Score: p.Value + Enumerable.Range(p.Key.First, p.Key.Count).Sum(t => _tokens[t])))
            .Where(p => p.Score > 0 && !IsFunctionWord(p.First) && !IsFunctionWord(p.First + p.Count - 1))
            .OrderByDescending(p => p.Score)
            .ThenBy(p => p.First);
        var taken = new bool[_tokens.Length];
        var reasons = ImmutableArray.CreateBuilder<PartisanReason>();
        foreach (var (first, count, score) in ranked)
        {
            if (reasons.Count == max)
            {
                break;
            }

            if (Enumerable.Range(first, count).Any(t => taken[t]))
            {
                continue;
            }

            for (var t = first; t < first + count; t++)
            {
                taken[t] = true;
            }

            var start = _text.OriginOf(_text.TokenStart(first));
            var end = _text.OriginOf(_text.TokenEnd(first + count - 1) - 1) + 1;
            reasons.Add(new PartisanReason(_sentence[start..end], start, end - start, score));
        }

        return reasons.ToImmutable();
    }

    /// <summary>Whether <paramref name="word"/>, lower-cased with its apostrophes dropped, explains nothing to a reader.</summary>
    internal static bool IsFunctionWord(ReadOnlySpan<char> word) => FunctionWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    // A phrase that starts or ends with a function word ("the previous", "delivered the") reads better without it.
    private bool IsFunctionWord(int token) => FunctionWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(_text.Tokens(token, 1));
}
