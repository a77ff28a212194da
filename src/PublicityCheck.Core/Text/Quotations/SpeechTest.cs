using System.Text.RegularExpressions;
using PublicityCheck.Documents;

namespace PublicityCheck.Text.Quotations;

/// <summary>
/// Tells quoted speech from quoted titles and scare quotes (<c>the "Love Your Park" scheme</c>, <c>so-called
/// "garden tax"</c>). Speech has an attribution, opens its paragraph, or is a sentence of four words or more; a
/// passage after <c>so-called</c>, <c>dubbed</c>, <c>known as</c> and the like never is, nor is a short title that
/// opens a sentence and runs on into it (<c>"Threads" brings together...</c>), a short crosshead that is a paragraph
/// of its own (<c>"Hugely popular"</c>), or written words quoted inside a sentence with no one said to speak them
/// (<c>the law says councils must not "publish any material which..."</c>).
/// </summary>
internal static partial class SpeechTest
{
    private const int LookBehind = 200;

    public static bool IsSpeech(ReleaseDocument document, QuotedPassage passage, string inner, Attribution? attribution)
    {
        // Only the words just before the mark are read, so a paragraph of many passages is not read again for each.
        var block = passage.FirstBlock;
        var opensBlock = document.Text.AsSpan(block.Span.Start, passage.Span.Start - block.Span.Start).IsWhiteSpace();
        var before = document.Text[Math.Max(block.Span.Start, passage.Span.Start - LookBehind)..passage.Span.Start];
        if (NameCue().IsMatch(before))
        {
            return false;
        }

        var words = inner.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length;
        var opening = inner.TrimStart();
        var inSentence = opening.Length > 0 && char.IsLower(opening[0]) && !EndsSentence(before);
        if (inSentence && (attribution is null || !BySomeone(attribution)))
        {
            // Written words quoted inside a sentence ("the sign says dogs must "keep to the path"") carry on its grammar.
            return false;
        }

        if (attribution is not null)
        {
            return attribution.Strong || words >= 4;
        }

        var trimmed = inner.TrimEnd();
        if (opensBlock && !EndsClause(trimmed) && RunsOnAsSubject(document, passage))
        {
            // A quoted name that is the subject of its sentence ("'Be kind to your town' is this year's theme") is a
            // title or a slogan, whatever its length: speech running on into a sentence runs on into its attribution.
            return false;
        }

        if (opensBlock)
        {
            // A short title that opens a sentence ("Threads" brings together...) is a name, not speech; a short
            // quotation that is a paragraph of its own, with no closing punctuation, is a crosshead.
            return words >= 4 || EndsClause(trimmed) || (!RunsOnInSentence(document, passage) && !IsWholeBlock(document, passage));
        }

        return words >= 4 && trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '?' or '…';
    }

    // A person, a pronoun or a spokesperson, not a notice or a report, is said to speak.
    private static bool BySomeone(Attribution attribution) =>
        SubjectParser.Parse(attribution) is { } subject
        && (subject.Person is not null || subject.IsPronoun || (subject.Other is { } other && Speaker().IsMatch(other)));

    private static bool EndsSentence(string before)
    {
        var text = before.TrimEnd();
        return text.Length == 0 || text[^1] is '.' or '!' or '?' or '…' or ':' or '–' or '—' or '-';
    }

    private static bool IsWholeBlock(ReleaseDocument document, QuotedPassage passage) =>
        passage.FirstBlock.Index == passage.LastBlock.Index
        && document.Text.AsSpan(passage.Span.End, passage.LastBlock.Span.End - passage.Span.End).IsWhiteSpace();

    private static bool EndsClause(string text) => text.Length > 0 && text[^1] is '.' or '!' or '?' or '…' or ',' or ';' or ':';

    // The passage runs on into its sentence with a word other than a speech verb: "... is", "... was chosen".
    private static bool RunsOnAsSubject(ReleaseDocument document, QuotedPassage passage)
    {
        if (!RunsOnInSentence(document, passage))
        {
            return false;
        }

        var after = document.Text.AsSpan(passage.Span.End + 1, Math.Min(40, document.Text.Length - passage.Span.End - 1));
        return !SpeechVerbs.StartsWithVerb(after) && !PronounThenVerb().IsMatch(after);
    }

    private static bool RunsOnInSentence(ReleaseDocument document, QuotedPassage passage)
    {
        var end = passage.Span.End;
        return end + 1 < document.Text.Length && document.Text[end] == ' ' && char.IsLower(document.Text[end + 1]);
    }

    // "'We will not stop' she said": speech whose comma was left out, followed by its speaker.
    [GeneratedRegex(@"^(?:he|she|they|we|i)\s", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PronounThenVerb();

    [GeneratedRegex(@"\b(?:spokes(?:person|man|woman)|representative|officer|resident|member|chair|leader|mayor|provost|director|manager|minister)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Speaker();

    [GeneratedRegex(@"\b(?:so-called|so called|dubbed|called|named|entitled|titled|branded|nicknamed|known\s+as|termed|labelled|labeled|the\s+(?:phrase|word|words|slogan|theme|motto|title|term|hashtag))\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NameCue();
}
