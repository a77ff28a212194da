using System.Collections.Immutable;
using PublicityCheck.Documents;

namespace PublicityCheck.Text.Quotations;

/// <summary>
/// Finds the quotations of speech in a release and who said them. Straight and curly, double and single marks;
/// apostrophes, quoted titles and scare quotes are left out. A quotation is attributed by the words before it
/// (<c>Cllr Smith said:</c>) or after it (<c>, said Cllr Smith.</c>); a pronoun refers to the last named speaker;
/// a quotation with no attribution that follows an attributed one in its paragraph, or opens the paragraph after
/// one, continues that speaker. Each speaker is named at their fullest as the release gives the name.
/// </summary>
internal sealed class QuotationExtractor
{
    /// <summary>The extractor with the built-in speech verbs and titles.</summary>
    public static QuotationExtractor Default { get; } = new();

    /// <summary>The quotations of speech in <paramref name="document"/>, in reading order.</summary>
    public ImmutableArray<Quotation> Extract(ReleaseDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var passages = QuoteScanner.Scan(document);
        var found = new List<(QuotedPassage Passage, string Inner, Attribution? Attribution)>();
        var speechEnd = 0;
        for (var i = 0; i < passages.Length; i++)
        {
            var passage = passages[i];
            var inner = string.Join("\n", passage.Parts.Select(document.GetText));
            var next = i + 1 < passages.Length ? passages[i + 1].Span.Start : document.Text.Length;
            var attribution = AttributionFinder.Before(document, passage, speechEnd) ?? AttributionFinder.After(document, passage, next);
            if (SpeechTest.IsSpeech(document, passage, inner, attribution))
            {
                found.Add((passage, inner, attribution));
                speechEnd = passage.Span.End;
            }
        }

        var speakers = new SpeakerResolver(document, found.Select(f => f.Attribution));
        var quotations = new List<Quotation>(found.Count);
        foreach (var (passage, inner, attribution) in found)
        {
            var speaker = speakers.Resolve(passage, attribution);
            var signatories = ImmutableArray<SpeakerMention>.Empty;
            if (speaker is null && speakers.SignedUnder(passage) is { Count: > 0 } signed)
            {
                speaker = signed[0];
                signatories = signed.Count > 1 ? [.. signed] : [];
                speakers.Assign(speaker);
            }

            quotations.Add(new Quotation(passage.Span, passage.Parts, inner, speaker) { Signatories = signatories, Repairs = passage.Repairs });
        }

        HeadlineQuotes.Attribute(document, quotations);
        StatementHeadings.Attribute(document, quotations);
        PublicVoices.Attribute(document, quotations);
        return [.. quotations];
    }
}
