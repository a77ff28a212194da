using System.Collections.Immutable;
using PublicityCheck.Documents;
using PublicityCheck.Text.Quotations;

namespace PublicityCheck.Analyzers.Partisan;

/// <summary>
/// What the rules that report the classifier's verdicts (PC0201, PC0204) share: which sentences are scored, whose
/// words a sentence is, and how confident a verdict is, in words.
/// </summary>
internal static class PartisanSentences
{
    /// <summary>
    /// Whether the classifier judges <paramref name="text"/>: a sentence of <see cref="PC0201PartisanSentence.MinimumWords"/>
    /// words or more that is not a line only naming people (a photograph's caption, which makes no claim).
    /// </summary>
    public static bool IsScored(string text) =>
        HasWords(text, PC0201PartisanSentence.MinimumWords) && !PeopleCaption.IsListOfPeople(text);

    /// <summary>
    /// How confident the classifier is, in words, for a sentence it reports: "very likely" in the upper half of the
    /// range from its threshold to certainty, "likely" below. Relative to the threshold, so that both words stay
    /// in use whatever threshold a retrained model chooses.
    /// </summary>
    public static string Confidence(double probability, double threshold) =>
        probability >= threshold + ((1 - threshold) / 2) ? "very likely" : "likely";

    /// <summary>The quotation that holds most of the sentence (a sentence that opens with "Cllr Reid said:" is still the quote), or null for the council's own words.</summary>
    public static Quotation? QuotationOf(ImmutableArray<Quotation> quotations, Sentence sentence)
    {
        var span = sentence.Span;
        foreach (var quotation in quotations)
        {
            var quoted = 0;
            foreach (var part in quotation.Parts)
            {
                quoted += Math.Max(0, Math.Min(part.End, span.End) - Math.Max(part.Start, span.Start));
            }

            if (quoted * 2 > span.Length)
            {
                return quotation;
            }
        }

        return null;
    }

    /// <summary>
    /// How a finding's advice names a speaker: by name ("Councillor Ann Hale"), or, where the release gives only a
    /// role ("said the Leader of the Council", a statement "from the Council Leader"), as "the" role.
    /// </summary>
    public static string Named(SpeakerMention speaker)
    {
        ArgumentNullException.ThrowIfNull(speaker);
        var name = speaker.Name.Trim();
        return PersonNames.FindIn(name) is not null || name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? name : "the " + name;
    }

    // Whether the text has at least 'minimum' words; stops counting there.
    private static bool HasWords(string text, int minimum)
    {
        var words = 0;
        for (var i = 0; i < text.Length && words < minimum; i++)
        {
            if (char.IsLetterOrDigit(text[i]) && (i == 0 || !char.IsLetterOrDigit(text[i - 1])))
            {
                words++;
            }
        }

        return words >= minimum;
    }
}
