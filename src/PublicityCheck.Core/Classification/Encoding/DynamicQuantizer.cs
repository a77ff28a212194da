using System.Buffers.Binary;
using System.Runtime.InteropServices;
using Google.Protobuf;
using Onnx;

namespace PublicityCheck.Classification.Encoding;

/// <summary>
/// Dynamic int8 quantisation of an ONNX model's weights, as ONNX Runtime's Python <c>quantize_dynamic</c> does it, for
/// ONNX Runtime's .NET build, which has no quantiser of its own, with its <c>reduce_range</c>. Weights become 8-bit
/// integers of seven bits' range with a float scale per output column (symmetric: zero is exactly zero); activations stay float and are quantised by ONNX Runtime as it runs,
/// one scale per tensor per call. Two kinds of node change:
/// <list type="bullet">
/// <item>a <c>MatMul</c> whose second input is a 2-D float initializer becomes ONNX Runtime's contrib operator
/// <c>com.microsoft.DynamicQuantizeMatMul</c> with int8 weights and per-column scales; an <c>Add</c> of a float vector
/// that is the product's only consumer joins it as its bias;</item>
/// <item>a <c>Gather</c> of rows from a large 2-D float initializer (an embedding table) reads int8 rows and multiplies
/// them by each row's own scale, gathered alongside.</item>
/// </list>
/// Everything else (attention's products of two activations, normalisation, small tables) is left in float32. A
/// 4-byte weight becomes one byte, so a model of mostly weights shrinks to about a quarter.
/// </summary>
internal static class DynamicQuantizer
{
    /// <summary>The domain of ONNX Runtime's contrib operators.</summary>
    public const string MicrosoftDomain = "com.microsoft";

    /// <summary>Tables of fewer numbers than this are left in float32: the saving is nothing beside the model.</summary>
    public const int MinimumElements = 16 * 1024;

    /// <summary>
    /// What the quantiser writes, for the name of a cached model: a change of method must not read a model quantised the
    /// old way. "7" since a weight matrix keeps seven bits.
    /// </summary>
    public const string Format = "7";

    // A weight matrix's values reach at most 63 (seven bits and a sign). ONNX Runtime quantises the activations to 0-255,
    // and on x86 processors without VNNI (AVX2 alone, or AVX-512 before it) its kernel multiplies them in pairs into
    // 16-bit sums that saturate: 255 x 127 twice is 64,770, past 32,767, and a layer's outputs then go wrong (on a
    // 2-core AVX2 machine a test layer's came out two to four times too large), while 255 x 63 twice is 32,130. ONNX
    // Runtime's Python quantiser offers the same as "reduce_range". It costs a bit of each weight's precision on every
    // processor, and makes the vectors the same on all of them.
    private const sbyte ColumnLimit = 63;

    // An embedding table's rows are multiplied back in float (a Cast and a Mul), so they keep all eight bits.
    private const sbyte RowLimit = 127;

    /// <summary>The model in <paramref name="onnx"/> with its weights quantised, as ONNX bytes.</summary>
    /// <exception cref="InvalidDataException">The bytes are not an ONNX model.</exception>
    public static byte[] Quantize(byte[] onnx, out QuantizationSummary summary)
    {
        ArgumentNullException.ThrowIfNull(onnx);
        ModelProto model;
        try
        {
            model = ModelProto.Parser.ParseFrom(onnx);
        }
        catch (InvalidProtocolBufferException ex)
        {
            throw new InvalidDataException("The bytes are not an ONNX model: " + ex.Message, ex);
        }

        summary = Quantize(model);
        return model.ToByteArray();
    }

    /// <summary>Quantises <paramref name="model"/>'s weights in place.</summary>
    /// <exception cref="InvalidDataException">The model has no graph.</exception>
    public static QuantizationSummary Quantize(ModelProto model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var graph = model.Graph ?? throw new InvalidDataException("The ONNX model has no graph.");
        var initializers = graph.Initializer.ToDictionary(t => t.Name, StringComparer.Ordinal);
        var consumers = OnnxGraph.ReadersOf(graph);
        var graphOutputs = graph.Output.Select(o => o.Name).ToHashSet(StringComparer.Ordinal);
        var quantizedColumns = new Dictionary<string, (string Weights, string Scales)>(StringComparer.Ordinal);
        var quantizedRows = new Dictionary<string, (string Rows, string Scales)>(StringComparer.Ordinal);
        var removed = new HashSet<NodeProto>();
        var rewritten = new List<NodeProto>(graph.Node.Count);
        var matMuls = 0;
        var gathers = 0;
        var biases = 0;

        foreach (var node in graph.Node)
        {
            if (removed.Contains(node))
            {
                continue;
            }

            if (IsDefaultDomain(node) && node.OpType == "MatMul" && node.Input.Count == 2
                && !initializers.ContainsKey(node.Input[0])
                && initializers.TryGetValue(node.Input[1], out var weight) && IsFloatMatrix(weight))
            {
                if (!quantizedColumns.TryGetValue(weight.Name, out var quantized))
                {
                    quantized = QuantizeColumns(weight, graph);
                    quantizedColumns[weight.Name] = quantized;
                }

                var output = node.Output[0];
                var bias = "";
                if (BiasAfter(node, weight, initializers, consumers, graphOutputs) is { } add)
                {
                    bias = add.Input[0] == output ? add.Input[1] : add.Input[0];
                    output = add.Output[0];
                    removed.Add(add);
                    biases++;
                }

                var replacement = new NodeProto
                {
                    Name = node.Name + "_quantized",
                    OpType = "DynamicQuantizeMatMul",
                    Domain = MicrosoftDomain,
                };
                replacement.Input.Add([node.Input[0], quantized.Weights, quantized.Scales, "", bias]);
                if (bias.Length == 0)
                {
                    // Trailing optional inputs are left off rather than named empty.
                    replacement.Input.RemoveAt(4);
                    replacement.Input.RemoveAt(3);
                }

                replacement.Output.Add(output);
                rewritten.Add(replacement);
                matMuls++;
                continue;
            }

            if (IsDefaultDomain(node) && node.OpType == "Gather" && node.Input.Count == 2
                && Axis(node) == 0
                && initializers.TryGetValue(node.Input[0], out var table) && IsFloatMatrix(table)
                && table.Dims[0] * table.Dims[1] >= MinimumElements)
            {
                if (!quantizedRows.TryGetValue(table.Name, out var quantized))
                {
                    quantized = QuantizeRows(table, graph);
                    quantizedRows[table.Name] = quantized;
                }

                rewritten.AddRange(GatherRows(node, quantized.Rows, quantized.Scales));
                gathers++;
                continue;
            }

            rewritten.Add(node);
        }

        graph.Node.Clear();
        graph.Node.Add(rewritten);
        RemoveUnused(graph);
        if (matMuls > 0 && !model.OpsetImport.Any(o => o.Domain == MicrosoftDomain))
        {
            model.OpsetImport.Add(new OperatorSetIdProto { Domain = MicrosoftDomain, Version = 1 });
        }

        return new QuantizationSummary(matMuls, biases, gathers);
    }

    private static bool IsDefaultDomain(NodeProto node) => node.Domain is "" or "ai.onnx";

    private static long Axis(NodeProto node) => node.Attribute.FirstOrDefault(a => a.Name == "axis") is { } axis ? axis.I : 0;

    private static bool IsFloatMatrix(TensorProto tensor) =>
        tensor.DataType == (int)TensorProto.Types.DataType.Float && tensor.Dims.Count == 2 && tensor.Dims[0] > 0 && tensor.Dims[1] > 0
        && tensor.DataLocation != TensorProto.Types.DataLocation.External;

    // An Add of a float vector of the product's width, which is the product's only reader: folded in as the bias.
    private static NodeProto? BiasAfter(
        NodeProto matMul, TensorProto weight, Dictionary<string, TensorProto> initializers, Dictionary<string, List<NodeProto>> consumers, HashSet<string> graphOutputs)
    {
        var output = matMul.Output[0];
        if (graphOutputs.Contains(output) || !consumers.TryGetValue(output, out var readers) || readers is not [{ OpType: "Add" } add]
            || !IsDefaultDomain(add) || add.Input.Count != 2)
        {
            return null;
        }

        var other = add.Input[0] == output ? add.Input[1] : add.Input[0];
        return other != output && initializers.TryGetValue(other, out var bias)
            && bias.DataType == (int)TensorProto.Types.DataType.Float && bias.Dims is [var width] && width == weight.Dims[1]
            ? add
            : null;
    }

    // Per-column symmetric int8 of seven bits: column n's scale is its largest magnitude over 63 (ColumnLimit).
    private static (string Weights, string Scales) QuantizeColumns(TensorProto weight, GraphProto graph)
    {
        var rows = checked((int)weight.Dims[0]);
        var columns = checked((int)weight.Dims[1]);
        var values = FloatsOf(weight);
        var scales = new float[columns];
        for (var r = 0; r < rows; r++)
        {
            var row = values.AsSpan(r * columns, columns);
            for (var c = 0; c < columns; c++)
            {
                scales[c] = Math.Max(scales[c], Math.Abs(row[c]));
            }
        }

        for (var c = 0; c < columns; c++)
        {
            scales[c] = ScaleFor(scales[c], ColumnLimit);
        }

        var quantized = new sbyte[values.Length];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                quantized[(r * columns) + c] = Round(values[(r * columns) + c], scales[c], ColumnLimit);
            }
        }

        var names = (weight.Name + "_quantized", weight.Name + "_scale");
        graph.Initializer.Add(Int8Tensor(names.Item1, [rows, columns], quantized));
        graph.Initializer.Add(FloatTensor(names.Item2, [columns], scales));
        return names;
    }

    // Per-row symmetric int8 for a table read a row at a time: each row keeps its own scale, so a rare word's small
    // vector keeps its precision beside a common word's large one. The scales are a [rows, 1] table gathered alongside.
    private static (string Rows, string Scales) QuantizeRows(TensorProto table, GraphProto graph)
    {
        var rows = checked((int)table.Dims[0]);
        var columns = checked((int)table.Dims[1]);
        var values = FloatsOf(table);
        var scales = new float[rows];
        var quantized = new sbyte[values.Length];
        for (var r = 0; r < rows; r++)
        {
            var row = values.AsSpan(r * columns, columns);
            var largest = 0f;
            foreach (var value in row)
            {
                largest = Math.Max(largest, Math.Abs(value));
            }

            scales[r] = ScaleFor(largest, RowLimit);
            for (var c = 0; c < columns; c++)
            {
                quantized[(r * columns) + c] = Round(row[c], scales[r], RowLimit);
            }
        }

        var names = (table.Name + "_quantized", table.Name + "_scale");
        graph.Initializer.Add(Int8Tensor(names.Item1, [rows, columns], quantized));
        graph.Initializer.Add(FloatTensor(names.Item2, [rows, 1], scales));
        return names;
    }

    // Gather(int8 rows) -> Cast(float) -> Mul(Gather(row scales)), writing the original Gather's output.
    private static IEnumerable<NodeProto> GatherRows(NodeProto gather, string rows, string scales)
    {
        var output = gather.Output[0];
        var indices = gather.Input[1];
        var gathered = output + "_int8";
        var asFloat = output + "_unscaled";
        var rowScales = output + "_row_scale";

        var readRows = new NodeProto { Name = gather.Name + "_quantized", OpType = "Gather" };
        readRows.Input.Add([rows, indices]);
        readRows.Output.Add(gathered);

        var cast = new NodeProto { Name = gather.Name + "_cast", OpType = "Cast" };
        cast.Input.Add(gathered);
        cast.Output.Add(asFloat);
        cast.Attribute.Add(new AttributeProto { Name = "to", Type = AttributeProto.Types.AttributeType.Int, I = (long)TensorProto.Types.DataType.Float });

        var readScales = new NodeProto { Name = gather.Name + "_scales", OpType = "Gather" };
        readScales.Input.Add([scales, indices]);
        readScales.Output.Add(rowScales);

        var scale = new NodeProto { Name = gather.Name + "_dequantized", OpType = "Mul" };
        scale.Input.Add([asFloat, rowScales]);
        scale.Output.Add(output);
        return [readRows, cast, readScales, scale];
    }

    // A column or row of zeros keeps scale 1, so that dividing by it is safe and its values stay zero.
    private static float ScaleFor(float largestMagnitude, sbyte limit) => largestMagnitude > 0 ? largestMagnitude / limit : 1f;

    private static sbyte Round(float value, float scale, sbyte limit) =>
        (sbyte)Math.Clamp(MathF.Round(value / scale, MidpointRounding.ToEven), -limit, limit);

    // Initializers no node reads any more (the float weights replaced), and their entries among the graph's inputs
    // (older exports list initializers there too).
    private static void RemoveUnused(GraphProto graph)
    {
        var read = graph.Node.SelectMany(n => n.Input).Concat(graph.Output.Select(o => o.Name)).ToHashSet(StringComparer.Ordinal);
        var unused = graph.Initializer.Where(t => !read.Contains(t.Name)).ToList();
        foreach (var tensor in unused)
        {
            graph.Initializer.Remove(tensor);
        }

        var names = unused.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var input in graph.Input.Where(i => names.Contains(i.Name)).ToList())
        {
            graph.Input.Remove(input);
        }
    }

    // The values of a float initializer however the model holds them, read as a tuning reads them.
    private static float[] FloatsOf(TensorProto tensor) => EncoderTuning.ValuesOf(tensor);

    private static TensorProto Int8Tensor(string name, long[] dims, sbyte[] values)
    {
        var tensor = new TensorProto { Name = name, DataType = (int)TensorProto.Types.DataType.Int8 };
        tensor.Dims.Add(dims);
        tensor.RawData = ByteString.CopyFrom(MemoryMarshal.AsBytes(values.AsSpan()));
        return tensor;
    }

    /// <summary>A float tensor initializer named <paramref name="name"/>, its values little-endian in raw data as ONNX stores them.</summary>
    internal static TensorProto FloatTensor(string name, long[] dims, float[] values)
    {
        var tensor = new TensorProto { Name = name, DataType = (int)TensorProto.Types.DataType.Float };
        tensor.Dims.Add(dims);
        var bytes = new byte[values.Length * sizeof(float)];
        for (var i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(i * sizeof(float)), values[i]);
        }

        tensor.RawData = ByteString.CopyFrom(bytes);
        return tensor;
    }
}

/// <summary>What <see cref="DynamicQuantizer"/> changed in a model.</summary>
/// <param name="MatMuls">Products with a weight matrix now quantised.</param>
/// <param name="Biases">Of those, how many took the following addition of a bias in.</param>
/// <param name="Gathers">Reads of rows from an embedding table now quantised.</param>
internal sealed record QuantizationSummary(int MatMuls, int Biases, int Gathers);
