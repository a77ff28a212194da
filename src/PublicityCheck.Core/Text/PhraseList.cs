using System.Collections.Immutable;
using PublicityCheck.Documents;

namespace PublicityCheck.Text;

/// <summary>
/// A list of phrases to find in text, as written in the word lists under <c>lexicons/</c>: one phrase a line,
/// <c>#</c> for comments. Phrases match whole words; a space in a phrase matches any run of spaces or hyphens; a
/// phrase written wholly in capitals matches only in capitals, any other ignores case. The phrases are held as a
/// tree of words and the text is cut into words once, so matching takes time in proportion to the text, whatever
/// the text or the phrases: nothing can backtrack.
/// </summary>
public sealed class PhraseList
{
    private readonly PhraseTree _tree = new();

    /// <summary>Creates a list from its phrases.</summary>
    public PhraseList(IEnumerable<string> phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        Phrases = [.. phrases.Select(p => p.Trim()).Where(p => p.Length > 0).Distinct(StringComparer.Ordinal)];
        foreach (var phrase in Phrases)
        {
            _tree.Add(phrase, matchCase: IsCapitals(phrase));
        }
    }

    /// <summary>
    /// The list of <paramref name="phrases"/>, built once and shared: for lists that come from configuration (ward
    /// names, candidates' names) and are matched against every release, where compiling each time would dominate.
    /// </summary>
    public static PhraseList Shared(IEnumerable<string> phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        var key = string.Join('\u0001', phrases);
        if (SharedLists.Count > MaxShared)
        {
            SharedLists.Clear(); // Configuration changes in a long-running host must not grow this for ever.
        }

        return SharedLists.GetOrAdd(key, k => new PhraseList(k.Split('\u0001')));
    }

    private const int MaxShared = 4096;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, PhraseList> SharedLists = new(StringComparer.Ordinal);

    /// <summary>The phrases.</summary>
    public ImmutableArray<string> Phrases { get; }

    /// <summary>Reads a list in the word-list format.</summary>
    public static PhraseList Parse(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return new PhraseList(content.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0 && !line.StartsWith('#')));
    }

    /// <summary>Reads a word list shipped inside this assembly (from <c>lexicons/</c>), by its path under <c>lexicons/</c>.</summary>
    public static PhraseList FromLexicon(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        return Parse(LexiconResources.ReadText(relativePath));
    }

    /// <summary>Every match in <paramref name="text"/>, in order; overlapping matches keep the earliest, longest.</summary>
    public IEnumerable<TextSpan> Matches(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return _tree.IsEmpty ? [] : MatchesOf(text);
    }

    private IEnumerable<TextSpan> MatchesOf(string text)
    {
        var tokens = WordTokens.Of(text);
        var i = 0;
        while (i < tokens.Count)
        {
            if (_tree.LongestAt(text, tokens, i, out var last))
            {
                yield return TextSpan.FromBounds(tokens.Items[i].Start, tokens.Items[last].End);
                i = last + 1;
            }
            else
            {
                i++;
            }
        }
    }

    internal static bool IsCapitals(string phrase) => phrase.Any(char.IsLetter) && !phrase.Any(char.IsLower);
}
