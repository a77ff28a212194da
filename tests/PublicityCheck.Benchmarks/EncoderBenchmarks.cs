using BenchmarkDotNet.Attributes;
using PublicityCheck.Classification;
using PublicityCheck.Classification.Encoding;

namespace PublicityCheck.Benchmarks;

/// <summary>
/// The sentence encoder behind the shipped classifier: encoding a release's sentences that pass the ensemble's gate,
/// with nothing remembered, and loading the encoder from its saved, optimised model (what every process but the
/// first pays before its first encoded sentence).
/// </summary>
[MemoryDiagnoser]
public class EncoderBenchmarks
{
    private string _cache = "";
    private SentenceEncoder? _encoder;
    private string[] _sentences = [];

    [GlobalSetup]
    public void Setup()
    {
        _cache = Path.Combine(Path.GetTempPath(), "publicitycheck-encoder-benchmark-" + Guid.NewGuid().ToString("N"));
        _encoder = SentenceEncoder.Load(SentenceEncoder.DefaultModelPath, _cache);
        var ensemble = PartisanClassifier.Ensemble;
        _sentences = [.. ReleaseSentences.All.Where(s => ensemble.PassesGate(s))];
        Console.WriteLine($"// {_sentences.Length} of {ReleaseSentences.Count} sentences pass the gate {ensemble.Gate}");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _encoder?.Dispose();
        Directory.Delete(_cache, recursive: true);
    }

    /// <summary>Encodes the release's sentences past the gate, none remembered; the result is per release.</summary>
    [Benchmark]
    public float[][] EncodeRelease()
    {
        _encoder!.Forget();
        return _encoder.Encode(_sentences);
    }

    /// <summary>
    /// Loads the encoder from the saved, optimised model (warm: the file is in the page cache), packing its weights, as
    /// a folder, a scan or the service loads it.
    /// </summary>
    [Benchmark]
    public bool LoadFromSavedModel()
    {
        using var encoder = SentenceEncoder.Load(SentenceEncoder.DefaultModelPath, _cache);
        return encoder.RunsFromCache;
    }

    /// <summary>Loads the encoder from the saved model as a check of one release does: its weights run as saved.</summary>
    [Benchmark]
    public bool LoadFromSavedModelForOneDocument()
    {
        using var encoder = SentenceEncoder.LoadWithTuningFile(SentenceEncoder.DefaultModelPath, _cache, EncoderPrecision.Float32, tuningFile: null, ClassifierWorkload.OneDocument);
        return encoder.RunsFromCache;
    }
}
