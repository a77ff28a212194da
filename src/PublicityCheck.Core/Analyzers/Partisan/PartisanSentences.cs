using System.Collections.Immutable;
using System.Globalization;
using PublicityCheck.Analysis;
using PublicityCheck.Classification;
using PublicityCheck.Diagnostics;
using PublicityCheck.Documents;
using PublicityCheck.Releases;
using PublicityCheck.Text.Quotations;

namespace PublicityCheck.Analyzers.Partisan;

/// <summary>
/// What the rules that report the classifier's verdicts (PC0201, PC0204) share: which sentences are scored, whose
/// words a sentence is, how confident a verdict is, in words, and what a finding carries.
/// </summary>
internal static class PartisanSentences
{
    /// <summary>
    /// The sentence of <paramref name="context"/> if the classifier reports it, scored by the release's model or, when
    /// the host gives one, by <paramref name="host"/>; null when it is not scored or scores under the threshold.
    /// </summary>
    public static Reported? ReportedSentence(SentenceAnalysisContext context, Func<IPartisanScorer>? host)
    {
        ArgumentNullException.ThrowIfNull(context);
        var sentence = context.Sentence;
        if (!IsScored(sentence.Text))
        {
            return null;
        }

        // Scoring alone is several times faster than explaining; only a sentence that is reported needs its reasons.
        var scorer = host?.Invoke() ?? context.Model.PartisanClassifier;
        var probability = host is null ? context.Model.PartisanScoreOf(sentence) : scorer.Score([sentence.Text])[0];
        return probability < scorer.Threshold ? null : new Reported(context, scorer, host is not null, QuotationOf(context.Model.Quotations, sentence));
    }

    /// <summary>The phrases of <paramref name="score"/> as a finding's message gives them.</summary>
    public static string Phrases(PartisanScore score) =>
        score.Reasons.IsEmpty ? "the sentence as a whole" : string.Join(", ", score.Reasons.Select(r => "\"" + r.Text + "\""));

    /// <summary>The properties every finding of the classifier carries: the probability (never in the message) and the phrases.</summary>
    public static ImmutableDictionary<string, string> Properties(PartisanScore score) =>
        ImmutableDictionary<string, string>.Empty
            .Add("score", score.Probability.ToString("0.0000", CultureInfo.InvariantCulture))
            .Add("phrases", string.Join("|", score.Reasons.Select(r => r.Text)));

    /// <summary>
    /// <paramref name="diagnostic"/>, asking to be raised to <paramref name="severity"/> when the release is published
    /// in a pre-election period, with the reason and the election's id; the driver's severity stage decides.
    /// </summary>
    public static Diagnostic RaisedInPeriod(Diagnostic diagnostic, ReleaseModel model, DiagnosticSeverity severity)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        ArgumentNullException.ThrowIfNull(model);
        if (model.PeriodInForce is not { } period)
        {
            return diagnostic;
        }

        var election = period.Election;
        return diagnostic with
        {
            Escalation = new DiagnosticEscalation(severity, $"in the pre-election period for {election.Name} of {ReleaseDates.Format(election.Poll)}"),
            Properties = diagnostic.Properties.Add("preElectionPeriod", election.Id),
        };
    }

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

    /// <summary>A sentence the classifier reports: the scorer that judged it, and the quotation it is in (null for the council's own words).</summary>
    public sealed record Reported(SentenceAnalysisContext Context, IPartisanScorer Scorer, bool Hosted, Quotation? Quotation)
    {
        /// <summary>How confident the verdict is in words, and why: the phrases whose removal lowers the score most.</summary>
        public PartisanScore Explain() => Hosted ? Scorer.Classify(Context.Sentence.Text) : Context.Model.ExplainPartisanScore(Context.Sentence);
    }
}
