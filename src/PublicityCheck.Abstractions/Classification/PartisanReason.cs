namespace PublicityCheck.Classification;

/// <summary>A phrase of a sentence that pushed its partisan score up.</summary>
/// <param name="Text">The phrase as written in the sentence.</param>
/// <param name="Start">Where it starts in the sentence.</param>
/// <param name="Length">Its length in the sentence.</param>
/// <param name="Contribution">How much it added to the linear score.</param>
public sealed record PartisanReason(string Text, int Start, int Length, double Contribution);
