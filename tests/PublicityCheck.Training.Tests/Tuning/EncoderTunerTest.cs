using PublicityCheck.Training.Tuning;

namespace PublicityCheck.Tests.Training.Tuning;

/// <summary>
/// The tuner on a small encoder of random weights: its gradients are the slopes of its loss, it learns, it gives the
/// same encoder from the same seed, and it leaves the layers it does not tune as they were.
/// </summary>
public sealed class EncoderTunerTest
{
    private static readonly EncoderShape Small = new(Hidden: 8, Heads: 2, Intermediate: 12, Layers: 3, Vocabulary: 20, Positions: 16);

    [Fact]
    public void LossAndGradients_GivesTheSlopeOfTheLossForEveryTunedTensor()
    {
        var weights = EncoderWeights.Random(Small, seed: 1, scale: 0.5f);
        var head = Numbers(Small.Hidden + 1, seed: 2);
        var example = new TuningExample([1, 7, 3, 12, 5, 2], IsPartisan: true, Weight: 1.5f, PublishedVector: []);
        var gradients = new[] { new LayerWeights(Small), new LayerWeights(Small) };

        EncoderTuner.LossAndGradients(weights, 1, head, example, dropout: null, 0, gradients, new float[head.Length], batchSize: 1);

        for (var l = 0; l < 2; l++)
        {
            var tensors = weights.Layers[1 + l].Tensors;
            var slopes = gradients[l].Tensors;
            for (var t = 0; t < tensors.Length; t++)
            {
                // Three numbers of each tensor, spread through it.
                foreach (var i in new[] { 0, tensors[t].Length / 2, tensors[t].Length - 1 })
                {
                    var numeric = Slope(tensors[t], i, () => Loss(weights, head, example));
                    Assert.True(
                        Math.Abs(numeric - slopes[t][i]) <= 2e-3 + (0.03 * Math.Abs(numeric)),
                        $"layer {1 + l} {LayerWeights.Names[t]}[{i}]: {slopes[t][i]} by the backward pass, {numeric} by differences");
                }
            }
        }
    }

    [Fact]
    public void LossAndGradients_GivesTheSlopeOfTheLossForTheHead()
    {
        var weights = EncoderWeights.Random(Small, seed: 3, scale: 0.5f);
        var head = Numbers(Small.Hidden + 1, seed: 4);
        var example = new TuningExample([4, 9, 1], IsPartisan: false, Weight: 0.7f, PublishedVector: []);
        var headGradient = new float[head.Length];

        EncoderTuner.LossAndGradients(weights, 2, head, example, null, 0, [new LayerWeights(Small)], headGradient, batchSize: 1);

        for (var i = 0; i < head.Length; i++)
        {
            var numeric = Slope(head, i, () => Loss(weights, head, example));
            Assert.Equal(numeric, headGradient[i], 2e-3);
        }
    }

    [Fact]
    public void Tune_LowersTheLossFromPassToPass()
    {
        var published = EncoderWeights.Random(Small, seed: 5, scale: 0.5f);
        var settings = new TuningSettings { Layers = 2, Epochs = 6, Rate = 3e-3, HeadRate = 1e-2, BatchSize = 8, Warmup = 0.05, Seed = 1 };

        var result = new EncoderTuner(settings).Tune(published, Examples(published, 64));

        Assert.True(result.EpochLosses[^1] < 0.8 * result.EpochLosses[0], $"losses by pass: {string.Join(", ", result.EpochLosses.Select(l => l.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture)))}");
    }

    [Fact]
    public void Tune_SameSeed_GivesTheSameEncoder()
    {
        var published = EncoderWeights.Random(Small, seed: 6, scale: 0.5f);
        var settings = new TuningSettings { Epochs = 2, Rate = 1e-3, BatchSize = 8, Seed = 4 };
        var examples = Examples(published, 40);

        var first = new EncoderTuner(settings).Tune(published, examples).Weights;
        var second = new EncoderTuner(settings).Tune(published, examples).Weights;

        Assert.Equal(first.Layers[^1].Tensors.SelectMany(t => t), second.Layers[^1].Tensors.SelectMany(t => t));
    }

    [Fact]
    public void Tune_ChangesOnlyTheTopLayersAndLeavesThePublishedWeightsAlone()
    {
        var published = EncoderWeights.Random(Small, seed: 7, scale: 0.5f);
        var before = published.Layers.Select(l => l.Clone()).ToArray();
        var settings = new TuningSettings { Layers = 1, Epochs = 1, Rate = 1e-3, BatchSize = 8 };

        var tuned = new EncoderTuner(settings).Tune(published, Examples(published, 24)).Weights;

        Assert.Equal(Flat(before[0]), Flat(tuned.Layers[0]));
        Assert.Equal(Flat(before[1]), Flat(tuned.Layers[1]));
        Assert.NotEqual(Flat(before[2]), Flat(tuned.Layers[2]));
        Assert.Equal(Flat(before[2]), Flat(published.Layers[2]));
    }

    [Fact]
    public void Tune_RefusesToTuneMoreLayersThanTheEncoderHas()
    {
        var published = EncoderWeights.Random(Small, seed: 8);

        Assert.Throws<ArgumentOutOfRangeException>(() => new EncoderTuner(new TuningSettings { Layers = 4 }).Tune(published, Examples(published, 4)));
    }

    // Sentences whose class is whether they hold word piece 1 or word piece 2, among others at random.
    private static List<TuningExample> Examples(EncoderWeights published, int count)
    {
        var random = new Random(11);
        var examples = new List<TuningExample>();
        for (var i = 0; i < count; i++)
        {
            var partisan = i % 2 == 0;
            var ids = Enumerable.Range(0, 3 + random.Next(5)).Select(_ => (long)(3 + random.Next(Small.Vocabulary - 3))).ToList();
            ids.Insert(random.Next(ids.Count), partisan ? 1 : 2);
            var array = ids.ToArray();
            examples.Add(new TuningExample(array, partisan, 1f, EncoderForward.Encode(published, array)));
        }

        return examples;
    }

    private static double Loss(EncoderWeights weights, float[] head, TuningExample example) =>
        EncoderTuner.LossAndGradients(weights, 1, head, example, null, 0, [new LayerWeights(Small), new LayerWeights(Small)], new float[head.Length], 1);

    // The central difference of the loss in one number.
    private static double Slope(float[] tensor, int index, Func<double> loss)
    {
        const float Step = 1e-2f;
        var kept = tensor[index];
        tensor[index] = kept + Step;
        var up = loss();
        tensor[index] = kept - Step;
        var down = loss();
        tensor[index] = kept;
        return (up - down) / (2 * Step);
    }

    private static float[] Numbers(int count, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(_ => (float)((random.NextDouble() * 2) - 1))];
    }

    private static float[] Flat(LayerWeights layer) => [.. layer.Tensors.SelectMany(t => t)];
}
