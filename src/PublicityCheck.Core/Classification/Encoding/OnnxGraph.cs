using Onnx;

namespace PublicityCheck.Classification.Encoding;

/// <summary>Questions about an ONNX graph's wiring that more than one reader of the encoder asks.</summary>
internal static class OnnxGraph
{
    /// <summary>The nodes that read each tensor, by the tensor's name, in the graph's order.</summary>
    public static Dictionary<string, List<NodeProto>> ReadersOf(GraphProto graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
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

        return readers;
    }
}
