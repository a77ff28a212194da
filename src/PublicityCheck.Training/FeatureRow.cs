using Microsoft.ML.Data;

namespace PublicityCheck.Training;

/// <summary>A featurised sentence as ML.NET reads it.</summary>
internal sealed class FeatureRow
{
    public bool Label { get; set; }

    public string Group { get; set; } = string.Empty;

    public VBuffer<float> Features { get; set; }
}
