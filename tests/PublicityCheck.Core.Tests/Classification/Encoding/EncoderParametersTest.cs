using Onnx;
using PublicityCheck.Classification.Encoding;

namespace PublicityCheck.Tests.Classification.Encoding;

/// <summary>
/// The parameters' initializers in the published model's graph, and, on small graphs built here by hand, the refusal
/// of a graph that is not shaped as BERT's export leaves it.
/// </summary>
public class EncoderParametersTest
{
    private const string QueryWeight = "encoder.layer.5.attention.self.query.weight";
    private const string QueryBias = "encoder.layer.5.attention.self.query.bias";

    private static readonly Lazy<ModelProto> Published = new(() => SentenceEncoder.ReadPublishedModel(SentenceEncoder.DefaultModelPath));

    private static readonly Lazy<EncoderParameters> Parameters = new(() => EncoderParameters.Of(Published.Value));

    [Fact]
    public void InitializerOf_AWeightMatrixIsTheUnnamedInitializerMultipliedBeforeItsBiasIsAdded()
    {
        var initializer = Parameters.Value.InitializerOf("encoder.layer.5.intermediate.dense.weight");

        // The export calls the matrix by a number; held [in, out], it widens the 384 hidden units to 1536.
        Assert.Matches("^[0-9]+$", initializer);
        Assert.Equal([384L, 1536L], Initializer(initializer).Dims);
    }

    [Fact]
    public void InitializerOf_ABiasIsTheInitializerOfItsOwnName()
    {
        var initializer = Parameters.Value.InitializerOf("encoder.layer.5.intermediate.dense.bias");

        Assert.Equal("encoder.layer.5.intermediate.dense.bias", initializer);
        Assert.Equal([1536L], Initializer(initializer).Dims);
    }

    [Fact]
    public void InitializerOf_AnEmbeddingTableIsTheInitializerOfItsOwnName()
    {
        var initializer = Parameters.Value.InitializerOf("embeddings.word_embeddings.weight");

        Assert.Equal("embeddings.word_embeddings.weight", initializer);
        Assert.Equal([30522L, 384L], Initializer(initializer).Dims);
    }

    [Fact]
    public void InitializerOf_ANormalisationsScaleIsTheInitializerOfItsOwnName()
    {
        var initializer = Parameters.Value.InitializerOf("encoder.layer.5.output.LayerNorm.weight");

        Assert.Equal("encoder.layer.5.output.LayerNorm.weight", initializer);
        Assert.Equal([384L], Initializer(initializer).Dims);
    }

    [Fact]
    public void InitializerOf_RefusesAParameterTheModelDoesNotHaveAndNamesIt()
    {
        var error = Assert.Throws<InvalidDataException>(() => Parameters.Value.InitializerOf("encoder.layer.6.output.dense.weight"));

        Assert.Equal("The ONNX model has no tensor 'encoder.layer.6.output.dense.weight'.", error.Message);
    }

    [Fact]
    public void TensorOf_IsTheModelsOwnInitializerOfTheParameter()
    {
        var tensor = Parameters.Value.TensorOf(QueryWeight);

        Assert.Same(Published.Value.Graph.Initializer.Single(t => t.Name == Parameters.Value.InitializerOf(QueryWeight)), tensor);
    }

    [Fact]
    public void ProductOf_IsTheMatMulByTheWeightWhoseProductTheBiasIsAddedTo()
    {
        var graph = Published.Value.Graph;

        var matMul = Parameters.Value.ProductOf(QueryWeight);

        Assert.Equal("MatMul", matMul.OpType);
        Assert.Equal(Parameters.Value.InitializerOf(QueryWeight), matMul.Input[1]);
        Assert.Contains(graph.Node, n => n.OpType == "Add" && n.Input.Contains(matMul.Output[0]) && n.Input.Contains(QueryBias));
    }

    [Fact]
    public void ProductOf_RefusesAWeightNoMatMulMultipliesByAndNamesItsBias()
    {
        var error = Assert.Throws<InvalidDataException>(() => Parameters.Value.ProductOf("encoder.layer.6.attention.self.query.weight"));

        Assert.Equal(
            "The ONNX graph has no MatMul by 'encoder.layer.6.attention.self.query.weight': none is followed by the Add of 'encoder.layer.6.attention.self.query.bias'.",
            error.Message);
    }

    [Fact]
    public void Of_NamesTheWeightOfAHandBuiltProjectionByItsBias()
    {
        var parameters = EncoderParameters.Of(Projection(addend: QueryBias));

        Assert.Equal("onnx::MatMul_17", parameters.InitializerOf(QueryWeight));
    }

    [Fact]
    public void Of_RefusesAGraphWhoseMatMulProductNoAddReadsAndNamesTheMatMul()
    {
        var model = Projection(addend: QueryBias);
        model.Graph.Node.Remove(model.Graph.Node.Single(n => n.OpType == "Add"));

        var error = Assert.Throws<InvalidDataException>(() => EncoderParameters.Of(model));

        Assert.Equal("The product of MatMul '/encoder/layer.5/attention/self/query/MatMul' is not followed by the Add of a bias.", error.Message);
    }

    [Fact]
    public void Of_RefusesAGraphWhoseMatMulProductIsAddedToSomethingOtherThanABias()
    {
        var error = Assert.Throws<InvalidDataException>(() => EncoderParameters.Of(Projection(addend: "residual")));

        Assert.Equal("MatMul '/encoder/layer.5/attention/self/query/MatMul' is followed by 'residual', which is not a bias.", error.Message);
    }

    [Fact]
    public void Of_RefusesAModelWithoutAGraph()
    {
        var error = Assert.Throws<InvalidDataException>(() => EncoderParameters.Of(new ModelProto()));

        Assert.Equal("The ONNX model has no graph.", error.Message);
    }

    private static TensorProto Initializer(string name) => Published.Value.Graph.Initializer.Single(t => t.Name == name);

    // hidden [1, 4] × onnx::MatMul_17 [4, 3], plus addend: one query projection as the export writes it.
    private static ModelProto Projection(string addend)
    {
        var graph = new GraphProto { Name = "projection" };
        graph.Initializer.Add(DynamicQuantizer.FloatTensor("onnx::MatMul_17", [4, 3], [.. Enumerable.Range(0, 12).Select(i => i / 10f)]));
        graph.Initializer.Add(DynamicQuantizer.FloatTensor(QueryBias, [3], [0.1f, -0.2f, 0.3f]));
        var matMul = new NodeProto { Name = "/encoder/layer.5/attention/self/query/MatMul", OpType = "MatMul" };
        matMul.Input.Add(["hidden", "onnx::MatMul_17"]);
        matMul.Output.Add("product");
        var add = new NodeProto { Name = "/encoder/layer.5/attention/self/query/Add", OpType = "Add" };
        add.Input.Add([addend, "product"]);
        add.Output.Add("query");
        graph.Node.Add([matMul, add]);
        return new ModelProto { IrVersion = 7, Graph = graph };
    }
}
