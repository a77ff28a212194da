namespace PublicityCheck.Cli.Training;

/// <summary>
/// Picks the decision threshold from out-of-fold predictions, favouring precision: the threshold with the best
/// F0.5 (precision counted twice as heavily as recall), since a false alarm on a neutral release costs the press
/// office more trust than a missed one costs the Monitoring Officer, who reads releases anyway.
/// </summary>
internal static class ThresholdChooser
{
    public const double Beta = 0.5;

    public static double Choose(IReadOnlyList<(bool Label, double Probability)> outOfFold)
    {
        var best = 0.5;
        var bestScore = -1.0;
        for (var step = 30; step <= 95; step++)
        {
            var threshold = step / 100.0;
            var score = BinaryMetrics.Measure(outOfFold, threshold).FBeta(Beta);
            if (score > bestScore + 1e-9)
            {
                (best, bestScore) = (threshold, score);
            }
        }

        return best;
    }
}
