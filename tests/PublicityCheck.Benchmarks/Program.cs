using System.Diagnostics;
using BenchmarkDotNet.Running;
using PublicityCheck.Benchmarks;
using PublicityCheck.Classification;

if (args is ["--cold-load"])
{
    // A cold load in a fresh process: JIT, resource read and parsing included.
    var watch = Stopwatch.StartNew();
    var model = PartisanClassifier.Load();
    var loaded = watch.Elapsed;
    model.Score(ReleaseSentences.All[0]);
    Console.WriteLine($"cold load {loaded.TotalMilliseconds:0.0} ms; load and first score {watch.Elapsed.TotalMilliseconds:0.0} ms; {model.Vocabulary.Count} features");
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(PartisanScoringBenchmarks).Assembly).Run(args);
return 0;
