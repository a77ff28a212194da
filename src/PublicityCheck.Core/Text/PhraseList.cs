using System.Collections.Immutable;
using PublicityCheck.Documents;

namespace PublicityCheck.Text;

/// <summary>
/// A list of phrases to find in text, as written in the word lists under <c>lexicons/</c>: one phrase a line,
/// <c>#</c> for comments. Phrases match whole words; a space in a phrase matches any run of spaces or hyphens; a
/// phrase written wholly in capitals matches only in capitals, a phrase written after <c>=</c> only as written
/// (<c>=Labour</c> finds the party, not "the labour market"), any other ignores case. The phrases are held as a
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
            var (text, matchCase) = Entry(phrase);
            _tree.Add(text, matchCase);
        }
    }

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

    /// <summary>
    /// Every match in <paramref name="text"/>, as <see cref="Matches(string)"/>, over the words <paramref name="tokens"/>
    /// already cut from it: a reader that asks several lists of one sentence cuts it into words once.
    /// </summary>
    internal IEnumerable<TextSpan> Matches(string text, WordTokens tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        return _tree.IsEmpty ? [] : MatchesOf(text, tokens);
    }

    private IEnumerable<TextSpan> MatchesOf(string text) => MatchesOf(text, WordTokens.Of(text));

    private IEnumerable<TextSpan> MatchesOf(string text, WordTokens tokens)
    {
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

    /// <summary>
    /// A phrase as the tree holds it: its words, and whether it matches only as written (a phrase wholly in capitals,
    /// or one written after <c>=</c>, which is not part of it).
    /// </summary>
    internal static (string Text, bool MatchCase) Entry(string phrase) =>
        phrase.StartsWith('=') ? (phrase[1..].TrimStart(), true) : (phrase, IsCapitals(phrase));

    internal static bool IsCapitals(string phrase) => phrase.Any(char.IsLetter) && !phrase.Any(char.IsLower);
}
