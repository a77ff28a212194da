using BenchmarkDotNet.Attributes;
using PublicityCheck.Classification;
using PublicityCheck.Configuration;

namespace PublicityCheck.Benchmarks;

/// <summary>
/// What each frame the classifiers read from a sentence's words costs (a credit claim, a party's own voice, a
/// reporter's account of an accusation), and the fast classifier that adds them to the n-gram model; per sentence of
/// a release-sized batch.
/// </summary>
[MemoryDiagnoser]
public class FrameBenchmarks
{
    private readonly FastPartisanScorer _fast = (FastPartisanScorer)PartisanClassifier.ScorerFor(ClassifierMode.Fast);

    /// <summary>Looks for a credit claim in every sentence.</summary>
    [Benchmark(OperationsPerInvoke = ReleaseSentences.Count)]
    public int CreditClaim() => Count(CreditClaims.Find);

    /// <summary>Looks for a party's or a candidate's own voice in every sentence.</summary>
    [Benchmark(OperationsPerInvoke = ReleaseSentences.Count)]
    public int PartysVoice() => Count(PartyVoice.Find);

    /// <summary>Looks for a reporter's account of an accusation in every sentence.</summary>
    [Benchmark(OperationsPerInvoke = ReleaseSentences.Count)]
    public int ReportersAccount() => Count(ReportedAccusation.Find);

    /// <summary>Scores every sentence with the fast classifier: the n-gram model and the three frames.</summary>
    [Benchmark(OperationsPerInvoke = ReleaseSentences.Count)]
    public double FastClassifier()
    {
        var total = 0.0;
        foreach (var sentence in ReleaseSentences.All)
        {
            total += _fast.Score(sentence);
        }

        return total;
    }

    private static int Count(Func<string, Documents.TextSpan?> find)
    {
        var found = 0;
        foreach (var sentence in ReleaseSentences.All)
        {
            found += find(sentence) is null ? 0 : 1;
        }

        return found;
    }
}
