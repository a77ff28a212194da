using System.Text.RegularExpressions;
using PublicityCheck.Documents;

namespace PublicityCheck.Text.Quotations;

/// <summary>
/// Gives the quotations a release sets out as what members of the public said (<c>What you told us</c>,
/// <c>Comments from the survey included:</c>, <c>Here is what visitors said:</c>) to the people its lead-in names, so
/// that they are not reported as attributed to nobody. Only paragraphs that are each a whole quotation, attributed to
/// nobody, in an unbroken run straight after the lead-in, are given it; the lead-in must name the public and no
/// person or council post ("What the Leader said" is not a lead-in of this kind).
/// </summary>
internal static partial class PublicVoices
{
    // A lead-in is a heading or a short line; the run of quotations after it is of testimonials, not pages of them.
    private const int MaxLeadIn = 160;
    private const int MaxRun = 30;

    public static void Attribute(ReleaseDocument document, List<Quotation> quotations)
    {
        if (quotations.TrueForAll(q => q.Speaker is not null))
        {
            return;
        }

        // The blocks that are nothing but a quotation attributed to nobody, and those quotations; and the blocks that
        // are nothing but a quotation at all.
        var unattributed = new Dictionary<int, int>();
        var filled = new HashSet<int>();
        for (var i = 0; i < quotations.Count; i++)
        {
            if (quotations[i].Parts.Length == 1 && QuotedParagraphs.FillsItsParagraph(document, quotations[i]))
            {
                var block = document.BlockAt(quotations[i].Span.Start).Index;
                filled.Add(block);
                if (quotations[i].Speaker is null)
                {
                    unattributed.TryAdd(block, i);
                }
            }
        }

        var leadIns = new Dictionary<int, SpeakerMention?>();
        foreach (var (blockIndex, i) in unattributed)
        {
            var before = blockIndex - 1;
            while (before >= 0 && blockIndex - before <= MaxRun && unattributed.ContainsKey(before))
            {
                before--;
            }

            if (before < 0 || filled.Contains(before))
            {
                continue;
            }

            if (!leadIns.TryGetValue(before, out var speaker))
            {
                speaker = LeadIn(document.Blocks[before]);
                leadIns[before] = speaker;
            }

            if (speaker is not null)
            {
                quotations[i] = quotations[i] with { Speaker = speaker };
            }
        }
    }

    // The public the block introduces as speaking, or null when it is not such a lead-in.
    private static SpeakerMention? LeadIn(Block block)
    {
        var text = block.Text.Trim();
        if (text.Length is 0 or > MaxLeadIn || block.Kind is not (BlockKind.Heading or BlockKind.Paragraph) || Post().IsMatch(text) || PersonNames.FindIn(text) is not null)
        {
            return null;
        }

        if (!WhatTheyToldUs().IsMatch(text) && !TheyToldUs().IsMatch(text) && !CommentsHeading().IsMatch(text))
        {
            return null;
        }

        var name = text.TrimEnd(':', '.', ' ', '-', '–', '—');
        var at = block.Text.IndexOf(name, StringComparison.Ordinal);
        return new SpeakerMention(name, new TextSpan(block.Span.Start + at, name.Length), null, null, null, AttributionKind.Explicit)
        {
            AttributedBy = AttributedBy.PreviousParagraph,
        };
    }

    private const string Public =
        @"(?:you|people|local\s+people|residents|visitors|users|library\s+users|customers|parents|carers|pupils|children|young\s+people|"
        + @"participants|respondents|attendees|tenants|readers|families|members\s+of\s+the\s+public|the\s+public|the\s+community|"
        + @"shoppers|businesses|traders|volunteers|guests|patients|students|passengers|drivers|cyclists|walkers|fans|spectators|"
        + @"those\s+who\s+(?:came|took\s+part|attended|responded))";

    private const string Spoke = @"(?:told|tell|said|say|says|saying|think|thought|had\s+to\s+say|have\s+to\s+say|wrote|shared|commented|made\s+of\s+it|felt)";

    // "What you told us", "Here's what visitors said:", "What people are saying".
    [GeneratedRegex(@"^(?:here(?:['’]s|\s+is|\s+are)\s+|this\s+is\s+|see\s+)?(?:some\s+of\s+)?what\s+(?:some\s+)?" + Public + @"\b[\p{L}\s'’,-]{0,50}?\b" + Spoke + @"\b[\p{L}\s'’,-]{0,30}[:.]?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex WhatTheyToldUs();

    // "Residents told us:", "Some of those who took part said:".
    [GeneratedRegex(@"^(?:some\s+(?:of\s+)?|many\s+|one\s+of\s+the\s+|our\s+|local\s+)?" + Public + @"\s+(?:have\s+|had\s+|also\s+)?" + Spoke + @"\b[\p{L}\s'’,-]{0,40}:$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TheyToldUs();

    // "Comments from the survey included:", "Feedback from visitors", "Testimonials", "In their own words".
    [GeneratedRegex(@"^(?:(?:some\s+(?:of\s+(?:the\s+)?)?|a\s+selection\s+of\s+(?:the\s+)?|a\s+few\s+of\s+the\s+)?(?:your\s+|their\s+|public\s+|residents['’]\s+)?(?:comments|feedback|quotes|responses|reviews|testimonials|views|reactions)\b[\p{L}\s'’,-]{0,60}|in\s+their\s+own\s+words|your\s+views|you\s+said)\s*[:.]?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CommentsHeading();

    // A council post in a lead-in makes it someone's statement, not the public's.
    [GeneratedRegex(@"\b(?:Leader|Mayor|Provost|Councillors?|Cllr|Cabinet|Chief|Director|Officer|Chair(?:man|woman|person)?|Member|Minister|MP|MSP|MS|MLA|council\s+said|the\s+council)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Post();
}
