namespace PublicityCheck.Classification;

/// <summary>Platt scaling, as ML.NET writes it: probability = 1 / (1 + exp(<see cref="Slope"/> × score + <see cref="Offset"/>)).</summary>
/// <param name="Slope">The slope (negative for a score that rises with the positive class).</param>
/// <param name="Offset">The offset.</param>
internal sealed record PlattCalibration(double Slope, double Offset)
{
    /// <summary>The probability for a linear <paramref name="score"/>.</summary>
    public double Probability(double score) => 1 / (1 + Math.Exp((Slope * score) + Offset));
}
