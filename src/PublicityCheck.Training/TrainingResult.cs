using PublicityCheck.Classification;

namespace PublicityCheck.Training;

/// <summary>What a training run made and measured.</summary>
internal sealed record TrainingResult(
    TrainingSettings Settings,
    PartisanModel Model,
    int TrainCount,
    int TestCount,
    BinaryMetrics CrossValidation,
    BinaryMetrics CrossValidationAtHalf,
    BinaryMetrics Test,
    BinaryMetrics TestAtHalf,
    BinaryMetrics Baseline,
    double ParityError,
    IReadOnlyList<(double Threshold, BinaryMetrics Metrics)> ThresholdTable,
    Action<string> SaveMlNetModel);
