using System.Buffers.Binary;
using Google.Protobuf;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using Onnx;
using PublicityCheck.Classification.Encoding;

namespace PublicityCheck.Tests.Classification.Encoding;

/// <summary>
/// The quantiser on graphs built here by hand, small enough to reason about: a linear layer (a product with a weight
/// matrix, then a bias), an embedding table read by row, and a product of two activations.
/// </summary>
public class DynamicQuantizerTest
{
    private const int Inputs = 8;
    private const int Outputs = 6;
    private const int TableRows = 1024;
    private const int TableWidth = 32;

    [Fact]
    public void Quantize_ReplacesALinearLayerByOneDynamicQuantizeMatMulWithItsBias()
    {
        var model = LinearLayer();

        var summary = DynamicQuantizer.Quantize(model);

        var node = Assert.Single(model.Graph.Node);
        Assert.Equal(("DynamicQuantizeMatMul", "com.microsoft"), (node.OpType, node.Domain));
        Assert.Equal(["x", "weight_quantized", "weight_scale", "", "bias"], node.Input);
        Assert.Equal("y", Assert.Single(node.Output));
        Assert.Equal(new QuantizationSummary(MatMuls: 1, Biases: 1, Gathers: 0), summary);
        Assert.Contains(model.OpsetImport, o => o.Domain == "com.microsoft" && o.Version == 1);
    }

    [Fact]
    public void Quantize_KeepsWeightsAsInt8WithAScalePerColumnAndDropsTheFloatOnes()
    {
        var model = LinearLayer();

        DynamicQuantizer.Quantize(model);

        var tensors = model.Graph.Initializer.ToDictionary(t => t.Name);
        Assert.Equal(["bias", "weight_quantized", "weight_scale"], tensors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal((int)TensorProto.Types.DataType.Int8, tensors["weight_quantized"].DataType);
        Assert.Equal([Inputs, Outputs], tensors["weight_quantized"].Dims);
        Assert.Equal(Inputs * Outputs, tensors["weight_quantized"].RawData.Length);
        Assert.Equal([Outputs], tensors["weight_scale"].Dims);
    }

    [Fact]
    public void Quantize_ScalesEachColumnSoThatItsLargestMagnitudeIs63()
    {
        var model = LinearLayer();
        var weights = Weights();

        DynamicQuantizer.Quantize(model);

        var tensors = model.Graph.Initializer.ToDictionary(t => t.Name);
        var scales = Floats(tensors["weight_scale"]);
        var quantized = tensors["weight_quantized"].RawData.ToByteArray();
        for (var c = 0; c < Outputs; c++)
        {
            var largest = Enumerable.Range(0, Inputs).Max(r => Math.Abs(weights[(r * Outputs) + c]));
            Assert.Equal(largest / 63, scales[c], 6);
            Assert.Equal(63, Enumerable.Range(0, Inputs).Max(r => Math.Abs((sbyte)quantized[(r * Outputs) + c])));
            for (var r = 0; r < Inputs; r++)
            {
                Assert.Equal(weights[(r * Outputs) + c], (sbyte)quantized[(r * Outputs) + c] * scales[c], scales[c] / 2 * 1.0001);
            }
        }
    }

    [Fact]
    public void Quantize_GivesALinearLayerOutputsCloseToTheFloatOnes()
    {
        // Inputs that fill the activations' 0-255 and weights that fill the columns' range: in eight bits, two such
        // products summed in 16 bits saturate on a processor without VNNI, and the outputs come out several times too large.
        var model = LinearLayer();
        var input = Enumerable.Range(0, 3 * Inputs).Select(i => MathF.Sin(i * 0.7f) * 2).ToArray();
        var expected = Run(model, "x", input, [3, Inputs]);

        DynamicQuantizer.Quantize(model);
        var actual = Run(model, "x", input, [3, Inputs]);

        // Each weight within half its column's step (its largest over 63), each input within half the activations'
        // step (their range, with zero, over 255): each output within the sum of what those errors can add.
        var weights = Weights();
        var inputStep = (Math.Max(0, input.Max()) - Math.Min(0, input.Min())) / 255.0;
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < actual.Length; i++)
        {
            var (row, column) = (i / Outputs, i % Outputs);
            var weightStep = Enumerable.Range(0, Inputs).Max(k => Math.Abs(weights[(k * Outputs) + column])) / 63.0;
            var bound = Enumerable.Range(0, Inputs).Sum(k =>
                (Math.Abs(input[(row * Inputs) + k]) * weightStep / 2) + (Math.Abs(weights[(k * Outputs) + column]) * inputStep / 2) + (weightStep * inputStep / 4));
            Assert.Equal(expected[i], actual[i], (bound * 1.0001) + 1e-5);
        }
    }

    [Fact]
    public void Quantize_ReadsEmbeddingRowsAsInt8TimesEachRowsScale()
    {
        var model = EmbeddingLookup(TableRows);
        var ids = new long[] { 0, 7, 1023, 512, 7 };
        var expected = Run(model, ids);

        var summary = DynamicQuantizer.Quantize(model);
        var actual = Run(model, ids);

        Assert.Equal(new QuantizationSummary(MatMuls: 0, Biases: 0, Gathers: 1), summary);
        Assert.Equal(["Gather", "Cast", "Gather", "Mul"], model.Graph.Node.Select(n => n.OpType));
        Assert.Equal([TableRows, 1], model.Graph.Initializer.Single(t => t.Name == "table_scale").Dims);
        Assert.DoesNotContain(model.Graph.Initializer, t => t.Name == "table");
        for (var i = 0; i < expected.Length; i++)
        {
            // Row scales differ by row (row r's values reach r + 1), so each value is within half of its own row's step.
            var row = ids[i / TableWidth];
            Assert.Equal(expected[i], actual[i], (row + 1) / 127.0 / 2 * 1.0001);
        }
    }

    [Fact]
    public void Quantize_LeavesATableTooSmallToMatterInFloat()
    {
        var model = EmbeddingLookup(rows: 2);

        var summary = DynamicQuantizer.Quantize(model);

        Assert.Equal(0, summary.Gathers);
        Assert.Equal("Gather", Assert.Single(model.Graph.Node).OpType);
        Assert.Equal((int)TensorProto.Types.DataType.Float, Assert.Single(model.Graph.Initializer).DataType);
    }

    [Fact]
    public void Quantize_LeavesAProductOfTwoActivationsInFloat()
    {
        var model = Model(
            [Input("a", [2, 3]), Input("b", [3, 2])],
            Output("y", [2, 2]),
            [Node("MatMul", ["a", "b"], "y")],
            []);

        var summary = DynamicQuantizer.Quantize(model);

        Assert.Equal(new QuantizationSummary(0, 0, 0), summary);
        Assert.Equal("MatMul", Assert.Single(model.Graph.Node).OpType);
        Assert.DoesNotContain(model.OpsetImport, o => o.Domain == "com.microsoft");
    }

    [Fact]
    public void Quantize_KeepsTheAdditionWhenTheProductIsReadElsewhereToo()
    {
        var model = Model(
            [Input("x", [1, Inputs])],
            Output("y", [1, Outputs]),
            [Node("MatMul", ["x", "weight"], "product"), Node("Add", ["product", "bias"], "sum"), Node("Mul", ["product", "sum"], "y")],
            [DynamicQuantizer.FloatTensor("weight", [Inputs, Outputs], Weights()), DynamicQuantizer.FloatTensor("bias", [Outputs], [.. Enumerable.Range(0, Outputs).Select(i => i * 0.1f)])]);

        var summary = DynamicQuantizer.Quantize(model);

        Assert.Equal(0, summary.Biases);
        Assert.Equal(["DynamicQuantizeMatMul", "Add", "Mul"], model.Graph.Node.Select(n => n.OpType));
        Assert.Equal("product", model.Graph.Node[0].Output[0]);
        Assert.Equal(3, model.Graph.Node[0].Input.Count);
    }

    [Fact]
    public void Quantize_RefusesBytesThatAreNotAModel()
    {
        Assert.Throws<InvalidDataException>(() => DynamicQuantizer.Quantize([0xFF, 0xFF, 0xFF, 0xFF, 0x0F], out _));
    }

    // y = x · weight + bias, as a PyTorch export writes a linear layer.
    private static ModelProto LinearLayer() => Model(
        [Input("x", [-1, Inputs])],
        Output("y", [-1, Outputs]),
        [Node("MatMul", ["x", "weight"], "product"), Node("Add", ["bias", "product"], "y")],
        [DynamicQuantizer.FloatTensor("weight", [Inputs, Outputs], Weights()), DynamicQuantizer.FloatTensor("bias", [Outputs], [.. Enumerable.Range(0, Outputs).Select(i => (i - 2) * 0.25f)])]);

    // Columns of different magnitudes (column c reaches about c + 1), so that one scale for all would lose the small ones.
    private static float[] Weights() => [.. Enumerable.Range(0, Inputs * Outputs).Select(i => MathF.Cos(i * 1.3f) * ((i % Outputs) + 1))];

    // Row r of the table reaches r + 1 in magnitude.
    private static ModelProto EmbeddingLookup(int rows) => Model(
        [Input("ids", [-1], TensorProto.Types.DataType.Int64)],
        Output("y", [-1, TableWidth]),
        [Node("Gather", ["table", "ids"], "y")],
        [DynamicQuantizer.FloatTensor("table", [rows, TableWidth], [.. Enumerable.Range(0, rows * TableWidth).Select(i => MathF.Sin(i * 0.37f) * ((i / TableWidth) + 1))])]);

    private static float[] Run(ModelProto model, string name, float[] input, int[] shape)
    {
        using var session = new InferenceSession(model.ToByteArray());
        using var results = session.Run([NamedOnnxValue.CreateFromTensor(name, new DenseTensor<float>(input, shape))]);
        return [.. results[0].AsTensor<float>()];
    }

    private static float[] Run(ModelProto model, long[] ids)
    {
        using var session = new InferenceSession(model.ToByteArray());
        using var results = session.Run([NamedOnnxValue.CreateFromTensor("ids", new DenseTensor<long>(ids, [ids.Length]))]);
        return [.. results[0].AsTensor<float>()];
    }

    private static ModelProto Model(ValueInfoProto[] inputs, ValueInfoProto output, NodeProto[] nodes, TensorProto[] initializers)
    {
        var graph = new GraphProto { Name = "test" };
        graph.Input.Add(inputs);
        graph.Output.Add(output);
        graph.Node.Add(nodes);
        graph.Initializer.Add(initializers);
        var model = new ModelProto { IrVersion = 7, Graph = graph };
        model.OpsetImport.Add(new OperatorSetIdProto { Domain = "", Version = 13 });
        return model;
    }

    private static NodeProto Node(string op, string[] inputs, string output)
    {
        var node = new NodeProto { OpType = op, Name = op + "_" + output };
        node.Input.Add(inputs);
        node.Output.Add(output);
        return node;
    }

    private static ValueInfoProto Input(string name, long[] dims, TensorProto.Types.DataType type = TensorProto.Types.DataType.Float) => Value(name, dims, type);

    private static ValueInfoProto Output(string name, long[] dims) => Value(name, dims, TensorProto.Types.DataType.Float);

    private static ValueInfoProto Value(string name, long[] dims, TensorProto.Types.DataType type)
    {
        var shape = new TensorShapeProto();
        shape.Dim.Add(dims.Select(d => d < 0 ? new TensorShapeProto.Types.Dimension { DimParam = "n" } : new TensorShapeProto.Types.Dimension { DimValue = d }));
        return new ValueInfoProto { Name = name, Type = new TypeProto { TensorType = new TypeProto.Types.Tensor { ElemType = (int)type, Shape = shape } } };
    }

    private static float[] Floats(TensorProto tensor)
    {
        var bytes = tensor.RawData.ToByteArray();
        return [.. Enumerable.Range(0, bytes.Length / sizeof(float)).Select(i => BinaryPrimitives.ReadSingleLittleEndian(bytes.AsSpan(i * sizeof(float))))];
    }
}
