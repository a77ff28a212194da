namespace PublicityCheck.Classification;

/// <summary>
/// Probabilities to log-odds and back: the scale on which the ensemble adds its scores and frames, the fast classifier
/// adds the frames to the n-gram model, and an explanation measures what a phrase is worth.
/// </summary>
internal static class LogOdds
{
    /// <summary>The log-odds of <paramref name="probability"/>, held within <paramref name="clamp"/> of 0 and 1 so that certainty stays finite.</summary>
    public static double Of(double probability, double clamp = 1e-12)
    {
        var p = Math.Clamp(probability, clamp, 1 - clamp);
        return Math.Log(p / (1 - p));
    }

    /// <summary>The probability of <paramref name="logOdds"/> (the logistic function).</summary>
    public static double ToProbability(double logOdds) => 1 / (1 + Math.Exp(-logOdds));
}
