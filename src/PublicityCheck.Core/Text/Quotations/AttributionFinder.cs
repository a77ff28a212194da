using System.Text.RegularExpressions;
using PublicityCheck.Documents;

namespace PublicityCheck.Text.Quotations;

/// <summary>
/// Finds the attribution of a quoted passage: in the clause before it (<c>Cllr Smith said:</c>, <c>according to
/// Jane Smith,</c>, or a paragraph ending <c>said:</c> just before it), or in the clause after it
/// (<c>, said Cllr Smith.</c>, <c>, she added.</c>, <c>– Jane Smith, Chief Executive</c>).
/// </summary>
internal static partial class AttributionFinder
{
    /// <summary>The attribution before the passage; <paramref name="from"/> is where the text it may use starts.</summary>
    public static Attribution? Before(ReleaseDocument document, QuotedPassage passage, int from)
    {
        var block = passage.FirstBlock;
        var start = Math.Max(from, block.Span.Start);
        var fragment = document.Text[start..passage.Span.Start];
        if (string.IsNullOrWhiteSpace(fragment) && start == block.Span.Start && block.Index > 0)
        {
            // A header, footer or note does not introduce the body's quotations, nor the body a note's.
            var previous = document.Blocks[block.Index - 1];
            var text = previous.Text.TrimEnd();
            if ((text.EndsWith(':') || text.EndsWith(',')) && string.Equals(previous.Part, block.Part, StringComparison.Ordinal))
            {
                return ParseBefore(LastSentence(previous.Text, previous.Span.Start));
            }

            return null;
        }

        return ParseBefore(LastSentence(fragment, start));
    }

    /// <summary>The attribution after the passage, up to <paramref name="until"/> (the next passage, or the end of the block).</summary>
    public static Attribution? After(ReleaseDocument document, QuotedPassage passage, int until)
    {
        var end = Math.Min(until, passage.LastBlock.Span.End);
        if (end <= passage.Span.End)
        {
            return null;
        }

        var fragment = document.Text[passage.Span.End..end];
        var first = SentenceSplitter.Default.Split(fragment).FirstOrDefault();
        return first.Length == 0 ? null : ParseAfter(fragment.Substring(first.Start, first.Length), passage.Span.End + first.Start);
    }

    private static (string Text, int Start) LastSentence(string text, int offset)
    {
        var last = SentenceSplitter.Default.Split(text).LastOrDefault();
        return (text.Substring(last.Start, last.Length), offset + last.Start);
    }

    private static Attribution? ParseBefore((string Text, int Start) clause)
    {
        var text = clause.Text.TrimEnd();
        if (text.Length == 0 || text[^1] is '.' or '!' or '?' or '…' or ';' or ')')
        {
            return null;
        }

        var introduced = text[^1] is ':' or ',' or '–' or '—' or '-';
        var according = AccordingTo().Match(text);
        if (according.Success)
        {
            return new Attribution(according.Groups["s"].Value, clause.Start + according.Groups["s"].Index, Strong: true);
        }

        var verbs = SpeechVerbs.Verb.Matches(text);
        if (verbs.Count == 0)
        {
            return null;
        }

        var verb = verbs[^1];
        var rest = text[(verb.Index + verb.Length)..].Trim(' ', ':', ',', '–', '—', '-', '\n');
        var restWords = rest.Length == 0 ? 0 : rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (restWords > 8)
        {
            return null;
        }

        var subject = Auxiliaries().Replace(text[..verb.Index], string.Empty);
        var strong = introduced || restWords == 0 || rest is "that";
        if (string.IsNullOrWhiteSpace(subject))
        {
            // "Adding: ..." has no subject; "said Cllr Smith:" puts it after the verb.
            if (restWords == 0 || !introduced)
            {
                return null;
            }

            var restStart = text.IndexOf(rest, verb.Index + verb.Length, StringComparison.Ordinal);
            return new Attribution(rest, clause.Start + restStart, strong);
        }

        var lead = subject.Length - subject.TrimStart().Length;
        return new Attribution(subject.Trim(), clause.Start + lead, strong);
    }

    private static Attribution? ParseAfter(string text, int offset)
    {
        var i = 0;
        while (i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] is ','))
        {
            i++;
        }

        var body = text[i..].TrimEnd().TrimEnd('.', ';', ':');
        var dash = Dash().Match(body);
        if (dash.Success)
        {
            var after = dash.Groups["s"].Value;
            return SpeechVerbs.Verb.IsMatch(after) ? null : new Attribution(after, offset + i + dash.Groups["s"].Index, Strong: true);
        }

        var according = AccordingToAtStart().Match(body);
        if (according.Success)
        {
            return new Attribution(according.Groups["s"].Value, offset + i + according.Groups["s"].Index, Strong: true);
        }

        var verb = SpeechVerbs.Verb.Match(body);
        if (!verb.Success)
        {
            return null;
        }

        if (verb.Index == 0 || Auxiliaries().Replace(body[..verb.Index], string.Empty).Length == 0)
        {
            // "said Cllr Smith, Leader of the Council"
            var subjectStart = verb.Index + verb.Length;
            while (subjectStart < body.Length && body[subjectStart] == ' ')
            {
                subjectStart++;
            }

            var subject = body[subjectStart..];
            return subject.Length == 0 || subject.StartsWith("that", StringComparison.Ordinal) ? null : new Attribution(subject, offset + i + subjectStart, Strong: true);
        }

        // "she added", "Cllr Smith said, adding ...", "Jane Smith, Chief Executive, said"
        var before = Auxiliaries().Replace(body[..verb.Index], string.Empty).TrimEnd();
        var words = before.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var restAfter = body[(verb.Index + verb.Length)..].Trim();
        var restWords = restAfter.Length == 0 ? 0 : restAfter.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (words > 14 || (restWords > 5 && restAfter[0] != ','))
        {
            return null;
        }

        return new Attribution(before, offset + i, Strong: true);
    }

    [GeneratedRegex(@"\baccording\s+to\s+(?<s>[^:]+?)[\s,:–—-]*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AccordingTo();

    [GeneratedRegex(@"^according\s+to\s+(?<s>.+)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AccordingToAtStart();

    [GeneratedRegex(@"^(?:[–—]|-{1,2})\s*(?<s>\S.*)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Dash();

    [GeneratedRegex(@"(?:\s*\b(?:has|have|had|will|would|also|then|later|today|yesterday|further|simply|proudly|warmly)\b)*\s*,?\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Auxiliaries();
}
