using BenchmarkDotNet.Attributes;
using PublicityCheck.Classification;

namespace PublicityCheck.Benchmarks;

/// <summary>How fast the party-political language classifier scores sentences, and how long its model takes to load.</summary>
[MemoryDiagnoser]
public class PartisanScoringBenchmarks
{
    private readonly PartisanModel _model = PartisanClassifier.Default;

    /// <summary>Scores every sentence of a release-sized batch; the result is per sentence.</summary>
    [Benchmark(OperationsPerInvoke = ReleaseSentences.Count)]
    public double Score()
    {
        var total = 0.0;
        foreach (var sentence in ReleaseSentences.All)
        {
            total += _model.Score(sentence);
        }

        return total;
    }

    /// <summary>Scores and explains every sentence (what PC0201 does); per sentence.</summary>
    [Benchmark(OperationsPerInvoke = ReleaseSentences.Count)]
    public int Classify()
    {
        var partisan = 0;
        foreach (var sentence in ReleaseSentences.All)
        {
            partisan += _model.Classify(sentence).IsPartisan ? 1 : 0;
        }

        return partisan;
    }

    /// <summary>Reads and parses the built-in model (warm: the JIT has run).</summary>
    [Benchmark]
    public PartisanModel Load() => PartisanClassifier.Load();
}
