namespace PublicityCheck.Text;

/// <summary>
/// The phrases of a <see cref="PhraseList"/> as a tree of words: from each word, the words that may follow it
/// after a space or hyphen, and those that follow with nothing between ("Labour" then "'" then "s").
/// Words compare ignoring case; a phrase in capitals keeps its own spelling and is checked exactly at its end.
/// </summary>
internal sealed class PhraseTree
{
    private readonly Node _root = new();

    /// <summary>Whether the tree holds no phrase.</summary>
    public bool IsEmpty { get; private set; } = true;

    /// <summary>Adds <paramref name="phrase"/>; with <paramref name="matchCase"/> it matches only as written.</summary>
    public void Add(string phrase, bool matchCase)
    {
        var tokens = WordTokens.Cut(phrase);
        if (tokens.Count == 0)
        {
            return;
        }

        var node = _root;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens.Items[i];
            var children = i > 0 && !token.AfterGap ? node.Adjacent ??= NewMap() : node.Spaced ??= NewMap();
            var word = phrase.Substring(token.Start, token.Length);
            if (!children.TryGetValue(word, out var next))
            {
                next = new Node();
                children.Add(word, next);
            }

            node = next;
        }

        if (matchCase)
        {
            (node.Exact ??= []).Add([.. tokens.Items.Take(tokens.Count).Select(t => phrase.Substring(t.Start, t.Length))]);
        }
        else
        {
            node.AnyCase = true;
        }

        IsEmpty = false;
    }

    /// <summary>
    /// Whether a phrase starts at token <paramref name="first"/> of <paramref name="text"/>; if so,
    /// <paramref name="last"/> is the last token of the longest.
    /// </summary>
    public bool LongestAt(string text, WordTokens tokens, int first, out int last)
    {
        last = -1;
        var node = _root;
        for (var i = first; i < tokens.Count; i++)
        {
            var token = tokens.Items[i];
            var children = i > first && !token.AfterGap ? node.Adjacent : node.Spaced;
            if (children is null || !children.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text.AsSpan(token.Start, token.Length), out node))
            {
                break;
            }

            if (node.AnyCase || (node.Exact is { } exact && exact.Exists(words => IsWrittenAs(text, tokens, first, words))))
            {
                last = i;
            }
        }

        return last >= 0;
    }

    private static bool IsWrittenAs(string text, WordTokens tokens, int first, string[] words)
    {
        for (var k = 0; k < words.Length; k++)
        {
            var token = tokens.Items[first + k];
            if (!text.AsSpan(token.Start, token.Length).SequenceEqual(words[k]))
            {
                return false;
            }
        }

        return true;
    }

    private static Dictionary<string, Node> NewMap() => new(StringComparer.OrdinalIgnoreCase);

    private sealed class Node
    {
        public Dictionary<string, Node>? Spaced { get; set; }

        public Dictionary<string, Node>? Adjacent { get; set; }

        public bool AnyCase { get; set; }

        public List<string[]>? Exact { get; set; }
    }
}
