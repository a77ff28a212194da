namespace PublicityCheck.Training;

/// <summary>
/// Picks the decision threshold from out-of-fold predictions, favouring precision: the lowest threshold from 0.50
/// at which out-of-fold precision reaches <see cref="TargetPrecision"/>, or, if none does, the one with the best
/// F0.5. A false alarm on a neutral release costs the press office's trust in the tool more than a miss costs the
/// Monitoring Officer, who reads releases anyway; and real releases are mostly neutral, so false alarms weigh more
/// than the balanced corpus shows.
/// </summary>
internal static class ThresholdChooser
{
    public const double TargetPrecision = 0.97;

    public static double Choose(IReadOnlyList<(bool Label, double Probability)> outOfFold)
    {
        var candidates = Enumerable.Range(50, 46).Select(step => step / 100.0).ToList();
        foreach (var threshold in candidates)
        {
            if (BinaryMetrics.Measure(outOfFold, threshold).Precision >= TargetPrecision)
            {
                return threshold;
            }
        }

        return candidates.MaxBy(t => Math.Round(BinaryMetrics.Measure(outOfFold, t).FBeta(0.5), 6));
    }
}
