using System.Text.RegularExpressions;
using PublicityCheck.Documents;

namespace PublicityCheck.Text.Quotations;

/// <summary>
/// Finds the attribution of a quoted passage: in the clause before it (<c>Cllr Smith said:</c>, <c>according to
/// Jane Smith,</c>, or a paragraph ending <c>said:</c> just before it), or in the clause after it
/// (<c>, said Cllr Smith.</c>, <c>, she added.</c>, <c>– Jane Smith, Chief Executive</c>, <c>(Jane Smith, resident)</c>).
/// A clause that ends in a colon or a dash introduces speech without a verb when it opens with a name
/// (<c>The Chief Executive, Ann Lee, has expressed her thanks:</c>, <c>Cllr Smith –</c>).
/// </summary>
internal static partial class AttributionFinder
{
    // The most words between a speech verb and the quotation when they say what the speaker spoke of.
    private const int MaxTopicWords = 24;

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
                return ParseBefore(LastSentence(previous.Text, previous.Span.Start)) is { } introduced
                    ? introduced with { Where = AttributedBy.PreviousParagraph }
                    : null;
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
        if (Bracket().Match(fragment) is { Success: true } bracket)
        {
            return InBrackets(bracket.Groups["s"].Value, passage.Span.End + bracket.Groups["s"].Index);
        }

        var first = SentenceSplitter.Default.Split(fragment).FirstOrDefault();
        return first.Length == 0 ? null : ParseAfter(fragment.Substring(first.Start, first.Length), passage.Span.End + first.Start, OpensSentence(document, passage));
    }

    // "(Jane Smith, resident)", "(Audience member, Thursday's event)": the first part names the speaker, unless a
    // later part is a name and the first is not.
    private static Attribution? InBrackets(string text, int start)
    {
        var segments = text.Split(',');
        var chosen = 0;
        if (PersonNames.FindIn(segments[0]) is null)
        {
            var named = Array.FindIndex(segments, 1, s => PersonNames.FindIn(s) is { } n && n.Text.Length == s.Trim().Length);
            chosen = named < 0 ? 0 : named;
        }

        var offset = segments.Take(chosen).Sum(s => s.Length + 1);
        var segment = segments[chosen];
        var lead = segment.Length - segment.TrimStart().Length;
        var subject = segment.Trim();
        return subject.Length == 0 || !char.IsLetter(subject[0]) ? null : new Attribution(subject, start + offset + lead, Strong: true);
    }

    // Whether the passage starts its sentence: only white space, or the end of a sentence, before it in its block.
    private static bool OpensSentence(ReleaseDocument document, QuotedPassage passage)
    {
        var before = document.Text.AsSpan(passage.FirstBlock.Span.Start, passage.Span.Start - passage.FirstBlock.Span.Start).TrimEnd();
        return before.IsEmpty || before[^1] is '.' or '!' or '?' or '…' or ':';
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
            return text[^1] is ':' or '–' or '—' or '-' ? NamedIntroduction(text, clause.Start) : null;
        }

        var verb = verbs[^1];
        var rest = text[(verb.Index + verb.Length)..].Trim(' ', ':', ',', '–', '—', '-', '\n');
        var restWords = rest.Length == 0 ? 0 : rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (restWords > 8 && !(introduced && restWords <= MaxTopicWords && Topic().IsMatch(rest)))
        {
            // Past a few words the verb is likely another clause's ("said it would..."), unless what follows it is
            // what the speaker spoke of and the clause then hands over to the quotation ("Cllr Dale commented on the
            // budget and how the pandemic had hit the council, "...").
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

    // "Chief Executive Ann Lee, speaking for the trust, has expressed her thanks:": a clause with no speech verb
    // introduces speech when its first part is, or ends in, a person's name.
    private static Attribution? NamedIntroduction(string text, int start)
    {
        var comma = text.IndexOf(',', StringComparison.Ordinal);
        var head = (comma < 0 ? text[..^1] : text[..comma]).TrimEnd();
        var lead = head.Length - head.TrimStart().Length;
        head = head.Trim();
        if (head.Length == 0 || PersonNames.FindIn(head) is not { } name || !head.EndsWith(name.Text, StringComparison.Ordinal))
        {
            return null;
        }

        var subject = comma < 0 ? head : text[lead..].TrimEnd(':', '–', '—', '-', ' ');
        return new Attribution(subject, start + lead, Strong: true);
    }

    private static Attribution? ParseAfter(string text, int offset, bool opensSentence)
    {
        var i = 0;
        while (i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] is ','))
        {
            i++;
        }

        var body = text[i..].TrimEnd().TrimEnd('.', ';', ':');
        var dash = Dash().Match(body);
        if (dash.Success && opensSentence)
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

    // "commented on the budget and how...", "spoke about the plans", "said of the award": what a speaker spoke of.
    [GeneratedRegex(@"^(?:on|about|of|upon)\s", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Topic();

    [GeneratedRegex(@"\baccording\s+to\s+(?<s>[^:]+?)[\s,:–—-]*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AccordingTo();

    [GeneratedRegex(@"^according\s+to\s+(?<s>.+)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AccordingToAtStart();

    [GeneratedRegex(@"^[ \t]{0,3}\((?<s>[^()\n]{1,120})\)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Bracket();

    [GeneratedRegex(@"^(?:[–—]|-{1,2})\s*(?<s>\S.*)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Dash();

    [GeneratedRegex(@"(?:\s*\b(?:has|have|had|will|would|also|then|later|today|yesterday|further|simply|proudly|warmly)\b)*\s*,?\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Auxiliaries();
}
