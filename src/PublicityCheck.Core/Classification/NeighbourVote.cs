using System.Numerics.Tensors;

namespace PublicityCheck.Classification;

/// <summary>
/// A vote of the training sentences nearest in meaning: the sentence encoder's vectors of every training sentence,
/// with its label and weight, and for a new sentence the weighted share of partisan sentences among its
/// <see cref="K"/> nearest (by cosine), as log-odds. Where a linear regression over the vectors draws one boundary
/// through the whole space, the vote follows the corpus's local shape: a plain report of who runs a council sits among
/// other plain reports, whatever party words it shares with an attack. The vectors are kept as 8-bit integers with a
/// scale each in the model file (a quarter of the size, and the same figures on the real sentences as full precision). Immutable and
/// thread-safe.
/// </summary>
internal sealed class NeighbourVote
{
    // The vote is smoothed as if one partisan and one neutral neighbour of weight 1 had voted too, so that a unanimous
    // vote is a large score, not an infinite one.
    private const double Prior = 1;

    private readonly sbyte[] _rows;
    private readonly float[] _scales;

    // The stored vectors as floats, each times its scale: four times the memory of the stored form (about 11 MB for
    // the shipped corpus), for a similarity the processor's vector unit computes directly.
    private readonly float[] _vectors;
    private readonly bool[] _labels;
    private readonly float[] _weights;

    /// <summary>A vote over <paramref name="scales"/>.Length sentences, whose vectors are <paramref name="rows"/>, row after row.</summary>
    public NeighbourVote(int k, int dimensions, sbyte[] rows, float[] scales, bool[] labels, float[] weights)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(scales);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(k);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(dimensions);
        if (rows.Length != scales.Length * dimensions || labels.Length != scales.Length || weights.Length != scales.Length)
        {
            throw new ArgumentException("Every sentence needs one vector, one scale, one label and one weight.", nameof(rows));
        }

        if (scales.Length == 0)
        {
            throw new ArgumentException("A vote needs at least one sentence.", nameof(scales));
        }

        K = Math.Min(k, scales.Length);
        Dimensions = dimensions;
        _rows = rows;
        _scales = scales;
        _vectors = new float[rows.Length];
        for (var i = 0; i < scales.Length; i++)
        {
            var scale = scales[i];
            for (var d = i * dimensions; d < (i + 1) * dimensions; d++)
            {
                _vectors[d] = rows[d] * scale;
            }
        }

        _labels = labels;
        _weights = weights;
    }

    /// <summary>How many of the nearest sentences vote.</summary>
    public int K { get; }

    /// <summary>The length of every vector.</summary>
    public int Dimensions { get; }

    /// <summary>How many sentences can vote.</summary>
    public int Count => _scales.Length;

    /// <summary>Sentence <paramref name="index"/>'s vector as stored: its 8-bit components and their scale.</summary>
    public (ReadOnlyMemory<sbyte> Components, float Scale, bool IsPartisan, float Weight) Row(int index) =>
        (_rows.AsMemory(index * Dimensions, Dimensions), _scales[index], _labels[index], _weights[index]);

    /// <summary>
    /// Builds a vote from full-precision vectors (unit length, as the encoder gives them), quantising each to 8 bits
    /// with a scale of its own: the largest component maps to ±127.
    /// </summary>
    public static NeighbourVote Build(int k, IReadOnlyList<(bool IsPartisan, float[] Vector, float Weight)> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        if (sentences.Count == 0)
        {
            throw new ArgumentException("A vote needs at least one sentence.", nameof(sentences));
        }

        var dimensions = sentences[0].Vector.Length;
        var rows = new sbyte[sentences.Count * dimensions];
        var scales = new float[sentences.Count];
        for (var i = 0; i < sentences.Count; i++)
        {
            var vector = sentences[i].Vector;
            if (vector.Length != dimensions)
            {
                throw new ArgumentException($"Sentence {i}'s vector has {vector.Length} numbers, not {dimensions}.", nameof(sentences));
            }

            var largest = 0f;
            foreach (var value in vector)
            {
                largest = Math.Max(largest, Math.Abs(value));
            }

            scales[i] = largest / 127;
            for (var d = 0; d < dimensions; d++)
            {
                rows[(i * dimensions) + d] = largest == 0 ? (sbyte)0 : (sbyte)Math.Round(vector[d] / scales[i]);
            }
        }

        return new NeighbourVote(k, dimensions, rows, scales, [.. sentences.Select(s => s.IsPartisan)], [.. sentences.Select(s => s.Weight)]);
    }

    /// <summary>
    /// The log-odds that a sentence with <paramref name="vector"/> is partisan by the vote of its <see cref="K"/> nearest
    /// sentences: log((weight of partisan neighbours + 1) / (weight of neutral neighbours + 1)).
    /// </summary>
    public double Score(ReadOnlySpan<float> vector)
    {
        if (vector.Length != Dimensions)
        {
            throw new ArgumentException($"The vector has {vector.Length} numbers, not {Dimensions}.", nameof(vector));
        }

        // The nearest K so far, the least similar on top.
        var nearest = new PriorityQueue<int, float>(K + 1);
        for (var i = 0; i < _scales.Length; i++)
        {
            var similarity = TensorPrimitives.Dot(_vectors.AsSpan(i * Dimensions, Dimensions), vector);
            if (nearest.Count < K)
            {
                nearest.Enqueue(i, similarity);
            }
            else if (nearest.TryPeek(out _, out var least) && similarity > least)
            {
                nearest.DequeueEnqueue(i, similarity);
            }
        }

        double partisan = Prior, neutral = Prior;
        while (nearest.TryDequeue(out var i, out _))
        {
            if (_labels[i])
            {
                partisan += _weights[i];
            }
            else
            {
                neutral += _weights[i];
            }
        }

        return Math.Log(partisan / neutral);
    }
}
