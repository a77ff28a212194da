using System.Collections.Immutable;

namespace PublicityCheck.Classification;

/// <summary>What the classifier made of a sentence.</summary>
/// <param name="Probability">The calibrated probability that the sentence is party-political.</param>
/// <param name="IsPartisan">Whether <paramref name="Probability"/> reaches the model's threshold.</param>
/// <param name="Reasons">The phrases of the sentence that pushed the score up most, strongest first.</param>
public sealed record PartisanScore(double Probability, bool IsPartisan, ImmutableArray<PartisanReason> Reasons);
