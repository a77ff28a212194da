using PublicityCheck.Documents;

namespace PublicityCheck.Text.Quotations;

/// <summary>
/// Gives a quotation in a heading (<c>‘We will rebuild’ – council leader</c>) the speaker of the quotation in the
/// body that it repeats or shortens, when the heading itself names no person: the one sharing the most words with
/// it, at least three and half of the heading quotation's words. A pull quote (a paragraph that is only a short
/// quotation, attributed to nobody: <c>“…a town centre people want to visit…”</c>) takes the speaker of the quotation it
/// repeats, which must hold nearly all of its words.
/// </summary>
internal static class HeadlineQuotes
{
    private const int HeadlineBlocks = 3;
    private const int MaxHeadlineQuotes = 4;

    // A pull quote is short, and a release has few: the rest are read as they are.
    private const int MaxPullQuoteWords = 30;
    private const int MaxPullQuotes = 8;

    public static void Attribute(ReleaseDocument document, List<Quotation> quotations)
    {
        var headlines = 0;
        for (var i = 0; i < quotations.Count && headlines < MaxHeadlineQuotes; i++)
        {
            var quotation = quotations[i];
            if (quotation.Span.Start >= document.Blocks[Math.Min(HeadlineBlocks, document.Blocks.Length) - 1].Span.End)
            {
                break;
            }

            if (!InHeading(document, quotation) || quotation.Speaker is { AttributedBy: not AttributedBy.SameSentence } or { Title: not null } || IsPerson(quotation.Speaker))
            {
                continue;
            }

            headlines++;
            var words = Words(quotation.Text.Length > 2000 ? quotation.Text[..2000] : quotation.Text);
            if (words.Count < 2)
            {
                continue;
            }

            Quotation? best = null;
            var bestShared = 0;
            foreach (var body in quotations)
            {
                if (body.Span.Start <= quotation.Span.Start || body.Speaker is null || InHeading(document, body))
                {
                    continue;
                }

                var shared = Words(body.Text.Length > 2000 ? body.Text[..2000] : body.Text).Count(words.Contains);
                if (shared > bestShared)
                {
                    (best, bestShared) = (body, shared);
                }
            }

            if (best is not null && bestShared >= Math.Min(3, words.Count) && bestShared * 2 >= words.Count)
            {
                var speaker = best.Speaker! with { NameSpan = null, How = AttributionKind.Continuation, AttributedBy = AttributedBy.LaterParagraph };
                quotations[i] = quotation with { Speaker = speaker };
            }
        }

        AttributePullQuotes(document, quotations);
    }

    private static void AttributePullQuotes(ReleaseDocument document, List<Quotation> quotations)
    {
        var pulls = 0;
        HashSet<string>?[]? bodyWords = null;
        for (var i = 0; i < quotations.Count && pulls < MaxPullQuotes; i++)
        {
            var quotation = quotations[i];
            if (quotation.Speaker is not null || quotation.Parts.Length != 1 || InHeading(document, quotation) || !QuotedParagraphs.FillsItsParagraph(document, quotation))
            {
                continue;
            }

            var words = Words(quotation.Text.Length > 2000 ? quotation.Text[..2000] : quotation.Text);
            if (words.Count < 2 || words.Count > MaxPullQuoteWords)
            {
                continue;
            }

            pulls++;
            Quotation? best = null;
            var bestShared = 0;
            // Each quotation's words are split once, however many pull quotes are compared with it.
            bodyWords ??= new HashSet<string>?[quotations.Count];
            for (var j = 0; j < quotations.Count; j++)
            {
                var body = quotations[j];
                if (j == i || body.Speaker is null)
                {
                    continue;
                }

                var shared = (bodyWords[j] ??= Words(body.Text.Length > 2000 ? body.Text[..2000] : body.Text)).Count(words.Contains);
                if (shared > bestShared)
                {
                    (best, bestShared) = (body, shared);
                }
            }

            // Nearly every word of it: a pull quote repeats what was said, cut but not reworded.
            if (best is not null && bestShared * 5 >= words.Count * 4)
            {
                var where = best.Span.Start > quotation.Span.Start ? AttributedBy.LaterParagraph : AttributedBy.PreviousParagraph;
                quotations[i] = quotation with { Speaker = best.Speaker! with { NameSpan = null, How = AttributionKind.Continuation, AttributedBy = where } };
            }
        }
    }

    // A heading among the release's first blocks: its headline or standfirst, not a crosshead further down.
    private static bool InHeading(ReleaseDocument document, Quotation quotation)
    {
        var block = document.BlockAt(quotation.Span.Start);
        return block is { Kind: BlockKind.Heading, Index: < HeadlineBlocks };
    }

    // A speaker the heading names as a person ("– Cllr Lee") keeps it; a description ("– council leader") does not.
    private static bool IsPerson(SpeakerMention? speaker) =>
        speaker is not null && PersonNames.FindIn(speaker.Name) is { } name && name.Text.Length == speaker.Name.Length;

    private static HashSet<string> Words(string text) =>
        [.. text.Split((char[])[' ', '\n', ',', '.', ';', ':', '!', '?', '‘', '’', '“', '”', '"', '\'', '…'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.ToLowerInvariant())];
}
