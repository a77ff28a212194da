using System.Numerics.Tensors;

namespace PublicityCheck.Classification;

/// <summary>
/// A small network over the sentence encoder's vector: one hidden layer of <see cref="Hidden"/> rectified linear units,
/// and one output, the log-odds that the sentence is partisan. Where the encoder's regression draws one plane through
/// the space, the network can bend its boundary round the places where a council's own promotion and a party's claim of
/// credit sit close together. A score is <see cref="Hidden"/> dot products of <see cref="Inputs"/> numbers, computed with
/// the processor's vector unit, and allocates nothing. Immutable and thread-safe.
/// </summary>
internal sealed class NetworkHead
{
    /// <summary>Hidden units a network may have at most (a file naming more is refused).</summary>
    public const int MaxHidden = 1_024;

    // The hidden layer's weights, unit after unit: Inputs numbers a unit.
    private readonly float[] _hiddenWeights;
    private readonly float[] _hiddenBiases;
    private readonly float[] _outputWeights;

    /// <summary>
    /// A network of <paramref name="hiddenBiases"/>.Length hidden units over vectors of <paramref name="inputs"/>
    /// numbers; <paramref name="hiddenWeights"/> holds each unit's <paramref name="inputs"/> weights in turn.
    /// </summary>
    public NetworkHead(int inputs, float[] hiddenWeights, float[] hiddenBiases, float[] outputWeights, float outputBias)
    {
        ArgumentNullException.ThrowIfNull(hiddenWeights);
        ArgumentNullException.ThrowIfNull(hiddenBiases);
        ArgumentNullException.ThrowIfNull(outputWeights);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(inputs);
        if (hiddenBiases.Length is 0 or > MaxHidden)
        {
            throw new ArgumentException($"A network has 1 to {MaxHidden} hidden units, not {hiddenBiases.Length}.", nameof(hiddenBiases));
        }

        if (hiddenWeights.Length != inputs * hiddenBiases.Length || outputWeights.Length != hiddenBiases.Length)
        {
            throw new ArgumentException($"Every one of the {hiddenBiases.Length} hidden units needs {inputs} weights, a bias and an output weight.", nameof(hiddenWeights));
        }

        if (!AllFinite(hiddenWeights) || !AllFinite(hiddenBiases) || !AllFinite(outputWeights) || !float.IsFinite(outputBias))
        {
            throw new ArgumentException("A network's weights are finite numbers.", nameof(hiddenWeights));
        }

        Inputs = inputs;
        _hiddenWeights = hiddenWeights;
        _hiddenBiases = hiddenBiases;
        _outputWeights = outputWeights;
        OutputBias = outputBias;
    }

    /// <summary>The length of the vectors it scores.</summary>
    public int Inputs { get; }

    /// <summary>How many hidden units it has.</summary>
    public int Hidden => _hiddenBiases.Length;

    /// <summary>The output's bias.</summary>
    public float OutputBias { get; }

    /// <summary>Hidden unit <paramref name="unit"/>: its weights, its bias and the weight of its output.</summary>
    public (ReadOnlyMemory<float> Weights, float Bias, float OutputWeight) Unit(int unit) =>
        (_hiddenWeights.AsMemory(unit * Inputs, Inputs), _hiddenBiases[unit], _outputWeights[unit]);

    /// <summary>The log-odds the network gives a sentence whose encoder vector is <paramref name="vector"/>.</summary>
    public double Score(ReadOnlySpan<float> vector)
    {
        if (vector.Length != Inputs)
        {
            throw new ArgumentException($"The vector has {vector.Length} numbers, not {Inputs}.", nameof(vector));
        }

        double score = OutputBias;
        var weights = _hiddenWeights.AsSpan();
        for (var unit = 0; unit < _hiddenBiases.Length; unit++)
        {
            var activation = TensorPrimitives.Dot(weights.Slice(unit * Inputs, Inputs), vector) + _hiddenBiases[unit];
            if (activation > 0)
            {
                score += _outputWeights[unit] * activation;
            }
        }

        return score;
    }

    private static bool AllFinite(float[] values)
    {
        foreach (var value in values)
        {
            if (!float.IsFinite(value))
            {
                return false;
            }
        }

        return true;
    }
}
