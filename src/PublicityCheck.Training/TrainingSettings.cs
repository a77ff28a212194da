using PublicityCheck.Classification;

namespace PublicityCheck.Training;

/// <summary>How the classifier is trained.</summary>
/// <param name="Features">The n-grams.</param>
/// <param name="MinCount">An n-gram is kept when at least this many training sentences hold it.</param>
/// <param name="L2">The L2 regularisation of the logistic regression.</param>
/// <param name="L1">The L1 regularisation.</param>
/// <param name="Folds">The number of cross-validation folds.</param>
/// <param name="Seed">The seed of every random choice.</param>
/// <param name="Threshold">The decision threshold when it is given; chosen from cross-validation when null.</param>
/// <param name="GroupWeighting">
/// How much a sentence's group (its template or shape) shrinks its weight: each sentence counts 1 / (size of its group)
/// to this power, scaled so that the weights average 1. 0 counts every sentence once.
/// </param>
internal sealed record TrainingSettings(FeatureSettings Features, int MinCount, float L2, float L1, int Folds, int Seed, double? Threshold = null, double GroupWeighting = 0)
{
    public static TrainingSettings Default(int seed) => new(FeatureSettings.Default, 2, 0.001f, 0f, 5, seed);
}
