using PublicityCheck.Diagnostics;
using PublicityCheck.Documents;
using PublicityCheck.Text;

namespace PublicityCheck.Analyzers.Phrases;

/// <summary>
/// The fix for an internal marking (PC0402): take it out. A line that holds nothing but markings, with the brackets
/// and separators around them ("**OFFICIAL-SENSITIVE**", "[INTERNAL ONLY | NOT FOR CIRCULATION]"), goes whole, its
/// markup and line break with it; a table cell or a Word header that holds nothing else is emptied. A marking set off at the start or end of a paragraph ("OFFICIAL-SENSITIVE: The
/// council...") or in brackets goes with what sets it off. Both are safe: a marking is never part of what a release
/// says. A marking inside a sentence ("the figures are for internal use only") is removed only by a person, who must
/// decide whether the material it marks may go out at all.
/// </summary>
internal static class MarkingRemoval
{
    private const string Separators = ":|-–—/";

    /// <summary>The fix for the marking at <paramref name="marking"/>, one of <paramref name="markings"/>' matches.</summary>
    public static SuggestedFix For(ReleaseDocument document, TextSpan marking, PhraseList markings)
    {
        var block = document.BlockAt(marking.Start);
        if (HoldsOnlyMarkings(block.Text, markings))
        {
            // A paragraph owns its lines; a table cell shares its line with the others, and a Word header's paragraph
            // belongs to the header, so there only the block's words go.
            return block.Kind is BlockKind.Paragraph or BlockKind.Heading or BlockKind.ListItem
                ? new SuggestedFix($"Remove the line '{block.Text.Trim()}'", [TextEdit.RemoveBlock(document, block)], isSafe: true)
                : SuggestedFix.Replace(document, block.Span, string.Empty, isSafe: true, title: $"Remove '{block.Text.Trim()}'");
        }

        var local = new TextSpan(marking.Start - block.Span.Start, marking.Length);
        var (span, setOff) = SetOff(block.Text, local);
        return SuggestedFix.Replace(document, new TextSpan(block.Span.Start + span.Start, span.Length), string.Empty, isSafe: setOff, title: $"Remove '{document.GetText(marking)}'");
    }

    private static bool HoldsOnlyMarkings(string text, PhraseList markings)
    {
        var rest = text.ToCharArray();
        foreach (var match in markings.Matches(text))
        {
            Array.Fill(rest, ' ', match.Start, match.Length);
        }

        return rest.All(c => char.IsWhiteSpace(c) || char.IsPunctuation(c) || char.IsSymbol(c));
    }

    // The marking with what sets it off, and whether anything does.
    private static (TextSpan Span, bool SetOff) SetOff(string text, TextSpan marking)
    {
        var start = marking.Start;
        var end = marking.End;
        if (start > 0 && end < text.Length && (text[start - 1], text[end]) is ('(', ')') or ('[', ']'))
        {
            start--;
            end++;
            return (start > 0 && text[start - 1] == ' ' ? TextSpan.FromBounds(start - 1, end) : end < text.Length && text[end] == ' ' ? TextSpan.FromBounds(start, end + 1) : TextSpan.FromBounds(start, end), true);
        }

        if (string.IsNullOrWhiteSpace(text[..start]) && SeparatorAfter(text, end) is { } after)
        {
            return (TextSpan.FromBounds(start, after), true);
        }

        if (string.IsNullOrWhiteSpace(text[end..]) && SeparatorBefore(text, start) is { } before)
        {
            return (TextSpan.FromBounds(before, end), true);
        }

        return (marking, false);
    }

    // "OFFICIAL-SENSITIVE: The..." — the separator and the spaces round it, up to the words that follow.
    private static int? SeparatorAfter(string text, int end)
    {
        var i = end;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        if (i >= text.Length || !Separators.Contains(text[i], StringComparison.Ordinal))
        {
            return null;
        }

        i++;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        return i;
    }

    // "... the council. – OFFICIAL-SENSITIVE": the separator and the spaces round it, back to the words before.
    private static int? SeparatorBefore(string text, int start)
    {
        var i = start;
        while (i > 0 && text[i - 1] == ' ')
        {
            i--;
        }

        if (i == 0 || !Separators.Contains(text[i - 1], StringComparison.Ordinal))
        {
            return null;
        }

        i--;
        while (i > 0 && text[i - 1] == ' ')
        {
            i--;
        }

        return i;
    }
}
