using System.Numerics.Tensors;

namespace PublicityCheck.Training.Tuning;

/// <summary>
/// The encoder run over one sentence's word pieces, as ONNX Runtime runs the published model: embeddings, the layers,
/// then the mean over the tokens, normalised to unit length (the sentence vector the classifier reads).
/// </summary>
internal static class EncoderForward
{
    /// <summary>The embeddings of <paramref name="ids"/>, normalised: [T × hidden].</summary>
    public static float[] Embed(EncoderWeights weights, ReadOnlySpan<long> ids)
    {
        var h = weights.Shape.Hidden;
        if (ids.Length == 0 || ids.Length > weights.Shape.Positions)
        {
            throw new ArgumentException($"A sentence of {ids.Length} word pieces cannot be encoded: 1 to {weights.Shape.Positions}.", nameof(ids));
        }

        var sum = new float[ids.Length * h];
        for (var t = 0; t < ids.Length; t++)
        {
            var id = ids[t];
            if (id < 0 || id >= weights.Shape.Vocabulary)
            {
                throw new ArgumentException($"Word piece {id} is not in the vocabulary.", nameof(ids));
            }

            var row = sum.AsSpan(t * h, h);
            TensorPrimitives.Add(weights.Words.AsSpan((int)id * h, h), weights.Positions.AsSpan(t * h, h), row);
            TensorPrimitives.Add(row, weights.TokenType, row);
        }

        var output = new float[sum.Length];
        Kernels.LayerNorm(sum, weights.EmbeddingNormScale, weights.EmbeddingNormShift, output, new float[sum.Length], new float[ids.Length]);
        return output;
    }

    /// <summary>The output of the first <paramref name="layers"/> layers over <paramref name="ids"/>, without dropout.</summary>
    public static float[] Hidden(EncoderWeights weights, ReadOnlySpan<long> ids, int layers)
    {
        var x = Embed(weights, ids);
        var y = new float[x.Length];
        for (var i = 0; i < layers; i++)
        {
            LayerPass.Forward(weights.Layers[i], x, y);
            (x, y) = (y, x);
        }

        return x;
    }

    /// <summary>The sentence vector of <paramref name="ids"/>: every layer, then the pooled unit vector.</summary>
    public static float[] Encode(EncoderWeights weights, ReadOnlySpan<long> ids) =>
        Pool(Hidden(weights, ids, weights.Shape.Layers), weights.Shape.Hidden, out _);

    /// <summary>The mean of <paramref name="hidden"/>'s rows, scaled to unit length; <paramref name="length"/> is the mean's length before scaling.</summary>
    public static float[] Pool(ReadOnlySpan<float> hidden, int width, out float length)
    {
        var mean = new float[width];
        var rows = hidden.Length / width;
        for (var r = 0; r < rows; r++)
        {
            TensorPrimitives.Add(mean, hidden.Slice(r * width, width), mean);
        }

        TensorPrimitives.Divide(mean, rows, mean);
        length = TensorPrimitives.Norm(mean);
        if (length > 0)
        {
            TensorPrimitives.Divide(mean, length, mean);
        }

        return mean;
    }
}
