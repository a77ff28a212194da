namespace PublicityCheck.Training.Tuning;

/// <summary>The sizes of a BERT encoder: all-MiniLM-L6-v2's are <see cref="MiniLm"/>; tests use small ones.</summary>
internal sealed record EncoderShape(int Hidden, int Heads, int Intermediate, int Layers, int Vocabulary, int Positions)
{
    /// <summary>all-MiniLM-L6-v2: 6 layers of 384 units in 12 heads, 1,536 in the feed-forward step.</summary>
    public static readonly EncoderShape MiniLm = new(384, 12, 1536, 6, 30522, 512);

    /// <summary>The width of one attention head.</summary>
    public int HeadSize => Hidden / Heads;
}

/// <summary>
/// One transformer layer's weights, each matrix held [in × out] row-major as the ONNX export keeps it for MatMul. The
/// same type holds a layer's gradients and the optimiser's moments, so that all three line up tensor by tensor.
/// </summary>
internal sealed class LayerWeights
{
    /// <summary>The tensors' names within a layer, in the order <see cref="Tensors"/> gives them: the names of the published model's parameters, after <c>encoder.layer.N.</c>.</summary>
    public static readonly string[] Names =
    [
        "attention.self.query.weight", "attention.self.query.bias",
        "attention.self.key.weight", "attention.self.key.bias",
        "attention.self.value.weight", "attention.self.value.bias",
        "attention.output.dense.weight", "attention.output.dense.bias",
        "attention.output.LayerNorm.weight", "attention.output.LayerNorm.bias",
        "intermediate.dense.weight", "intermediate.dense.bias",
        "output.dense.weight", "output.dense.bias",
        "output.LayerNorm.weight", "output.LayerNorm.bias",
    ];

    public LayerWeights(EncoderShape shape)
    {
        Shape = shape;
        var h = shape.Hidden;
        var f = shape.Intermediate;
        Query = new float[h * h];
        QueryBias = new float[h];
        Key = new float[h * h];
        KeyBias = new float[h];
        Value = new float[h * h];
        ValueBias = new float[h];
        Output = new float[h * h];
        OutputBias = new float[h];
        AttentionNormScale = new float[h];
        AttentionNormShift = new float[h];
        Up = new float[h * f];
        UpBias = new float[f];
        Down = new float[f * h];
        DownBias = new float[h];
        NormScale = new float[h];
        NormShift = new float[h];
    }

    public EncoderShape Shape { get; }

    public float[] Query { get; }

    public float[] QueryBias { get; }

    public float[] Key { get; }

    public float[] KeyBias { get; }

    public float[] Value { get; }

    public float[] ValueBias { get; }

    /// <summary>The attention's output projection.</summary>
    public float[] Output { get; }

    public float[] OutputBias { get; }

    public float[] AttentionNormScale { get; }

    public float[] AttentionNormShift { get; }

    /// <summary>The feed-forward step's first matrix, hidden to intermediate.</summary>
    public float[] Up { get; }

    public float[] UpBias { get; }

    /// <summary>The feed-forward step's second matrix, intermediate to hidden.</summary>
    public float[] Down { get; }

    public float[] DownBias { get; }

    public float[] NormScale { get; }

    public float[] NormShift { get; }

    /// <summary>Every tensor, in the order of <see cref="Names"/>.</summary>
    public float[][] Tensors =>
    [
        Query, QueryBias, Key, KeyBias, Value, ValueBias, Output, OutputBias, AttentionNormScale, AttentionNormShift,
        Up, UpBias, Down, DownBias, NormScale, NormShift,
    ];

    /// <summary>How many numbers the layer holds.</summary>
    public long Count => Tensors.Sum(t => (long)t.Length);

    /// <summary>Sets every number to zero (a gradient's start).</summary>
    public void Clear()
    {
        foreach (var tensor in Tensors)
        {
            Array.Clear(tensor);
        }
    }

    /// <summary>A copy of this layer's numbers.</summary>
    public LayerWeights Clone()
    {
        var copy = new LayerWeights(Shape);
        var from = Tensors;
        var to = copy.Tensors;
        for (var i = 0; i < from.Length; i++)
        {
            from[i].CopyTo(to[i], 0);
        }

        return copy;
    }
}

/// <summary>A BERT encoder's weights: the embedding tables and their normalisation, then the layers.</summary>
internal sealed class EncoderWeights
{
    public EncoderWeights(EncoderShape shape)
    {
        Shape = shape;
        Words = new float[shape.Vocabulary * shape.Hidden];
        Positions = new float[shape.Positions * shape.Hidden];
        TokenType = new float[shape.Hidden];
        EmbeddingNormScale = new float[shape.Hidden];
        EmbeddingNormShift = new float[shape.Hidden];
        Layers = [.. Enumerable.Range(0, shape.Layers).Select(_ => new LayerWeights(shape))];
    }

    /// <summary>
    /// An encoder sharing <paramref name="source"/>'s embeddings and its layers below <paramref name="firstCopied"/>,
    /// with copies of its own of the layers from there up (the ones tuning changes).
    /// </summary>
    public EncoderWeights(EncoderWeights source, int firstCopied)
    {
        ArgumentNullException.ThrowIfNull(source);
        Shape = source.Shape;
        Words = source.Words;
        Positions = source.Positions;
        TokenType = source.TokenType;
        EmbeddingNormScale = source.EmbeddingNormScale;
        EmbeddingNormShift = source.EmbeddingNormShift;
        Layers = [.. source.Layers.Select((layer, i) => i < firstCopied ? layer : layer.Clone())];
    }

    public EncoderShape Shape { get; }

    /// <summary>The word-piece table, [vocabulary × hidden].</summary>
    public float[] Words { get; }

    /// <summary>The position table, [positions × hidden].</summary>
    public float[] Positions { get; }

    /// <summary>The first token type's row (every sentence is one segment).</summary>
    public float[] TokenType { get; }

    public float[] EmbeddingNormScale { get; }

    public float[] EmbeddingNormShift { get; }

    public LayerWeights[] Layers { get; }

    /// <summary>Weights drawn at random (normal, standard deviation <paramref name="scale"/>; normalisation scales near 1), for testing the arithmetic on small shapes.</summary>
    public static EncoderWeights Random(EncoderShape shape, int seed, float scale = 0.2f)
    {
        var random = new Random(seed);
        var weights = new EncoderWeights(shape);
        void Fill(float[] t, float centre)
        {
            for (var i = 0; i < t.Length; i++)
            {
                // Box-Muller: two uniforms to one normal.
                var u = 1 - random.NextDouble();
                var v = random.NextDouble();
                t[i] = centre + (scale * (float)(Math.Sqrt(-2 * Math.Log(u)) * Math.Cos(2 * Math.PI * v)));
            }
        }

        Fill(weights.Words, 0);
        Fill(weights.Positions, 0);
        Fill(weights.TokenType, 0);
        Fill(weights.EmbeddingNormScale, 1);
        Fill(weights.EmbeddingNormShift, 0);
        foreach (var layer in weights.Layers)
        {
            var names = LayerWeights.Names;
            var tensors = layer.Tensors;
            for (var i = 0; i < tensors.Length; i++)
            {
                Fill(tensors[i], names[i].EndsWith("LayerNorm.weight", StringComparison.Ordinal) ? 1 : 0);
            }
        }

        return weights;
    }
}
