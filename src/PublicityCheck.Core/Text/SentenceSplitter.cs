using System.Collections.Frozen;
using System.Collections.Immutable;
using PublicityCheck.Documents;

namespace PublicityCheck.Text;

/// <summary>
/// Splits blocks into sentences the way a reader of a council press release would: a full stop, question mark or
/// exclamation mark (with any closing quotes or brackets after it) ends a sentence when a new one starts after it,
/// but not after a title (<c>Cllr.</c>, <c>Dr.</c>, <c>St.</c>), an initial (<c>J. Smith</c>), <c>e.g.</c> or
/// <c>No. 10</c>. A sentence never runs across blocks.
/// </summary>
internal sealed class SentenceSplitter
{
    /// <summary>The splitter with the built-in abbreviations.</summary>
    public static SentenceSplitter Default { get; } = new();

    // Abbreviations that are always followed by more of the same sentence (titles, "e.g.").
    private static readonly FrozenSet<string> NeverFinal = new[]
    {
        "cllr", "coun", "cc", "dr", "mr", "mrs", "ms", "mx", "prof", "rev", "revd", "st", "sr", "jr", "hon", "rt",
        "sgt", "insp", "supt", "ch", "cmdr", "capt", "col", "gen", "lt", "maj", "e.g", "i.e", "eg", "ie", "cf",
        "viz", "approx", "dept", "est", "fig", "inc", "nr", "tel", "vs", "v", "ref", "para", "paras", "vol", "op",
        "mt", "ft", "cl", "sch", "s", "ss", "pp", "p", "ed", "eds", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Abbreviations that end a sentence when a capitalised word that is not a day or month follows them.
    private static readonly FrozenSet<string> MaybeFinal = new[]
    {
        "a.m", "p.m", "am", "pm", "etc", "ltd", "plc", "co", "bros", "u.k", "u.s", "c.i.c",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> DaysAndMonths = new[]
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
        "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Splits every block of <paramref name="document"/> into sentences.</summary>
    public ImmutableArray<Sentence> Split(ReleaseDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        foreach (var block in document.Blocks)
        {
            foreach (var span in Split(block.Text))
            {
                var documentSpan = new TextSpan(block.Span.Start + span.Start, span.Length);
                sentences.Add(new Sentence(sentences.Count, block, documentSpan, document.GetText(documentSpan)));
            }
        }

        return sentences.ToImmutable();
    }

    /// <summary>The spans of the sentences in <paramref name="text"/>, trimmed of surrounding white space.</summary>
    public IEnumerable<TextSpan> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = SkipWhiteSpace(text, 0);
        var i = start;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is '.' or '!' or '?' or '…')
            {
                var end = i + 1;
                while (end < text.Length && text[end] is '.' or '!' or '?' or '…')
                {
                    end++;
                }

                while (end < text.Length && IsClosing(text[end]))
                {
                    end++;
                }

                if (IsBoundary(text, i, end))
                {
                    yield return Trimmed(text, start, end);
                    start = SkipWhiteSpace(text, end);
                    i = start;
                    continue;
                }

                i = end;
                continue;
            }

            i++;
        }

        if (start < text.Length)
        {
            var last = Trimmed(text, start, text.Length);
            if (last.Length > 0)
            {
                yield return last;
            }
        }
    }

    private static bool IsBoundary(string text, int mark, int end)
    {
        if (end >= text.Length)
        {
            return true;
        }

        if (!char.IsWhiteSpace(text[end]))
        {
            return false; // "2.5", "gov.uk", "?!" inside a word
        }

        var next = SkipWhiteSpace(text, end);
        if (next >= text.Length)
        {
            return true;
        }

        var nextChar = text[next];
        var startsSentence = char.IsUpper(nextChar) || char.IsDigit(nextChar) || IsOpening(nextChar);
        if (!startsSentence)
        {
            return false;
        }

        if (text[mark] != '.')
        {
            return true;
        }

        var word = WordBefore(text, mark);
        if (word.Length == 0)
        {
            return true;
        }

        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return false; // an initial: "Cllr J. Smith"
        }

        if (NeverFinal.Contains(word))
        {
            return false;
        }

        if (string.Equals(word, "no", StringComparison.OrdinalIgnoreCase))
        {
            return !char.IsDigit(nextChar); // "No. 10" but "the answer was no. Then..."
        }

        if (MaybeFinal.Contains(word))
        {
            return !DaysAndMonths.Contains(NextWord(text, next));
        }

        return true;
    }

    private static string WordBefore(string text, int mark)
    {
        var start = mark;
        while (start > 0 && (char.IsLetter(text[start - 1]) || (text[start - 1] == '.' && start - 2 >= 0 && char.IsLetter(text[start - 2]))))
        {
            start--;
        }

        return text[start..mark];
    }

    private static string NextWord(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return text[start..end];
    }

    private static bool IsClosing(char c) => c is '"' or '\'' or '”' or '’' or ')' or ']' or '»';

    private static bool IsOpening(char c) => c is '"' or '\'' or '“' or '‘' or '(' or '[' or '«' or '£' or '€' or '$';

    private static int SkipWhiteSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static TextSpan Trimmed(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return TextSpan.FromBounds(start, end);
    }
}
