using Onnx;

namespace PublicityCheck.Classification.Encoding;

/// <summary>
/// Which initializer of the encoder's ONNX graph holds each of its parameters, by the parameter's own name
/// (<c>encoder.layer.5.intermediate.dense.weight</c>), for the code that reads the published weights and writes tuned
/// ones back. A tensor the export names (a bias, a normalisation, an embedding table) is held by the initializer of that
/// name. The export leaves its MatMul weights unnamed (a number such as <c>1003</c>, or <c>onnx::MatMul_…</c>); each is
/// named here by the bias of the <c>Add</c> that reads the MatMul's product: the weight multiplied before
/// <c>….query.bias</c> is added is <c>….query.weight</c>.
/// </summary>
/// <remarks>A view of the graph as it is when read: the tensors it gives are the model's own, not copies.</remarks>
internal sealed class EncoderParameters
{
    private const string BiasSuffix = ".bias";
    private const string WeightSuffix = ".weight";

    private readonly Dictionary<string, TensorProto> _tensors;
    private readonly Dictionary<string, string> _initializers;
    private readonly Dictionary<string, NodeProto> _products;

    private EncoderParameters(Dictionary<string, TensorProto> tensors, Dictionary<string, string> initializers, Dictionary<string, NodeProto> products)
    {
        _tensors = tensors;
        _initializers = initializers;
        _products = products;
    }

    /// <summary>The name of the initializer that holds each parameter, by the parameter's name; every initializer also by its own.</summary>
    public IReadOnlyDictionary<string, string> Initializers => _initializers;

    /// <summary>Reads the parameters' names out of <paramref name="model"/>'s graph.</summary>
    /// <exception cref="InvalidDataException">
    /// The model has no graph, or the product of a MatMul by an initializer is not read by one <c>Add</c> of a tensor
    /// whose name ends in <c>.bias</c>.
    /// </exception>
    public static EncoderParameters Of(ModelProto model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var graph = model.Graph ?? throw new InvalidDataException("The ONNX model has no graph.");
        var tensors = new Dictionary<string, TensorProto>(StringComparer.Ordinal);
        var initializers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var tensor in graph.Initializer)
        {
            if (tensors.TryAdd(tensor.Name, tensor))
            {
                initializers[tensor.Name] = tensor.Name;
            }
        }

        var readers = OnnxGraph.ReadersOf(graph);
        var products = new Dictionary<string, NodeProto>(StringComparer.Ordinal);
        foreach (var matMul in graph.Node.Where(n => n.OpType == "MatMul" && n.Input.Count == 2 && tensors.ContainsKey(n.Input[1])))
        {
            var weight = WeightOf(matMul, readers);
            initializers[weight] = matMul.Input[1];
            products[weight] = matMul;
        }

        return new EncoderParameters(tensors, initializers, products);
    }

    /// <summary>The name of the initializer that holds <paramref name="parameter"/>.</summary>
    /// <exception cref="InvalidDataException">The graph has no such parameter.</exception>
    public string InitializerOf(string parameter) =>
        _initializers.TryGetValue(parameter, out var initializer) ? initializer : throw Missing(parameter);

    /// <summary>The initializer that holds <paramref name="parameter"/>.</summary>
    /// <exception cref="InvalidDataException">The graph has no such parameter.</exception>
    public TensorProto TensorOf(string parameter) => _tensors[InitializerOf(parameter)];

    /// <summary>The MatMul that multiplies by the weight matrix <paramref name="weight"/> (<c>….query.weight</c>), its second input.</summary>
    /// <exception cref="InvalidDataException">No MatMul's product has the bias of that name added to it.</exception>
    public NodeProto ProductOf(string weight)
    {
        ArgumentNullException.ThrowIfNull(weight);
        if (_products.TryGetValue(weight, out var matMul))
        {
            return matMul;
        }

        var bias = weight.EndsWith(WeightSuffix, StringComparison.Ordinal) ? $"'{weight[..^WeightSuffix.Length]}{BiasSuffix}'" : "its bias";
        throw new InvalidDataException($"The ONNX graph has no MatMul by '{weight}': none is followed by the Add of {bias}.");
    }

    // The parameter name of the weight matrix matMul multiplies by, from the bias of the one Add that reads its product.
    private static string WeightOf(NodeProto matMul, Dictionary<string, List<NodeProto>> readers)
    {
        var product = matMul.Output[0];
        var adds = readers.GetValueOrDefault(product)?.Where(r => r.OpType == "Add").ToList() ?? [];
        if (adds.Count != 1)
        {
            throw new InvalidDataException(adds.Count == 0
                ? $"The product of MatMul '{matMul.Name}' is not followed by the Add of a bias."
                : $"The product of MatMul '{matMul.Name}' is read by {adds.Count} Adds, where one, of its bias, was expected.");
        }

        var others = adds[0].Input.Where(i => i != product).ToList();
        if (others.Count != 1 || !others[0].EndsWith(BiasSuffix, StringComparison.Ordinal))
        {
            throw new InvalidDataException($"MatMul '{matMul.Name}' is followed by '{string.Join("', '", others)}', which is not a bias.");
        }

        return others[0][..^BiasSuffix.Length] + WeightSuffix;
    }

    private static InvalidDataException Missing(string parameter) => new($"The ONNX model has no tensor '{parameter}'.");
}
