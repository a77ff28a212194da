using Onnx;
using PublicityCheck.Classification.Encoding;

namespace PublicityCheck.Training.Tuning;

/// <summary>
/// The published all-MiniLM-L6-v2 model's weights, read out of its ONNX graph into an <see cref="EncoderWeights"/>, with
/// the name of the graph's initializer each tensor came from, so that tuned tensors can be written back under the same
/// names. The export leaves its MatMul weights unnamed (<c>onnx::MatMul_…</c>); each is named here by the bias of the
/// Add that reads the product.
/// </summary>
internal sealed class PublishedEncoder
{
    private PublishedEncoder(EncoderWeights weights, IReadOnlyDictionary<string, string> initializerOf)
    {
        Weights = weights;
        InitializerOf = initializerOf;
    }

    public EncoderWeights Weights { get; }

    /// <summary>The graph initializer's name of each parameter, by the parameter's own name (<c>encoder.layer.5.intermediate.dense.weight</c>).</summary>
    public IReadOnlyDictionary<string, string> InitializerOf { get; }

    /// <summary>Reads the weights of <paramref name="model"/>, which must have <paramref name="shape"/>'s sizes.</summary>
    /// <exception cref="InvalidDataException">A tensor is missing, of another size, or not float32.</exception>
    public static PublishedEncoder Read(ModelProto model, EncoderShape shape)
    {
        ArgumentNullException.ThrowIfNull(model);
        var graph = model.Graph ?? throw new InvalidDataException("The ONNX model has no graph.");
        var initializers = graph.Initializer.ToDictionary(t => t.Name, StringComparer.Ordinal);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in initializers.Keys)
        {
            names[name] = name;
        }

        var readers = new Dictionary<string, List<NodeProto>>(StringComparer.Ordinal);
        foreach (var node in graph.Node)
        {
            foreach (var input in node.Input)
            {
                if (!readers.TryGetValue(input, out var list))
                {
                    readers[input] = list = [];
                }

                list.Add(node);
            }
        }

        foreach (var node in graph.Node.Where(n => n.OpType == "MatMul" && n.Input.Count == 2 && initializers.ContainsKey(n.Input[1])))
        {
            var add = readers.GetValueOrDefault(node.Output[0])?.SingleOrDefault(r => r.OpType == "Add")
                ?? throw new InvalidDataException($"The product of MatMul '{node.Name}' is not followed by the Add of a bias.");
            var bias = add.Input.Single(i => i != node.Output[0]);
            if (!bias.EndsWith(".bias", StringComparison.Ordinal))
            {
                throw new InvalidDataException($"MatMul '{node.Name}' is followed by '{bias}', which is not a bias.");
            }

            names[bias[..^".bias".Length] + ".weight"] = node.Input[1];
        }

        var weights = new EncoderWeights(shape);
        void Load(string name, float[] into)
        {
            if (!names.TryGetValue(name, out var initializer) || !initializers.TryGetValue(initializer, out var tensor))
            {
                throw new InvalidDataException($"The ONNX model has no tensor '{name}'.");
            }

            Copy(tensor, name, into);
        }

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

        return new PublishedEncoder(weights, names);
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
