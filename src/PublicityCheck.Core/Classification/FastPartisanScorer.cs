using System.Collections.Immutable;
using PublicityCheck.Configuration;
using PublicityCheck.Documents;

namespace PublicityCheck.Classification;

/// <summary>
/// The fast classifier (<see cref="ClassifierMode.Fast"/>): the n-gram model, with the frames the ensemble weighs
/// added to its log-odds at the ensemble's own weights: a credit claim (<see cref="CreditClaims"/>), a party's or a
/// candidate's own voice (<see cref="PartyVoice"/>) and, taking away, a reporter's account of an accusation
/// (<see cref="ReportedAccusation"/>; added, the council's own executive accusing another side). The frames are read from the words alone, in microseconds, so they cost the fast
/// classifier nothing it is chosen to avoid (no encoder, nothing to load), and they find what the n-gram model misses
/// most: a party credited with what a council does, in words a council's own news would use.
/// </summary>
/// <param name="ngrams">The n-gram model.</param>
/// <param name="weights">The log-odds each frame adds (0 reads none).</param>
internal sealed class FastPartisanScorer(PartisanModel ngrams, FrameWeights weights) : IPartisanScorer
{
    /// <summary>The n-gram model the frames are added to.</summary>
    public PartisanModel Ngrams { get; } = ngrams ?? throw new ArgumentNullException(nameof(ngrams));

    /// <summary>The log-odds each frame adds.</summary>
    public FrameWeights Weights { get; } = double.IsFinite(weights.CreditClaim) && double.IsFinite(weights.PartyVoice) && double.IsFinite(weights.ReportedAccusation)
        ? weights
        : throw new ArgumentOutOfRangeException(nameof(weights));

    /// <summary>The n-gram model's threshold: the frames only add to what it scores.</summary>
    public double Threshold => Ngrams.Threshold;

    /// <summary>The probability that <paramref name="sentence"/> is party-political.</summary>
    public double Score(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var probability = Ngrams.Score(sentence);
        var (_, _, added) = Frames(sentence);
        return added == 0 ? probability : LogOdds.ToProbability(LogOdds.Of(probability) + added);
    }

    /// <inheritdoc/>
    public IReadOnlyList<double> Score(IReadOnlyList<string> sentences) => PartisanModel.ScoreEach(sentences, Score);

    /// <inheritdoc/>
    PartisanScore IPartisanScorer.Classify(string sentence) => Classify(sentence);

    /// <summary>
    /// The probability, the verdict, and the phrases behind it: a frame that adds and holds first (it is a fixed weight,
    /// so it is what it adds), then the n-gram model's strongest phrases that do not overlap it. A reporter's account of
    /// an accusation only takes away, so it is never a phrase behind a verdict.
    /// </summary>
    /// <param name="sentence">The sentence.</param>
    /// <param name="maxReasons">How many phrases to give at most.</param>
    public PartisanScore Classify(string sentence, int maxReasons = 3)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var ngram = Ngrams.Classify(sentence, maxReasons);
        var (claim, voice, added) = Frames(sentence);
        if (added == 0)
        {
            return ngram;
        }

        var probability = LogOdds.ToProbability(LogOdds.Of(ngram.Probability) + added);
        var reasons = ImmutableArray.CreateBuilder<PartisanReason>(maxReasons);
        foreach (var (span, weight) in new[] { (claim, Weights.CreditClaim), (voice, Weights.PartyVoice) })
        {
            if (span is { } s && weight > 0 && reasons.Count < maxReasons && !reasons.Any(r => Overlaps(r, s.Start, s.Length)))
            {
                reasons.Add(new PartisanReason(sentence.Substring(s.Start, s.Length), s.Start, s.Length, weight));
            }
        }

        foreach (var reason in ngram.Reasons)
        {
            if (reasons.Count < maxReasons && !reasons.Any(r => Overlaps(r, reason.Start, reason.Length)))
            {
                reasons.Add(reason);
            }
        }

        return new PartisanScore(probability, probability >= Threshold, reasons.ToImmutable());
    }

    // The frames that hold, and the log-odds they add together (as the ensemble adds them); a frame whose weight is 0 is
    // never looked for.
    private (TextSpan? Claim, TextSpan? Voice, double Added) Frames(string sentence)
    {
        var claim = Weights.CreditClaim != 0 ? CreditClaims.Find(sentence) : null;
        var voice = Weights.PartyVoice != 0 ? PartyVoice.Find(sentence) : null;
        var report = Weights.ReportedAccusation != 0 ? ReportedAccusation.Reading(sentence) : 0;
        return (claim, voice, (claim is null ? 0 : Weights.CreditClaim) + (voice is null ? 0 : Weights.PartyVoice) + (report * Weights.ReportedAccusation));
    }

    private static bool Overlaps(PartisanReason reason, int start, int length) =>
        start < reason.Start + reason.Length && reason.Start < start + length;
}
