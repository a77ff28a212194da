using System.Text.RegularExpressions;
using PublicityCheck.Documents;

namespace PublicityCheck.Text.Quotations;

/// <summary>
/// Tells quoted speech from quoted titles and scare quotes (<c>the "Love Your Park" scheme</c>, <c>so-called
/// "garden tax"</c>). Speech has an attribution, opens its paragraph, or is a sentence of four words or more; a
/// passage after <c>so-called</c>, <c>dubbed</c>, <c>known as</c> and the like never is, nor is a short title that
/// opens a sentence and runs on into it (<c>"Threads" brings together...</c>).
/// </summary>
internal static partial class SpeechTest
{
    public static bool IsSpeech(ReleaseDocument document, QuotedPassage passage, string inner, Attribution? attribution)
    {
        var block = passage.FirstBlock;
        var before = document.Text[block.Span.Start..passage.Span.Start];
        if (NameCue().IsMatch(before))
        {
            return false;
        }

        var words = inner.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length;
        if (attribution is not null)
        {
            return attribution.Strong || words >= 4;
        }

        var trimmed = inner.TrimEnd();
        if (string.IsNullOrWhiteSpace(before))
        {
            // A short title that opens a sentence ("Threads" brings together...) is a name, not speech.
            return words >= 4 || EndsClause(trimmed) || !RunsOnInSentence(document, passage);
        }

        return words >= 4 && trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '?' or '…';
    }

    private static bool EndsClause(string text) => text.Length > 0 && text[^1] is '.' or '!' or '?' or '…' or ',' or ';' or ':';

    private static bool RunsOnInSentence(ReleaseDocument document, QuotedPassage passage)
    {
        var end = passage.Span.End;
        return end + 1 < document.Text.Length && document.Text[end] == ' ' && char.IsLower(document.Text[end + 1]);
    }

    [GeneratedRegex(@"\b(?:so-called|so called|dubbed|called|named|entitled|titled|branded|nicknamed|known\s+as|termed|labelled|labeled|the\s+(?:phrase|word|words|slogan|theme|motto|title|term|hashtag))\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NameCue();
}
