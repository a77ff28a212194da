using System.Buffers.Binary;
using Onnx;
using PublicityCheck.Classification.Encoding;

namespace PublicityCheck.Tests.Classification.Encoding;

/// <summary>
/// The tuning on a model built here by hand, shaped as one of the encoder's linear layers: a weight matrix
/// (<c>onnx::MatMul_17</c>, [8, 6]) and its bias, a normalisation's scale, and an int64 table the tuning cannot replace.
/// </summary>
public class EncoderTuningTest
{
    private const string Weight = "onnx::MatMul_17";
    private const string Bias = "encoder.layer.5.attention.self.query.bias";
    private const string NormScale = "encoder.layer.5.output.LayerNorm.weight";
    private const string PositionIds = "embeddings.position_ids";
    private const int Rows = 8;
    private const int Columns = 6;

    [Fact]
    public void FromTensors_KeepsItsOwnCopyOfTheValues()
    {
        var bias = BiasValues();
        var tuning = EncoderTuning.FromTensors(new Dictionary<string, float[]> { [Bias] = bias });

        bias[0] = 99f;

        Assert.Equal(BiasValues(), tuning.Tensors[Bias]);
    }

    [Fact]
    public void Digest_IsSixteenLowercaseHexDigitsAndTheSameForTheSameValuesInAnyOrder()
    {
        var one = EncoderTuning.FromTensors(new Dictionary<string, float[]> { [Bias] = BiasValues(), [NormScale] = NormValues() });
        var other = EncoderTuning.FromTensors(new Dictionary<string, float[]> { [NormScale] = NormValues(), [Bias] = BiasValues() });

        Assert.Matches("^[0-9a-f]{16}$", one.Digest);
        Assert.Equal(one.Digest, other.Digest);
    }

    [Fact]
    public void Digest_ChangesWhenOneValueChanges()
    {
        var changed = BiasValues();
        changed[3] += 1e-6f;

        var one = EncoderTuning.FromTensors(new Dictionary<string, float[]> { [Bias] = BiasValues() });
        var other = EncoderTuning.FromTensors(new Dictionary<string, float[]> { [Bias] = changed });

        Assert.NotEqual(one.Digest, other.Digest);
    }

    [Fact]
    public void Digest_ChangesWhenTheSameValuesReplaceAnotherTensor()
    {
        var one = EncoderTuning.FromTensors(new Dictionary<string, float[]> { [Bias] = BiasValues() });
        var other = EncoderTuning.FromTensors(new Dictionary<string, float[]> { ["encoder.layer.5.attention.self.key.bias"] = BiasValues() });

        Assert.NotEqual(one.Digest, other.Digest);
    }

    [Fact]
    public void ApplyTo_ReplacesTheDataOfTheNamedInitializersAndLeavesTheOthers()
    {
        var model = LinearLayer();
        var tuned = TunedWeights();

        EncoderTuning.FromTensors(new Dictionary<string, float[]> { [Weight] = tuned }).ApplyTo(model);

        Assert.Equal(tuned, Floats(Initializer(model, Weight)));
        Assert.Equal(BiasValues(), Floats(Initializer(model, Bias)));
    }

    [Fact]
    public void ApplyTo_ReplacesAnInitializerHeldAsFloatDataByRawData()
    {
        var model = LinearLayer();
        var norm = Initializer(model, NormScale);
        norm.RawData = Google.Protobuf.ByteString.Empty;
        norm.FloatData.Add(NormValues());
        var tuned = NormValues().Select(v => v * 1.5f).ToArray();

        EncoderTuning.FromTensors(new Dictionary<string, float[]> { [NormScale] = tuned }).ApplyTo(model);

        Assert.Empty(norm.FloatData);
        Assert.Equal(tuned, Floats(norm));
    }

    [Fact]
    public void ApplyTo_RefusesANameTheGraphDoesNotHaveAndNamesIt()
    {
        var tuning = EncoderTuning.FromTensors(new Dictionary<string, float[]> { ["encoder.layer.6.attention.self.query.bias"] = BiasValues() });

        var error = Assert.Throws<InvalidDataException>(() => tuning.ApplyTo(LinearLayer()));

        Assert.Contains("'encoder.layer.6.attention.self.query.bias'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ApplyTo_RefusesAnotherNumberOfValuesThanTheInitializerHolds()
    {
        var tuning = EncoderTuning.FromTensors(new Dictionary<string, float[]> { [Bias] = [.. BiasValues(), 0.5f] });

        var error = Assert.Throws<InvalidDataException>(() => tuning.ApplyTo(LinearLayer()));

        Assert.Contains($"'{Bias}' 7 values", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ApplyTo_RefusesAnInitializerThatIsNotFloat()
    {
        var tuning = EncoderTuning.FromTensors(new Dictionary<string, float[]> { [PositionIds] = [0f, 1f, 2f, 3f] });

        var error = Assert.Throws<InvalidDataException>(() => tuning.ApplyTo(LinearLayer()));

        Assert.Contains($"'{PositionIds}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("not float32", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(float.NaN)]
    [InlineData(float.PositiveInfinity)]
    [InlineData(float.NegativeInfinity)]
    public void ApplyTo_RefusesAValueThatIsNotFinite(float value)
    {
        var bias = BiasValues();
        bias[4] = value;
        var tuning = EncoderTuning.FromTensors(new Dictionary<string, float[]> { [Bias] = bias });

        var error = Assert.Throws<InvalidDataException>(() => tuning.ApplyTo(LinearLayer()));

        Assert.Contains($"'{Bias}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("at 4", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ApplyTo_LeavesTheModelAsItWasWhenItRefusesOneOfItsTensors()
    {
        var model = LinearLayer();
        var tuning = EncoderTuning.FromTensors(new Dictionary<string, float[]> { [Weight] = TunedWeights(), ["encoder.pooler.dense.bias"] = BiasValues() });

        Assert.Throws<InvalidDataException>(() => tuning.ApplyTo(model));

        Assert.Equal(PublishedWeights(), Floats(Initializer(model, Weight)));
    }

    [Fact]
    public void Read_GivesBackAOneDimensionalTensorExactly()
    {
        var bias = BiasValues().Select(v => v + 0.001234f).ToArray();
        var written = EncoderTuning.FromTensors(new Dictionary<string, float[]> { [Bias] = bias });

        var read = RoundTrip(written);

        Assert.Equal(bias, read.Tensors[Bias]);
        Assert.Equal(written.Digest, read.Digest);
    }

    [Fact]
    public void Read_GivesBackAMatrixWithinHalfAStepOfItsColumnsLargestDifference()
    {
        var tuned = TunedWeights();
        var published = PublishedWeights();

        var read = RoundTrip(EncoderTuning.FromTensors(new Dictionary<string, float[]> { [Weight] = tuned }));

        var values = read.Tensors[Weight];
        for (var c = 0; c < Columns; c++)
        {
            var largest = Enumerable.Range(0, Rows).Max(r => Math.Abs(tuned[(r * Columns) + c] - published[(r * Columns) + c]));
            for (var r = 0; r < Rows; r++)
            {
                var i = (r * Columns) + c;
                Assert.InRange(Math.Abs(values[i] - tuned[i]), 0, (largest / 127 / 2) + 1e-7);
            }
        }
    }

    [Fact]
    public void Read_GivesBackAMatrixLeftAsPublishedExactly()
    {
        var read = RoundTrip(EncoderTuning.FromTensors(new Dictionary<string, float[]> { [Weight] = PublishedWeights() }));

        Assert.Equal(PublishedWeights(), read.Tensors[Weight]);
    }

    [Fact]
    public void Read_GivesTheDigestOfTheValuesItGivesBack()
    {
        var read = RoundTrip(EncoderTuning.FromTensors(new Dictionary<string, float[]> { [Weight] = TunedWeights(), [Bias] = BiasValues() }));

        Assert.Equal(EncoderTuning.FromTensors(read.Tensors).Digest, read.Digest);
    }

    [Fact]
    public void ReadDigest_GivesTheDigestOfTheTuningTheFileGivesFromItsHeaderAlone()
    {
        var bytes = Bytes(EncoderTuning.FromTensors(new Dictionary<string, float[]> { [Weight] = TunedWeights(), [Bias] = BiasValues() }));

        var digest = EncoderTuning.ReadDigest(new MemoryStream(bytes[..48]));

        Assert.Equal(EncoderTuning.Read(new MemoryStream(bytes), LinearLayer()).Digest, digest);
    }

    [Fact]
    public void Write_HoldsAMatrixInAByteANumberAndAScaleAColumn()
    {
        var bytes = Bytes(EncoderTuning.FromTensors(new Dictionary<string, float[]> { [Weight] = TunedWeights() }));

        // Header (8 + 4 + 32 + 4), then the name, rank, dimensions and encoding, then the scales and the steps.
        Assert.Equal(48 + 2 + Weight.Length + 1 + 8 + 1 + (Columns * sizeof(float)) + (Rows * Columns), bytes.Length);
    }

    [Fact]
    public void Write_RefusesATuningThatDoesNotFitThePublishedModel()
    {
        var tuning = EncoderTuning.FromTensors(new Dictionary<string, float[]> { [Bias] = [1f, 2f] });

        var error = Assert.Throws<InvalidDataException>(() => tuning.Write(new MemoryStream(), LinearLayer()));

        Assert.Contains($"'{Bias}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_RefusesADifferenceFromThePublishedWeightsTooLargeForFloat32()
    {
        var model = LinearLayer();
        var published = PublishedWeights();
        published[7] = -3e38f;
        model.Graph.Initializer[0] = DynamicQuantizer.FloatTensor(Weight, [Rows, Columns], published);
        var tuned = PublishedWeights();
        tuned[7] = 3e38f;

        var error = Assert.Throws<InvalidDataException>(() => EncoderTuning.FromTensors(new Dictionary<string, float[]> { [Weight] = tuned }).Write(new MemoryStream(), model));

        Assert.Contains($"'{Weight}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("column 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EncoderTuningFile_KnowsTheDigestFromTheHeaderAndReadsTheTuningItNames()
    {
        var bytes = Bytes(EncoderTuning.FromTensors(new Dictionary<string, float[]> { [Weight] = TunedWeights(), [Bias] = BiasValues() }));
        var opened = 0;

        var file = EncoderTuningFile.Open(() =>
        {
            opened++;
            return new MemoryStream(bytes);
        });
        var read = file.Read(LinearLayer());

        Assert.Equal(read.Digest, file.Digest);
        Assert.Equal(2, opened);
    }

    [Fact]
    public void EncoderTuningFile_RefusesAFileThatChangedSinceItsHeaderWasRead()
    {
        var first = Bytes(EncoderTuning.FromTensors(new Dictionary<string, float[]> { [Bias] = BiasValues() }));
        var second = Bytes(EncoderTuning.FromTensors(new Dictionary<string, float[]> { [Bias] = NormValues() }));
        var current = first;
        var file = EncoderTuningFile.Open(() => new MemoryStream(current));

        current = second;
        var error = Assert.Throws<InvalidDataException>(() => file.Read(LinearLayer()));

        Assert.Contains(file.Digest, error.Message, StringComparison.Ordinal);
    }

    private static EncoderTuning RoundTrip(EncoderTuning tuning) => EncoderTuning.Read(new MemoryStream(Bytes(tuning)), LinearLayer());

    private static byte[] Bytes(EncoderTuning tuning)
    {
        using var stream = new MemoryStream();
        tuning.Write(stream, LinearLayer());
        return stream.ToArray();
    }

    private static ModelProto LinearLayer()
    {
        var graph = new GraphProto { Name = "layer" };
        graph.Initializer.Add(DynamicQuantizer.FloatTensor(Weight, [Rows, Columns], PublishedWeights()));
        graph.Initializer.Add(DynamicQuantizer.FloatTensor(Bias, [Columns], BiasValues()));
        graph.Initializer.Add(DynamicQuantizer.FloatTensor(NormScale, [Columns], NormValues()));
        var ids = new TensorProto { Name = PositionIds, DataType = (int)TensorProto.Types.DataType.Int64 };
        ids.Dims.Add(4);
        ids.Int64Data.Add([0, 1, 2, 3]);
        graph.Initializer.Add(ids);
        return new ModelProto { IrVersion = 7, Graph = graph };
    }

    private static float[] PublishedWeights() => [.. Enumerable.Range(0, Rows * Columns).Select(i => MathF.Cos(i * 1.3f) * 0.1f)];

    // Fine-tuning's small changes, larger in some columns than others.
    private static float[] TunedWeights() => [.. PublishedWeights().Select((v, i) => v + (MathF.Sin(i * 0.7f) * 1e-3f * ((i % Columns) + 1)))];

    private static float[] BiasValues() => [-0.02f, 0.013f, 0.0f, 0.041f, -0.007f, 0.025f];

    private static float[] NormValues() => [1.01f, 0.98f, 1.0f, 0.95f, 1.03f, 0.99f];

    private static TensorProto Initializer(ModelProto model, string name) => model.Graph.Initializer.Single(t => t.Name == name);

    private static float[] Floats(TensorProto tensor)
    {
        var bytes = tensor.RawData.ToByteArray();
        return [.. Enumerable.Range(0, bytes.Length / sizeof(float)).Select(i => BinaryPrimitives.ReadSingleLittleEndian(bytes.AsSpan(i * sizeof(float))))];
    }
}
