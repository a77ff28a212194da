namespace PublicityCheck.Text.Quotations;

/// <summary>
/// Tells quotation marks from apostrophes and inch marks by the characters around them. Double marks:
/// <c>"</c>, <c>“</c>, <c>”</c>; single marks: <c>'</c>, <c>‘</c>, <c>’</c>.
/// </summary>
internal static class QuoteMarks
{
    public static bool IsDouble(char c) => c is '"' or '“' or '”';

    public static bool IsSingle(char c) => c is '\'' or '‘' or '’';

    /// <summary>Whether the double mark at <paramref name="i"/> can open a quotation.</summary>
    public static bool OpensDouble(string text, int i) => text[i] switch
    {
        '“' => true,
        '"' or '”' => (OpensAfter(text, i) && FollowedByText(text, i)) || SpacedAfterColon(text, i),
        _ => false,
    };

    /// <summary>Whether the double mark at <paramref name="i"/> can close a quotation.</summary>
    public static bool ClosesDouble(string text, int i) => text[i] switch
    {
        '”' => true,
        '"' => i > 0 && !char.IsWhiteSpace(text[i - 1]),
        _ => false,
    };

    /// <summary>Whether the single mark at <paramref name="i"/> can open a quotation (not <c>'90s</c>, not <c>don't</c>).</summary>
    public static bool OpensSingle(string text, int i)
    {
        if (!IsSingle(text[i]) || IsApostrophe(text, i) || !FollowedByText(text, i))
        {
            return false;
        }

        return text[i] == '‘' || OpensAfter(text, i);
    }

    /// <summary>An apostrophe: between letters (<c>don't</c>, <c>St Wystan's</c>) or before a decade (<c>'90s</c>).</summary>
    public static bool IsApostrophe(string text, int i)
    {
        var before = i > 0 ? text[i - 1] : ' ';
        var after = i + 1 < text.Length ? text[i + 1] : ' ';
        if (char.IsLetterOrDigit(before) && char.IsLetter(after))
        {
            return true;
        }

        if (!char.IsLetterOrDigit(before) && char.IsDigit(after))
        {
            var j = i + 1;
            while (j < text.Length && char.IsDigit(text[j]))
            {
                j++;
            }

            return j < text.Length && text[j] == 's' && (j + 1 == text.Length || !char.IsLetter(text[j + 1]));
        }

        return false;
    }

    /// <summary>
    /// Where the single quotation opened before <paramref name="from"/> closes in <paramref name="text"/>, or -1.
    /// A mark after punctuation or before punctuation or a speech verb closes it at once; a mark that could be a
    /// plural possessive (<c>councillors’ work</c>) closes it only when no better mark comes before the next opening.
    /// </summary>
    public static int FindSingleClose(string text, int from)
    {
        var weak = -1;
        for (var k = from; k < text.Length; k++)
        {
            var c = text[k];
            if (c is not ('\'' or '’' or '‘'))
            {
                continue;
            }

            if (IsApostrophe(text, k))
            {
                continue;
            }

            if (c == '‘' || (c == '\'' && k > 0 && char.IsWhiteSpace(text[k - 1]) && FollowedByText(text, k)))
            {
                if (weak >= 0)
                {
                    return weak;
                }

                continue;
            }

            if (k == from || char.IsWhiteSpace(text[k - 1]))
            {
                continue;
            }

            if (IsStrongClose(text, k))
            {
                return k;
            }

            if (weak < 0)
            {
                weak = k;
            }
        }

        return weak;
    }

    private static bool IsStrongClose(string text, int k)
    {
        var before = text[k - 1];
        if (before is '.' or ',' or '!' or '?' or '…' or ';' or ':' or '-' or '–' or '—')
        {
            return true;
        }

        if (k + 1 >= text.Length)
        {
            return true;
        }

        var after = text[k + 1];
        if (after is '.' or ',' or ';' or ':' or '!' or '?' or ')' or '–' or '—' or '\n')
        {
            return true;
        }

        var next = k + 1;
        while (next < text.Length && text[next] == ' ')
        {
            next++;
        }

        return SpeechVerbs.StartsWithVerb(text.AsSpan(next));
    }

    private static bool OpensAfter(string text, int i) =>
        i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '—' or '–' or '-' or '/' or ':' or '“' or '‘' or '"' or '\'';

    // "He said: ” Visitors are ...": a mark with a space either side after a colon opens what follows, whichever way it
    // was typed, since nothing quoted ends in a colon; a space after a sentence's end ("... Saturday. ” The") does not.
    private static bool SpacedAfterColon(string text, int i)
    {
        var before = i - 1;
        while (before >= 0 && text[before] is ' ' or '\u00A0')
        {
            before--;
        }

        return before >= 0 && before < i - 1 && text[before] == ':' && i + 2 < text.Length && text[i + 1] is ' ' or '\u00A0' && char.IsLetter(text[i + 2]);
    }

    private static bool FollowedByText(string text, int i) => i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]);
}
