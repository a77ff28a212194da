using System.Diagnostics;
using System.Globalization;
using Onnx;
using PublicityCheck.Classification.Encoding;

namespace PublicityCheck.Benchmarks.Profiling;

/// <summary>
/// <c>tuning [ROUNDS]</c>: what an encoder tuning of the top two layers costs. A tuning of those layers is made with
/// normal differences of 1e-3 across (the scale one epoch of fine-tuning gives), written and read back: the file's
/// size, the largest and mean error against the float32 values, and the time to write, read and apply it. Then, each
/// round, the encoder loaded at each precision untuned and tuned, into a fresh cache folder and again from the saved
/// model, each time as wall and CPU time (CPU time is the steadier on a shared machine).
/// </summary>
public static class TuningProfile
{
    /// <summary>How to call it.</summary>
    public const string Usage = "usage: tuning [ROUNDS]";

    /// <summary>Runs it; <paramref name="args"/> are those after <c>tuning</c>. Returns the exit code.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        var rounds = 3;
        if (args.Count > 1 || (args.Count == 1 && !int.TryParse(args[0], NumberStyles.None, CultureInfo.InvariantCulture, out rounds)) || rounds < 1)
        {
            output.WriteLine(Usage);
            return 2;
        }

        var path = SentenceEncoder.DefaultModelPath;
        var published = Timed(output, "published model parsed", () => SentenceEncoder.ReadPublishedModel(path));
        var tuned = Tuned(published, new Random(16));
        var tuning = Timed(output, "tuning made (digest included)", () => EncoderTuning.FromTensors(tuned));
        using var file = new MemoryStream();
        Timed(output, "tuning written", () => tuning.Write(file, published));
        file.Position = 0;
        var read = Timed(output, "tuning read", () => EncoderTuning.Read(file, published));
        var errors = tuned.SelectMany(p => p.Value.Zip(read.Tensors[p.Key], (a, b) => (double)Math.Abs(a - b))).ToList();
        output.WriteLine(Invariant($"{tuned.Sum(p => p.Value.Length)} numbers in {tuned.Count} tensors: file {file.Length} bytes (float32 {tuned.Sum(p => p.Value.Length) * 4L} bytes); largest error {errors.Max():E3}, mean {errors.Average():E3}"));
        var target = SentenceEncoder.ReadPublishedModel(path);
        Timed(output, "tuning applied", () => read.ApplyTo(target));

        for (var round = 1; round <= rounds; round++)
        {
            foreach (var precision in Enum.GetValues<EncoderPrecision>())
            {
                foreach (var with in new[] { null, read })
                {
                    var cache = Path.Combine(Path.GetTempPath(), "publicitycheck-tuning-profile-" + Guid.NewGuid().ToString("N"));
                    try
                    {
                        var name = Invariant($"round {round}, {precision.Name()}, {(with is null ? "untuned" : "tuned")}");
                        Timed(output, name + ", nothing saved", () => SentenceEncoder.Load(path, cache, precision, with).Dispose());
                        Timed(output, name + ", from the saved model", () => SentenceEncoder.Load(path, cache, precision, with).Dispose());
                        var saved = new FileInfo(Path.Combine(cache, SentenceEncoder.CachedModelName(path, precision, with?.Digest)));
                        output.WriteLine(Invariant($"{name}: saved model {(saved.Exists ? saved.Length / 1024.0 / 1024 : 0):0.0} MB"));
                    }
                    finally
                    {
                        Directory.Delete(cache, recursive: true);
                    }
                }
            }
        }

        return 0;
    }

    // The top two layers' tensors, each value moved by a normal difference of 1e-3 across.
    private static Dictionary<string, float[]> Tuned(ModelProto published, Random random)
    {
        var initializers = published.Graph.Initializer.ToDictionary(t => t.Name, StringComparer.Ordinal);
        return EncoderTuning.LayerInitializers(published, 4).Concat(EncoderTuning.LayerInitializers(published, 5))
            .ToDictionary(n => n, n => EncoderTuning.ValuesOf(initializers[n]).Select(v => v + (float)(Gaussian(random) * 1e-3)).ToArray(), StringComparer.Ordinal);
    }

    private static double Gaussian(Random random) => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    private static void Timed(TextWriter output, string what, Action action) =>
        Timed(output, what, () =>
        {
            action();
            return 0;
        });

    private static T Timed<T>(TextWriter output, string what, Func<T> action)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var result = action();
        var wall = watch.Elapsed.TotalMilliseconds;
        var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
        output.WriteLine(Invariant($"{what}: {wall:0} ms wall, {cpuMs:0} ms CPU"));
        return result;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
