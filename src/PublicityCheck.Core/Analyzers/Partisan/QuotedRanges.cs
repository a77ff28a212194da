using PublicityCheck.Documents;

namespace PublicityCheck.Analyzers.Partisan;

/// <summary>
/// The parts of one sentence inside quotation marks, by a simple local check until quotation detection lands:
/// curly quotes pair open with close; straight double quotes pair in order; a closing mark with no opening one in
/// the sentence quotes everything before it, and an opening mark with no closing one everything after it (a
/// quotation that runs over several sentences). Single quotes are not used, because they double as apostrophes.
/// </summary>
internal static class QuotedRanges
{
    public static List<TextSpan> Find(string sentence)
    {
        var ranges = new List<TextSpan>();
        var open = -1;
        var sawAny = false;
        for (var i = 0; i < sentence.Length; i++)
        {
            var c = sentence[i];
            var isOpening = c == '\u201C' || (c == '"' && open < 0 && !ClosesStraight(sentence, i, sawAny));
            var isClosing = c == '\u201D' || (c == '"' && !isOpening);
            if (isOpening)
            {
                open = i;
                sawAny = true;
            }
            else if (isClosing)
            {
                ranges.Add(open < 0 ? new TextSpan(0, i + 1) : new TextSpan(open, i - open + 1));
                open = -1;
                sawAny = true;
            }
        }

        if (open >= 0)
        {
            ranges.Add(new TextSpan(open, sentence.Length - open));
        }

        return ranges;
    }

    // A straight quote with no opening one before it in the sentence closes a quotation begun in an earlier sentence
    // when it follows text and is not followed by a word.
    private static bool ClosesStraight(string sentence, int i, bool sawAny) =>
        !sawAny && i > 0 && !char.IsWhiteSpace(sentence[i - 1]) && (i + 1 == sentence.Length || !char.IsLetterOrDigit(sentence[i + 1]));
}
