using Onnx;
using PublicityCheck.Classification.Encoding;

namespace PublicityCheck.Tests.Classification.Encoding;

/// <summary>The shipped encoder loaded with a tuning patched into its top layer.</summary>
public class SentenceEncoderTuningTest
{

    private static readonly string[] Sentences =
    [
        "Thanks to this Conservative council, council tax is frozen for the third year running.",
        "The library on Mill Lane reopens on Monday after its refurbishment.",
        "Residents can comment on the draft local plan until 30 April.",
    ];

    private static readonly Lazy<ModelProto> Published = new(() => SentenceEncoder.ReadPublishedModel(SentenceEncoder.DefaultModelPath));

    [Fact]
    public void LayerInitializers_OfTheTopLayerAreTenNamedTensorsAndSixUnnamedWeightMatrices()
    {
        var layer = TopLayer();

        Assert.Equal(16, layer.Count);
        Assert.Equal(10, layer.Keys.Count(n => n.StartsWith("encoder.layer.5.", StringComparison.Ordinal)));
        Assert.Equal(6, layer.Count(p => !p.Key.StartsWith("encoder.", StringComparison.Ordinal) && p.Value.Length is 384 * 384 or 384 * 1536));
    }

    [Fact]
    public void Write_KeepsTwoTunedLayersInAQuarterOfTheirFloatsWithin25e6OfEachValue()
    {
        // Fine-tuning's changes to the top two layers, at the scale one epoch gives (normal, 1e-3 across).
        var random = new Random(16);
        var published = Layer(4).Concat(Layer(5)).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var tuned = published.ToDictionary(p => p.Key, p => p.Value.Select(v => v + (float)(Gaussian(random) * 1e-3)).ToArray(), StringComparer.Ordinal);
        using var file = new MemoryStream();

        EncoderTuning.FromTensors(tuned).Write(file, Published.Value);
        file.Position = 0;
        var read = EncoderTuning.Read(file, Published.Value);

        var largestError = tuned.Max(p => p.Value.Zip(read.Tensors[p.Key], (a, b) => Math.Abs(a - b)).Max());
        Assert.Equal(3_548_928, tuned.Sum(p => p.Value.Length));
        Assert.InRange(file.Length, 3_600_000, 3_620_000);
        Assert.InRange(largestError, 1e-6, 2.5e-5);
    }

    [Fact]
    public void Load_WithTheTopLayersOwnPublishedValues_GivesTheUntunedVectors()
    {
        var tuning = EncoderTuning.FromTensors(TopLayer());
        using var untuned = SentenceEncoder.Load(SentenceEncoder.DefaultModelPath, cacheDirectory: null);

        using var tuned = SentenceEncoder.Load(SentenceEncoder.DefaultModelPath, cacheDirectory: null, EncoderPrecision.Float32, tuning);

        var expected = untuned.Encode(Sentences);
        var actual = tuned.Encode(Sentences);
        Assert.All(expected.Zip(actual), pair => Assert.Equal(1.0, Cosine(pair.First, pair.Second), 1e-6));
    }

    [Fact]
    public void Load_WithATuningThatChangesAWeight_GivesOtherVectors()
    {
        var layer = TopLayer();
        var query = layer.Keys.Single(n => n.EndsWith(".attention.self.query.bias", StringComparison.Ordinal));
        var changed = layer[query].Select((v, i) => v + (0.5f * MathF.Sin(i))).ToArray();
        var tuning = EncoderTuning.FromTensors(new Dictionary<string, float[]> { [query] = changed });
        using var untuned = SentenceEncoder.Load(SentenceEncoder.DefaultModelPath, cacheDirectory: null);

        using var tuned = SentenceEncoder.Load(SentenceEncoder.DefaultModelPath, cacheDirectory: null, EncoderPrecision.Float32, tuning);

        var expected = untuned.Encode(Sentences);
        var actual = tuned.Encode(Sentences);
        Assert.All(expected.Zip(actual), pair => Assert.True(Cosine(pair.First, pair.Second) < 1 - 1e-4, $"cosine {Cosine(pair.First, pair.Second)}"));
    }

    [Fact]
    public void CachedModelName_DiffersForEachTuningAndForNone()
    {
        var one = EncoderTuning.FromTensors(TopLayer());
        var layer = TopLayer();
        layer[layer.Keys.First()][0] += 1e-3f;
        var other = EncoderTuning.FromTensors(layer);

        string[] names =
        [
            SentenceEncoder.CachedModelName(SentenceEncoder.DefaultModelPath, EncoderPrecision.Float32),
            SentenceEncoder.CachedModelName(SentenceEncoder.DefaultModelPath, EncoderPrecision.Float32, one.Digest),
            SentenceEncoder.CachedModelName(SentenceEncoder.DefaultModelPath, EncoderPrecision.Float32, other.Digest),
            SentenceEncoder.CachedModelName(SentenceEncoder.DefaultModelPath, EncoderPrecision.Int8, one.Digest),
        ];

        Assert.Equal(names.Length, names.Distinct(StringComparer.Ordinal).Count());
        Assert.StartsWith($"all-MiniLM-L6-v2.float32.tuned-{one.Digest}.ort-", names[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Load_WithATuning_SavesTheTunedModelUnderItsOwnNameAndNeverReadsTheUntunedOne()
    {
        var layer = TopLayer();
        var query = layer.Keys.Single(n => n.EndsWith(".attention.self.query.bias", StringComparison.Ordinal));
        layer[query] = [.. layer[query].Select((v, i) => v + (0.5f * MathF.Sin(i)))];
        var tuning = EncoderTuning.FromTensors(layer);
        var cache = Path.Combine(Path.GetTempPath(), "publicitycheck-encoder-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var untuned = SentenceEncoder.Load(SentenceEncoder.DefaultModelPath, cache, EncoderPrecision.Int8);
            using var first = SentenceEncoder.Load(SentenceEncoder.DefaultModelPath, cache, EncoderPrecision.Int8, tuning);
            using var second = SentenceEncoder.Load(SentenceEncoder.DefaultModelPath, cache, EncoderPrecision.Int8, tuning);

            Assert.False(first.RunsFromCache);
            Assert.True(second.RunsFromCache);
            Assert.True(File.Exists(Path.Combine(cache, SentenceEncoder.CachedModelName(SentenceEncoder.DefaultModelPath, EncoderPrecision.Int8, tuning.Digest))));
            Assert.Equal(first.Encode(Sentences)[0], second.Encode(Sentences)[0]);
            Assert.True(Cosine(untuned.Encode(Sentences)[0], second.Encode(Sentences)[0]) < 1 - 1e-4);
        }
        finally
        {
            Directory.Delete(cache, recursive: true);
        }
    }

    [Fact]
    public void LoadWithTuningFile_ReadsTheFileWholeOnlyWhenNoSavedModelOfItsDigestServes()
    {
        var layer = TopLayer();
        var query = layer.Keys.Single(n => n.EndsWith(".attention.self.query.bias", StringComparison.Ordinal));
        layer[query] = [.. layer[query].Select((v, i) => v + (0.25f * MathF.Cos(i)))];
        using var written = new MemoryStream();
        EncoderTuning.FromTensors(layer).Write(written, Published.Value);
        var bytes = written.ToArray();
        var opened = 0;
        var file = EncoderTuningFile.Open(() =>
        {
            opened++;
            return new MemoryStream(bytes);
        });
        var cache = Path.Combine(Path.GetTempPath(), "publicitycheck-encoder-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var first = SentenceEncoder.LoadWithTuningFile(SentenceEncoder.DefaultModelPath, cache, EncoderPrecision.Int8, file);
            var openedToBuild = opened;
            using var second = SentenceEncoder.LoadWithTuningFile(SentenceEncoder.DefaultModelPath, cache, EncoderPrecision.Int8, file);

            Assert.Equal(2, openedToBuild);
            Assert.Equal(2, opened);
            Assert.True(second.RunsFromCache);
            Assert.True(File.Exists(Path.Combine(cache, SentenceEncoder.CachedModelName(SentenceEncoder.DefaultModelPath, EncoderPrecision.Int8, file.Digest))));
        }
        finally
        {
            Directory.Delete(cache, recursive: true);
        }
    }

    [Fact]
    public void Load_RefusesATuningOfATensorTheModelDoesNotHave()
    {
        var tuning = EncoderTuning.FromTensors(new Dictionary<string, float[]> { ["encoder.layer.6.output.dense.bias"] = new float[384] });

        var error = Assert.Throws<InvalidDataException>(() => SentenceEncoder.Load(SentenceEncoder.DefaultModelPath, cacheDirectory: null, EncoderPrecision.Float32, tuning));

        Assert.Contains("'encoder.layer.6.output.dense.bias'", error.Message, StringComparison.Ordinal);
    }

    /// <summary>The float tensors of the encoder's last layer, at their published values.</summary>
    internal static Dictionary<string, float[]> TopLayer() => Layer(5);

    /// <summary>The float tensors of the encoder's layer <paramref name="index"/>, at their published values.</summary>
    internal static Dictionary<string, float[]> Layer(int index)
    {
        var initializers = Published.Value.Graph.Initializer.ToDictionary(t => t.Name, StringComparer.Ordinal);
        return EncoderTuning.LayerInitializers(Published.Value, index).ToDictionary(n => n, n => EncoderTuning.ValuesOf(initializers[n]), StringComparer.Ordinal);
    }

    // Box-Muller: a standard normal number.
    private static double Gaussian(Random random) => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    private static double Cosine(float[] a, float[] b) => a.Zip(b, (x, y) => (double)x * y).Sum();
}
