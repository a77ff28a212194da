namespace PublicityCheck.Text;

/// <summary>
/// The phrases of a <see cref="PhraseList"/> as a tree of words: from each word, the words that may follow it
/// after a space or hyphen, and those that follow with nothing between ("Labour" then "'" then "s").
/// Words compare ignoring case; a phrase in capitals keeps its own spelling and is checked exactly at its end.
/// </summary>
internal sealed class PhraseTree
{
    private readonly Node _root = new();

    // The first characters phrases start with, either case, so most words of a text are passed over without hashing.
    private readonly bool[] _startsAscii = new bool[128];
    private bool _startsOther;

    /// <summary>Whether the tree holds no phrase.</summary>
    public bool IsEmpty { get; private set; } = true;

    /// <summary>
    /// Adds <paramref name="phrase"/> to the list numbered <paramref name="list"/>; with <paramref name="matchCase"/>
    /// it matches only as written.
    /// </summary>
    public void Add(string phrase, bool matchCase, int list = 0)
    {
        var tokens = WordTokens.Cut(phrase);
        if (tokens.Count == 0)
        {
            return;
        }

        var initial = phrase[tokens.Items[0].Start];
        if (initial < 128)
        {
            _startsAscii[char.ToLowerInvariant(initial)] = true;
            _startsAscii[char.ToUpperInvariant(initial)] = true;
        }
        else
        {
            _startsOther = true;
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
            (node.Exact ??= []).Add(([.. tokens.Items.Take(tokens.Count).Select(t => phrase.Substring(t.Start, t.Length))], list));
        }
        else if (!(node.AnyCase ??= []).Contains(list))
        {
            node.AnyCase.Add(list);
        }

        IsEmpty = false;
        Lists = Math.Max(Lists, list + 1);
    }

    /// <summary>How many lists the tree holds phrases of.</summary>
    public int Lists { get; private set; }

    /// <summary>
    /// How many times each list's phrases occur in <paramref name="text"/>, counted as <see cref="LongestAt"/> would
    /// for that list alone: earliest first, longest at each place, no overlaps. A token marked in
    /// <paramref name="excluded"/> is part of no match.
    /// </summary>
    public int[] Count(string text, WordTokens tokens, bool[]? excluded = null)
    {
        var counts = new int[Lists];
        var free = new int[Lists]; // the first token each list may start a match at
        var longest = new int[Lists];
        for (var first = 0; first < tokens.Count; first++)
        {
            if (!MayStart(text, tokens, first) || (excluded is not null && excluded[first]))
            {
                continue;
            }

            Array.Fill(longest, -1);
            var node = _root;
            var any = false;
            for (var i = first; i < tokens.Count; i++)
            {
                node = excluded is not null && excluded[i] ? null : Next(node, text, tokens, first, i);
                if (node is null)
                {
                    break;
                }

                foreach (var list in node.AnyCase ?? [])
                {
                    longest[list] = i;
                    any = true;
                }

                foreach (var (words, list) in node.Exact ?? [])
                {
                    if (IsWrittenAs(text, tokens, first, words))
                    {
                        longest[list] = i;
                        any = true;
                    }
                }
            }

            if (!any)
            {
                continue;
            }

            for (var list = 0; list < longest.Length; list++)
            {
                if (longest[list] >= 0 && first >= free[list])
                {
                    counts[list]++;
                    free[list] = longest[list] + 1;
                }
            }
        }

        return counts;
    }

    /// <summary>
    /// Whether a phrase starts at token <paramref name="first"/> of <paramref name="text"/>; if so,
    /// <paramref name="last"/> is the last token of the longest.
    /// </summary>
    public bool LongestAt(string text, WordTokens tokens, int first, out int last)
    {
        last = -1;
        if (!MayStart(text, tokens, first))
        {
            return false;
        }

        Node? node = _root;
        for (var i = first; i < tokens.Count; i++)
        {
            node = Next(node, text, tokens, first, i);
            if (node is null)
            {
                break;
            }

            if (node.AnyCase is not null || (node.Exact is { } exact && exact.Exists(e => IsWrittenAs(text, tokens, first, e.Words))))
            {
                last = i;
            }
        }

        return last >= 0;
    }

    private bool MayStart(string text, WordTokens tokens, int first)
    {
        var c = text[tokens.Items[first].Start];
        if (c >= 128 && char.ToUpperInvariant(c) is var upper && upper < 128)
        {
            c = upper; // letters that compare equal to a plain one, ignoring case (the dotless i)
        }

        return c < 128 ? _startsAscii[c] : _startsOther;
    }

    private static Node? Next(Node node, string text, WordTokens tokens, int first, int i)
    {
        var token = tokens.Items[i];
        var children = i > first && !token.AfterGap ? node.Adjacent : node.Spaced;
        return children is not null && children.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text.AsSpan(token.Start, token.Length), out var next) ? next : null;
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

        public List<int>? AnyCase { get; set; }

        public List<(string[] Words, int List)>? Exact { get; set; }
    }
}
