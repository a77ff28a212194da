using System.Diagnostics;
using System.Numerics.Tensors;

namespace PublicityCheck.Training.Tuning;

/// <summary>How the encoder is fine-tuned: the settings measured best on the real development sentences (see docs/partisan-classifier.md).</summary>
internal sealed record TuningSettings
{
    /// <summary>How many of the encoder's top layers change; the rest, and the embeddings, stay as published.</summary>
    public int Layers { get; init; } = 2;

    /// <summary>Passes over the training sentences.</summary>
    public int Epochs { get; init; } = 1;

    /// <summary>The encoder's peak learning rate (AdamW), reached after the warm-up and falling linearly to 0.</summary>
    public double Rate { get; init; } = 5e-5;

    /// <summary>The classifying head's learning rate (AdamW, constant).</summary>
    public double HeadRate { get; init; } = 1e-3;

    /// <summary>Sentences a step.</summary>
    public int BatchSize { get; init; } = 32;

    /// <summary>AdamW's decoupled weight decay on the encoder's tensors.</summary>
    public double WeightDecay { get; init; } = 0.01;

    /// <summary>The share of the steps over which the learning rate rises from 0.</summary>
    public double Warmup { get; init; } = 0.1;

    /// <summary>Dropout where BERT was trained with it.</summary>
    public float Dropout { get; init; } = 0.1f;

    /// <summary>The largest length of the encoder's gradient a step applies; a longer one is scaled down to it.</summary>
    public double ClipNorm { get; init; } = 1.0;

    /// <summary>The seed of the order of the sentences and of dropout.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>
    /// How many parts a step's sentences are split into, each with gradients of its own, summed in order: fixed, so that
    /// a run gives the same numbers whatever the number of cores.
    /// </summary>
    public int Shards { get; init; } = 4;
}

/// <summary>
/// A training sentence for tuning: its word pieces, its label and weight, its vector from the published encoder, and,
/// when computed beforehand (<see cref="LowerLayers"/>), the [T × hidden] states the first tuned layer reads.
/// </summary>
internal sealed record TuningExample(long[] Ids, bool IsPartisan, float Weight, float[] PublishedVector, float[]? LowerStates = null);

/// <summary>What a tuning run gives: the encoder with its top layers tuned, and the mean loss of each pass.</summary>
internal sealed record TuningResult(EncoderWeights Weights, IReadOnlyList<double> EpochLosses, TimeSpan Elapsed);

/// <summary>
/// Fine-tunes the top layers of a sentence encoder to separate partisan from neutral sentences, as the classifier's
/// vectors are read: the pooled, normalised vector goes through a logistic head (started from a regression on the
/// published vectors, then trained with the layers) under weighted binary cross-entropy. The lower layers and
/// embeddings are left as published, so that what the encoder learnt from a billion sentences is kept where it matters
/// most, and only the last layers are bent toward this task. Written out in plain arithmetic rather than on a tensor
/// library, so that training needs nothing native beyond what the tool already ships.
/// </summary>
internal sealed class EncoderTuner(TuningSettings settings)
{
    private const double Beta1 = 0.9;
    private const double Beta2 = 0.999;
    private const double AdamEpsilon = 1e-8;

    public TuningSettings Settings { get; } = settings;

    /// <summary>Tunes a copy of <paramref name="published"/>'s top layers on <paramref name="examples"/>; <paramref name="published"/> is not changed.</summary>
    public TuningResult Tune(EncoderWeights published, IReadOnlyList<TuningExample> examples, Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(published);
        ArgumentNullException.ThrowIfNull(examples);
        var shape = published.Shape;
        if (Settings.Layers < 1 || Settings.Layers > shape.Layers)
        {
            throw new ArgumentOutOfRangeException(nameof(settings), $"Tuning {Settings.Layers} layers of an encoder of {shape.Layers}.");
        }

        if (examples.Count == 0)
        {
            throw new ArgumentException("There are no sentences to tune on.", nameof(examples));
        }

        var watch = Stopwatch.StartNew();
        var first = shape.Layers - Settings.Layers;
        var tuned = new EncoderWeights(published, first);
        var head = new float[shape.Hidden + 1];
        FitHead(head, examples);

        var tunedLayers = tuned.Layers[first..];
        var moments = tunedLayers.Select(l => (First: new LayerWeights(shape), Second: new LayerWeights(shape))).ToArray();
        var headMoments = (First: new float[head.Length], Second: new float[head.Length]);
        var shards = Enumerable.Range(0, Settings.Shards).Select(_ => new Shard(shape, Settings.Layers)).ToArray();
        var steps = (examples.Count + Settings.BatchSize - 1) / Settings.BatchSize;
        var total = steps * Settings.Epochs;
        var warmup = Math.Max(1, (int)(Settings.Warmup * total));
        var order = new Random(Settings.Seed);
        var losses = new List<double>();
        var step = 0;
        for (var epoch = 1; epoch <= Settings.Epochs; epoch++)
        {
            var permutation = Enumerable.Range(0, examples.Count).ToArray();
            order.Shuffle(permutation);
            double lossSum = 0;
            for (var start = 0; start < permutation.Length; start += Settings.BatchSize)
            {
                var batch = permutation.AsSpan(start, Math.Min(Settings.BatchSize, permutation.Length - start)).ToArray();
                var stepSeed = unchecked((Settings.Seed * 1_000_003) + (step * 7_919));
                Parallel.For(0, shards.Length, s =>
                {
                    var shard = shards[s];
                    shard.Clear();
                    for (var i = s; i < batch.Length; i += shards.Length)
                    {
                        var random = Settings.Dropout > 0 ? new Random(unchecked(stepSeed + i)) : null;
                        shard.Loss += LossAndGradients(tuned, first, head, examples[batch[i]], random, Settings.Dropout, shard.Layers, shard.Head, batch.Length);
                    }
                });

                for (var s = 1; s < shards.Length; s++)
                {
                    shards[0].Add(shards[s]);
                }

                lossSum += shards[0].Loss;
                var factor = step < warmup ? (step + 1.0) / warmup : Math.Max(0.0, (total - step) / (double)(total - warmup));
                Clip(shards[0].Layers, Settings.ClipNorm);
                step++;
                for (var l = 0; l < tunedLayers.Length; l++)
                {
                    var p = tunedLayers[l].Tensors;
                    var g = shards[0].Layers[l].Tensors;
                    var m = moments[l].First.Tensors;
                    var v = moments[l].Second.Tensors;
                    for (var t = 0; t < p.Length; t++)
                    {
                        AdamW(p[t], g[t], m[t], v[t], Settings.Rate * factor, Settings.WeightDecay, step);
                    }
                }

                AdamW(head, shards[0].Head, headMoments.First, headMoments.Second, Settings.HeadRate, 0, step);
                if (step % 20 == 0 || step == total)
                {
                    progress?.Invoke($"tuning: epoch {epoch}, step {step} of {total}, loss {lossSum / (start / Settings.BatchSize + 1):0.0000}, {watch.Elapsed.TotalMinutes:0.0} min");
                }
            }

            losses.Add(lossSum / steps);
        }

        return new TuningResult(tuned, losses, watch.Elapsed);
    }

    /// <summary>
    /// The weighted loss of one sentence, divided by <paramref name="batchSize"/>, with its gradients added into
    /// <paramref name="layerGradients"/> (one per layer from <paramref name="firstTuned"/>) and <paramref name="headGradient"/>
    /// (the head's weights, then its bias). Dropout is drawn from <paramref name="dropout"/> when one is given.
    /// </summary>
    internal static double LossAndGradients(EncoderWeights weights, int firstTuned, ReadOnlySpan<float> head, TuningExample example, Random? dropout, float dropoutRate, LayerWeights[] layerGradients, Span<float> headGradient, int batchSize)
    {
        var h = weights.Shape.Hidden;
        var x = example.LowerStates is { } lower ? (float[])lower.Clone() : EncoderForward.Hidden(weights, example.Ids, firstTuned);
        var passes = new LayerPass[weights.Shape.Layers - firstTuned];
        var y = new float[x.Length];
        for (var l = 0; l < passes.Length; l++)
        {
            passes[l] = LayerPass.Forward(weights.Layers[firstTuned + l], x, y, dropoutRate, dropout);
            (x, y) = (y, x);
        }

        var u = EncoderForward.Pool(x, h, out var length);
        var z = TensorPrimitives.Dot(head[..h], u) + head[h];
        var label = example.IsPartisan ? 1f : 0f;

        // Weighted binary cross-entropy from the logit: softplus(z) − y·z, computed without overflow.
        var loss = example.Weight * ((Math.Max(z, 0) - (z * label)) + Math.Log(1 + Math.Exp(-Math.Abs(z)))) / batchSize;
        var dz = (float)(example.Weight * ((1 / (1 + Math.Exp(-z))) - label) / batchSize);
        TensorPrimitives.MultiplyAdd(u, dz, headGradient[..h], headGradient[..h]);
        headGradient[h] += dz;

        // Through the normalisation: du → dm = (du − u(u·du)) / |m|, then the mean: each token's row gets dm / T.
        var du = new float[h];
        TensorPrimitives.Multiply(head[..h], dz, du);
        var along = TensorPrimitives.Dot(u, du);
        var dm = new float[h];
        TensorPrimitives.MultiplyAdd(u, -along, du, dm);
        var tokens = x.Length / h;
        TensorPrimitives.Divide(dm, length * tokens, dm);
        var dOut = new float[x.Length];
        for (var t = 0; t < tokens; t++)
        {
            dm.CopyTo(dOut.AsSpan(t * h, h));
        }

        var dIn = new float[x.Length];
        for (var l = passes.Length - 1; l >= 0; l--)
        {
            passes[l].Backward(dOut, layerGradients[l], l > 0 ? dIn : Span<float>.Empty);
            (dOut, dIn) = (dIn, dOut);
        }

        return loss;
    }

    // The head starts as a logistic regression on the published vectors (L2 1e-4, full-batch Adam), so that the first
    // steps move the layers toward the task rather than toward a random head.
    private static void FitHead(float[] head, IReadOnlyList<TuningExample> examples)
    {
        const int Passes = 1500;
        const float Rate = 0.05f;
        const float L2 = 1e-4f;
        var h = head.Length - 1;
        var gradient = new float[head.Length];
        var m = new float[head.Length];
        var v = new float[head.Length];
        for (var pass = 1; pass <= Passes; pass++)
        {
            Array.Clear(gradient);
            foreach (var e in examples)
            {
                var z = TensorPrimitives.Dot(head.AsSpan(0, h), e.PublishedVector) + head[h];
                var d = e.Weight * ((1 / (1 + MathF.Exp(-z))) - (e.IsPartisan ? 1f : 0f)) / examples.Count;
                TensorPrimitives.MultiplyAdd(e.PublishedVector, d, gradient.AsSpan(0, h), gradient.AsSpan(0, h));
                gradient[h] += d;
            }

            TensorPrimitives.MultiplyAdd(head.AsSpan(0, h), L2, gradient.AsSpan(0, h), gradient.AsSpan(0, h));
            AdamW(head, gradient, m, v, Rate, 0, pass);
        }
    }

    private static void Clip(LayerWeights[] gradients, double limit)
    {
        double squares = 0;
        foreach (var tensor in gradients.SelectMany(g => g.Tensors))
        {
            squares += TensorPrimitives.SumOfSquares(tensor);
        }

        var norm = Math.Sqrt(squares);
        if (norm > limit)
        {
            var scale = (float)(limit / (norm + 1e-6));
            foreach (var tensor in gradients.SelectMany(g => g.Tensors))
            {
                TensorPrimitives.Multiply(tensor, scale, tensor);
            }
        }
    }

    // AdamW as PyTorch defines it: decay applied to the weight directly, then the bias-corrected Adam step.
    private static void AdamW(Span<float> parameter, ReadOnlySpan<float> gradient, Span<float> first, Span<float> second, double rate, double decay, int step)
    {
        var correction1 = 1 - Math.Pow(Beta1, step);
        var correction2 = 1 - Math.Pow(Beta2, step);
        var stepSize = (float)(rate / correction1);
        var shrink = (float)(1 - (rate * decay));
        var root2 = (float)Math.Sqrt(correction2);
        for (var i = 0; i < parameter.Length; i++)
        {
            var g = gradient[i];
            first[i] = (float)((Beta1 * first[i]) + ((1 - Beta1) * g));
            second[i] = (float)((Beta2 * second[i]) + ((1 - Beta2) * g * g));
            parameter[i] = (parameter[i] * shrink) - (stepSize * first[i] / ((MathF.Sqrt(second[i]) / root2) + (float)AdamEpsilon));
        }
    }

    // One part of a step's sentences: its own gradients and loss.
    private sealed class Shard(EncoderShape shape, int layers)
    {
        public LayerWeights[] Layers { get; } = [.. Enumerable.Range(0, layers).Select(_ => new LayerWeights(shape))];

        public float[] Head { get; } = new float[shape.Hidden + 1];

        public double Loss { get; set; }

        public void Clear()
        {
            foreach (var layer in Layers)
            {
                layer.Clear();
            }

            Array.Clear(Head);
            Loss = 0;
        }

        public void Add(Shard other)
        {
            for (var l = 0; l < Layers.Length; l++)
            {
                var to = Layers[l].Tensors;
                var from = other.Layers[l].Tensors;
                for (var t = 0; t < to.Length; t++)
                {
                    TensorPrimitives.Add(to[t], from[t], to[t]);
                }
            }

            TensorPrimitives.Add(Head, other.Head, Head);
            Loss += other.Loss;
        }
    }
}
