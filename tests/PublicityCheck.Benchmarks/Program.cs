using System.Diagnostics;
using BenchmarkDotNet.Running;
using PublicityCheck.Benchmarks;
using PublicityCheck.Benchmarks.Generation;
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

if (args is ["generate", .. var rest])
{
    // Releases for the benchmarks and compare/compare.sh: generate FOLDER N [--format md|docx|both|mixed] [--seed S].
    return GenerateCommand.Run(rest, Console.Out, Console.Error);
}

if (args is ["stages", .. var stageArgs])
{
    // Where a check's time goes, stage by stage: stages FOLDER [ROUNDS].
    return PublicityCheck.Benchmarks.Profiling.StageProfile.Run(stageArgs, Console.Out);
}

if (args is ["encoder", .. var encoderArgs])
{
    // Where the sentence encoder's time goes: encoder FOLDER [FILES].
    return PublicityCheck.Benchmarks.Profiling.EncoderProfile.Run(encoderArgs, Console.Out);
}

if (args is ["tuning", .. var tuningArgs])
{
    // What an encoder tuning of the top two layers costs: its file, its error, and loads with and without it: tuning [ROUNDS].
    return PublicityCheck.Benchmarks.Profiling.TuningProfile.Run(tuningArgs, Console.Out);
}

BenchmarkSwitcher.FromAssembly(typeof(PartisanScoringBenchmarks).Assembly).Run(args);
return 0;
