using Google.Protobuf;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using Onnx;
using PublicityCheck.Classification.Encoding;

namespace PublicityCheck.Training.Tuning;

/// <summary>
/// The output of the encoder's lower layers, which tuning leaves alone, computed once by ONNX Runtime rather than at
/// every step by the tuner's own arithmetic: the published graph is given one more output, the tensor the first tuned
/// layer reads, and run in batches of sentences of a length. Several times quicker than the tuner's plain loops, and
/// the same numbers to float precision (a test holds the two together).
/// </summary>
internal sealed class LowerLayers : IDisposable
{
    private const int BatchSize = 32;
    private readonly InferenceSession _session;
    private readonly string _output;
    private readonly int _hidden;

    private LowerLayers(InferenceSession session, string output, int hidden)
    {
        _session = session;
        _output = output;
        _hidden = hidden;
    }

    /// <summary>A runner of <paramref name="model"/> up to the input of layer <paramref name="layer"/> (0-based): what the layer's query projection multiplies.</summary>
    /// <exception cref="InvalidDataException">The graph does not have the layer's query projection where BERT's export puts it.</exception>
    public static LowerLayers Create(ModelProto model, int layer, int hidden)
    {
        var input = EncoderParameters.Of(model).ProductOf($"encoder.layer.{layer}.attention.self.query.weight").Input[0];
        var copy = model.Clone();
        copy.Graph.Output.Add(new ValueInfoProto { Name = input });
        using var options = new SessionOptions { GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_BASIC };
        return new LowerLayers(new InferenceSession(copy.ToByteArray(), options), input, hidden);
    }

    /// <summary>Each sentence's [T × hidden] states, in the order of <paramref name="sentences"/>.</summary>
    public float[][] Run(IReadOnlyList<long[]> sentences)
    {
        var states = new float[sentences.Count][];
        var order = Enumerable.Range(0, sentences.Count).OrderBy(i => sentences[i].Length).ToArray();
        for (var start = 0; start < order.Length; start += BatchSize)
        {
            var batch = order.AsSpan(start, Math.Min(BatchSize, order.Length - start)).ToArray();
            var length = batch.Max(i => sentences[i].Length);
            var shape = new[] { batch.Length, length };
            var ids = new DenseTensor<long>(shape);
            var mask = new DenseTensor<long>(shape);
            for (var b = 0; b < batch.Length; b++)
            {
                var sentence = sentences[batch[b]];
                for (var t = 0; t < sentence.Length; t++)
                {
                    ids[b, t] = sentence[t];
                    mask[b, t] = 1;
                }
            }

            var inputs = new List<NamedOnnxValue>
            {
                NamedOnnxValue.CreateFromTensor("input_ids", ids),
                NamedOnnxValue.CreateFromTensor("attention_mask", mask),
            };
            if (_session.InputMetadata.ContainsKey("token_type_ids"))
            {
                inputs.Add(NamedOnnxValue.CreateFromTensor("token_type_ids", new DenseTensor<long>(shape)));
            }

            using var results = _session.Run(inputs, [_output]);
            var all = results[0].AsTensor<float>().ToArray();
            for (var b = 0; b < batch.Length; b++)
            {
                var tokens = sentences[batch[b]].Length;
                states[batch[b]] = all.AsSpan(b * length * _hidden, tokens * _hidden).ToArray();
            }
        }

        return states;
    }

    public void Dispose() => _session.Dispose();
}
