using PublicityCheck.Classification.Encoding;

namespace PublicityCheck.Training.Tuning;

/// <summary>What <c>--tune-layers</c> did: the tuning written beside the model, and how the run went.</summary>
internal sealed record TuningSummary(EncoderTuning Tuning, TuningSettings Settings, IReadOnlyList<double> EpochLosses, TimeSpan Elapsed, int Sentences);

/// <summary>
/// Fine-tunes the published sentence encoder on the training sentences (never the test split, never the real
/// development sets) and gives the changed tensors as an <see cref="EncoderTuning"/>, under the names of the published
/// model's initializers, so that the tool can patch them into the model it already ships.
/// </summary>
internal static class TuningStep
{
    public static TuningSummary Run(IReadOnlyList<LabelledSentence> train, double groupWeighting, TuningSettings settings, Action<string> progress)
    {
        ArgumentNullException.ThrowIfNull(train);
        var shape = EncoderShape.MiniLm;
        var model = SentenceEncoder.ReadPublishedModel(SentenceEncoder.DefaultModelPath);
        var published = PublishedEncoder.Read(model, shape);
        var first = shape.Layers - settings.Layers;

        // The published encoder tokenises, gives the vectors the head starts from, and, in ONNX Runtime, the states the
        // first tuned layer reads.
        var encoder = SentenceEncoder.SharedFor(EncoderPrecision.Float32);
        var texts = train.Select(s => s.Text).ToArray();
        var ids = texts.Select(encoder.Tokenize).ToArray();
        var vectors = encoder.Encode(texts);
        float[][] lower;
        using (var layers = LowerLayers.Create(model, first, shape.Hidden))
        {
            lower = layers.Run(ids);
        }

        var weights = GroupWeights.Of(train, groupWeighting);
        var examples = train.Select((s, i) => new TuningExample(ids[i], s.IsPartisan, weights[i], vectors[i], lower[i])).ToArray();
        progress($"tuning: the top {settings.Layers} of {shape.Layers} layers on {examples.Length} sentences, {settings.Epochs} pass(es), learning rate {settings.Rate}");
        var result = new EncoderTuner(settings).Tune(published.Weights, examples, progress);

        var tensors = new Dictionary<string, float[]>(StringComparer.Ordinal);
        for (var layer = first; layer < shape.Layers; layer++)
        {
            var tuned = result.Weights.Layers[layer].Tensors;
            for (var i = 0; i < tuned.Length; i++)
            {
                tensors[published.Parameters.InitializerOf(PublishedEncoder.ParameterName(layer, i))] = tuned[i];
            }
        }

        return new TuningSummary(EncoderTuning.FromTensors(tensors), settings, result.EpochLosses, result.Elapsed, examples.Length);
    }
}
