using Onnx;
using PublicityCheck.Classification.Encoding;

namespace PublicityCheck.Training.Tuning;

/// <summary>
/// The published all-MiniLM-L6-v2 model's weights, read out of its ONNX graph into an <see cref="EncoderWeights"/>, with
/// the graph's initializer each tensor came from (<see cref="EncoderParameters"/>), so that tuned tensors can be written
/// back under the same names.
/// </summary>
internal sealed class PublishedEncoder
{
    private PublishedEncoder(EncoderWeights weights, EncoderParameters parameters)
    {
        Weights = weights;
        Parameters = parameters;
    }

    public EncoderWeights Weights { get; }

    /// <summary>The graph initializer of each parameter, by the parameter's own name (<c>encoder.layer.5.intermediate.dense.weight</c>).</summary>
    public EncoderParameters Parameters { get; }

    /// <summary>Reads the weights of <paramref name="model"/>, which must have <paramref name="shape"/>'s sizes.</summary>
    /// <exception cref="InvalidDataException">The graph is not shaped as BERT's export leaves it, or a tensor is missing, of another size, or not float32.</exception>
    public static PublishedEncoder Read(ModelProto model, EncoderShape shape)
    {
        var parameters = EncoderParameters.Of(model);
        var weights = new EncoderWeights(shape);
        void Load(string name, float[] into) => Copy(parameters.TensorOf(name), name, into);

        Load("embeddings.word_embeddings.weight", weights.Words);
        Load("embeddings.position_embeddings.weight", weights.Positions);
        var types = new float[2 * shape.Hidden];
        Load("embeddings.token_type_embeddings.weight", types);
        types.AsSpan(0, shape.Hidden).CopyTo(weights.TokenType);
        Load("embeddings.LayerNorm.weight", weights.EmbeddingNormScale);
        Load("embeddings.LayerNorm.bias", weights.EmbeddingNormShift);
        for (var layer = 0; layer < shape.Layers; layer++)
        {
            var tensors = weights.Layers[layer].Tensors;
            for (var i = 0; i < tensors.Length; i++)
            {
                Load(ParameterName(layer, i), tensors[i]);
            }
        }

        return new PublishedEncoder(weights, parameters);
    }

    /// <summary>The published parameter name of tensor <paramref name="index"/> (in <see cref="LayerWeights.Names"/>' order) of layer <paramref name="layer"/>.</summary>
    public static string ParameterName(int layer, int index) => $"encoder.layer.{layer}.{LayerWeights.Names[index]}";

    private static void Copy(TensorProto tensor, string name, float[] into)
    {
        if (tensor.DataType != (int)TensorProto.Types.DataType.Float)
        {
            throw new InvalidDataException($"The ONNX tensor '{name}' is not float32.");
        }

        var values = EncoderTuning.ValuesOf(tensor);
        if (values.Length != into.Length)
        {
            throw new InvalidDataException($"The ONNX tensor '{name}' holds {values.Length} numbers, where {into.Length} were expected.");
        }

        values.CopyTo(into, 0);
    }
}
