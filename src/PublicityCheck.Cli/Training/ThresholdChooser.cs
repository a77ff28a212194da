namespace PublicityCheck.Cli.Training;

/// <summary>
/// Picks the decision threshold from out-of-fold predictions, favouring precision: the threshold from 0.50 to 0.95
/// with the best F0.5 (precision weighed twice as heavily as recall), never below even odds. A false alarm on a
/// neutral release costs the press office's trust in the tool more than a miss costs the Monitoring Officer, who
/// reads releases anyway; and real releases are mostly neutral, so false alarms weigh more than the balanced
/// corpus shows.
/// </summary>
internal static class ThresholdChooser
{
    public const double Beta = 0.5;

    public static double Choose(IReadOnlyList<(bool Label, double Probability)> outOfFold) =>
        Enumerable.Range(50, 46)
            .Select(step => step / 100.0)
            .MaxBy(threshold => Math.Round(BinaryMetrics.Measure(outOfFold, threshold).FBeta(Beta), 6));
}
