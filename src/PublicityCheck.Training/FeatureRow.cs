using Microsoft.ML.Data;

namespace PublicityCheck.Training;

/// <summary>A featurised sentence as ML.NET reads it.</summary>
internal sealed class FeatureRow
{
    public bool Label { get; set; }

    public string Group { get; set; } = string.Empty;

    /// <summary>How much the sentence counts in training (see <see cref="GroupWeights"/>).</summary>
    public float Weight { get; set; } = 1;

    public VBuffer<float> Features { get; set; }
}
