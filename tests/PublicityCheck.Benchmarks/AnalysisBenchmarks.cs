using BenchmarkDotNet.Attributes;
using PublicityCheck.Classification;
using PublicityCheck.Classification.Encoding;

namespace PublicityCheck.Benchmarks;

/// <summary>
/// The whole check of one typical release, warm, through <see cref="PublicityChecker.CheckFile(string, CancellationToken)"/>:
/// reading the file, finding its configuration (the generated <c>publicitycheck.json</c>, with the roster, the borough
/// policy, the May 2026 elections and two phrase rules), and running every rule family and the classifier. The
/// checker is made once, as every host makes it, and has checked both files before timing starts.
/// </summary>
[MemoryDiagnoser]
public class AnalysisBenchmarks
{
    private readonly PublicityChecker _checker = new();
    private string? _folder;
    private string _markdown = "";
    private string _word = "";

    [GlobalSetup]
    public void Setup()
    {
        _folder = BenchmarkInputs.CreateFolder("analysis");
        (_markdown, _word) = BenchmarkInputs.WriteTypicalRelease(_folder);
        if (_checker.ConfigurationFor(_markdown).People.IsEmpty)
        {
            throw new InvalidOperationException("the generated configuration was not found");
        }

        foreach (var result in new[] { Markdown(), Word() })
        {
            if (result.Format is null)
            {
                throw new InvalidOperationException($"{result.Path} could not be read");
            }

            Console.WriteLine($"// {Path.GetFileName(result.Path)}: {result.Diagnostics.Length} findings");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => BenchmarkInputs.DeleteFolder(_folder);

    /// <summary>Checks the release in Markdown.</summary>
    [Benchmark]
    public FileResult Markdown() => _checker.CheckFile(_markdown);

    /// <summary>
    /// Checks the release in Markdown with the sentence encoder remembering none of its sentences: what each release
    /// of a folder of different releases costs, where <see cref="Markdown"/> is a draft checked again unchanged.
    /// </summary>
    [Benchmark]
    public FileResult MarkdownFirstSeen()
    {
        // Both remember: the encoder each sentence's vector, the ensemble each encoded sentence's combined score.
        SentenceEncoder.SharedFor(PartisanClassifier.Ensemble.EncoderPrecision, PartisanClassifier.BuiltInTuning()).Forget();
        PartisanClassifier.Ensemble.Forget();
        return _checker.CheckFile(_markdown);
    }

    /// <summary>Checks the same release in Word.</summary>
    [Benchmark]
    public FileResult Word() => _checker.CheckFile(_word);
}
