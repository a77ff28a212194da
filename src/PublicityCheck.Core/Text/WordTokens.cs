using System.Globalization;

namespace PublicityCheck.Text;

/// <summary>
/// A text cut into the tokens phrase lists match: runs of word characters (letters, digits, combining marks,
/// underscores) and single other characters (punctuation, symbols; a surrogate pair is one token). Spaces and
/// hyphens are not tokens: a token only records whether any came before it.
/// </summary>
internal sealed class WordTokens
{
    // The last few texts cut, per thread: every phrase list in a rule family is matched against the same block or
    // document text in turn, and cutting it once serves them all. Very long texts are not kept, so that a pool
    // thread of a long-running host never holds a large document alive.
    [ThreadStatic]
    private static (string? Text, WordTokens? Tokens)[]? _recent;

    private const int Remembered = 4;

    private const int LongestRemembered = 200_000;

    private WordTokens(WordToken[] items, int count)
    {
        Items = items;
        Count = count;
    }

    /// <summary>The tokens, in order; only the first <see cref="Count"/> are used.</summary>
    public WordToken[] Items { get; }

    /// <summary>How many tokens there are.</summary>
    public int Count { get; }

    /// <summary>
    /// The index of the token holding offset <paramref name="offset"/> (between tokens, the one before it; before the first,
    /// the first) or, with <paramref name="after"/>, of the first token starting at or after it (<see cref="Count"/> when
    /// none does). A binary search, so a frame's words are found in time logarithmic in the text.
    /// </summary>
    public int IndexAt(int offset, bool after = false)
    {
        int low = 0, high = Count - 1, found = Count;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            var token = Items[mid];
            if (!after && offset >= token.Start && offset < token.End)
            {
                return mid;
            }

            if (token.Start >= offset)
            {
                found = mid;
                high = mid - 1;
            }
            else
            {
                low = mid + 1;
            }
        }

        return after ? found : Math.Max(0, found - 1);
    }

    /// <summary>The tokens of <paramref name="text"/>, cut once and remembered for the next few calls on this thread.</summary>
    public static WordTokens Of(string text)
    {
        if (text.Length > LongestRemembered)
        {
            return Cut(text);
        }

        var recent = _recent ??= new (string?, WordTokens?)[Remembered];
        for (var i = 0; i < recent.Length; i++)
        {
            if (ReferenceEquals(recent[i].Text, text))
            {
                return recent[i].Tokens!;
            }
        }

        var tokens = Cut(text);
        Array.Copy(recent, 0, recent, 1, recent.Length - 1);
        recent[0] = (text, tokens);
        return tokens;
    }

    /// <summary>Cuts <paramref name="text"/> into tokens.</summary>
    public static WordTokens Cut(ReadOnlySpan<char> text)
    {
        var items = new WordToken[Math.Max(4, text.Length / 4)];
        var count = 0;
        var gap = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsSeparator(c))
            {
                gap = true;
                i++;
                continue;
            }

            var start = i;
            if (IsWordCharacter(c))
            {
                while (i < text.Length && IsWordCharacter(text[i]))
                {
                    i++;
                }
            }
            else
            {
                i += char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            }

            if (count == items.Length)
            {
                Array.Resize(ref items, items.Length * 2);
            }

            items[count++] = new WordToken(start, i - start, gap);
            gap = false;
        }

        return new WordTokens(items, count);
    }

    /// <summary>
    /// Whether token <paramref name="index"/> is a word rather than punctuation or a symbol; false for an index outside
    /// the tokens, so a frame can look a word before or after a match without checking the bounds first.
    /// </summary>
    /// <param name="text">The text these are the tokens of.</param>
    /// <param name="index">The token's index.</param>
    public bool IsWordAt(string text, int index) => index >= 0 && index < Count && IsWordCharacter(text[Items[index].Start]);

    /// <summary>The characters of token <paramref name="index"/> of <paramref name="text"/>, the text these are the tokens of.</summary>
    public ReadOnlySpan<char> TextAt(string text, int index) => text.AsSpan(Items[index].Start, Items[index].Length);

    /// <summary>Whether <paramref name="c"/> separates words of a phrase: a space of any kind or a hyphen or dash.</summary>
    public static bool IsSeparator(char c) => char.IsWhiteSpace(c) || c is '-' or '‐' or '‑' or '–';

    /// <summary>Whether <paramref name="c"/> is part of a word, as a regular expression's <c>\w</c> sees it.</summary>
    public static bool IsWordCharacter(char c) =>
        char.IsAsciiLetterOrDigit(c) || c == '_'
        || (c > 0x7F && (char.IsLetterOrDigit(c)
            || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.ConnectorPunctuation));
}

/// <summary>A token of a <see cref="WordTokens"/>.</summary>
/// <param name="Start">Offset of its first character.</param>
/// <param name="Length">Its length.</param>
/// <param name="AfterGap">Whether spaces or hyphens come between it and the token before.</param>
internal readonly record struct WordToken(int Start, int Length, bool AfterGap)
{
    /// <summary>The offset just past it.</summary>
    public int End => Start + Length;
}
