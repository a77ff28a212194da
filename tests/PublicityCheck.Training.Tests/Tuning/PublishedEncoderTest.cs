using Onnx;
using PublicityCheck.Classification.Encoding;
using PublicityCheck.Training.Tuning;

namespace PublicityCheck.Tests.Training.Tuning;

/// <summary>The published encoder's weights, read out of its ONNX graph and run by the tuner's arithmetic, give the vectors ONNX Runtime gives.</summary>
public sealed class PublishedEncoderTest
{
    private static readonly Lazy<ModelProto> Model = new(() => SentenceEncoder.ReadPublishedModel(SentenceEncoder.DefaultModelPath));

    private static readonly Lazy<PublishedEncoder> Published = new(() => PublishedEncoder.Read(Model.Value, EncoderShape.MiniLm));

    [Theory]
    [InlineData("The council will resurface the footpath on Mill Lane from Monday.")]
    [InlineData("Only our councillors voted to protect the library from closure.")]
    [InlineData("Bins")]
    public void Encode_GivesTheVectorOnnxRuntimeGives(string sentence)
    {
        var encoder = SentenceEncoder.SharedFor(EncoderPrecision.Float32);
        var expected = encoder.Encode([sentence])[0];

        var vector = EncoderForward.Encode(Published.Value.Weights, encoder.Tokenize(sentence));

        var cosine = expected.Zip(vector, (x, y) => (double)x * y).Sum();
        Assert.True(cosine > 0.99999, $"cosine {cosine:0.0000000}");
    }

    [Fact]
    public void LowerLayers_GiveTheStatesTheTunersArithmeticGives()
    {
        var encoder = SentenceEncoder.SharedFor(EncoderPrecision.Float32);
        var sentences = new[] { "Residents can now report a missed bin online.", "The opposition group's amendment was defeated by nine votes." }.Select(encoder.Tokenize).ToArray();
        using var lower = LowerLayers.Create(Model.Value, layer: 4, EncoderShape.MiniLm.Hidden);

        var states = lower.Run(sentences);

        for (var s = 0; s < sentences.Length; s++)
        {
            var expected = EncoderForward.Hidden(Published.Value.Weights, sentences[s], 4);
            Assert.Equal(expected.Length, states[s].Length);
            Assert.All(expected.Zip(states[s]), pair => Assert.Equal(pair.First, pair.Second, 2e-3f));
        }
    }

    [Fact]
    public void Read_NamesEachLayerTensorByTheInitializerItCameFrom()
    {
        var published = Published.Value;

        // What a tuning writes back under these names must replace the very values it started from.
        var tensors = published.Weights.Layers[5].Tensors;
        for (var i = 0; i < tensors.Length; i++)
        {
            var initializer = published.Parameters.TensorOf(PublishedEncoder.ParameterName(5, i));
            Assert.Equal(tensors[i], EncoderTuning.ValuesOf(initializer));
        }
    }

    [Fact]
    public void Read_RefusesAModelWithoutTheEncodersTensors()
    {
        var model = new ModelProto { Graph = new GraphProto() };

        var error = Assert.Throws<InvalidDataException>(() => PublishedEncoder.Read(model, EncoderShape.MiniLm));

        Assert.Contains("embeddings.word_embeddings.weight", error.Message, StringComparison.Ordinal);
    }
}
