using System.Diagnostics;
using System.Globalization;
using PublicityCheck.Analysis;
using PublicityCheck.Analyzers;
using PublicityCheck.Documents;
using PublicityCheck.Releases;

namespace PublicityCheck.Benchmarks.Profiling;

/// <summary>
/// <c>stages FOLDER [ROUNDS]</c>: where the time of a check goes, release by release, in one thread: reading, building
/// the release model (sentences, quotations and speakers, profile, pre-election periods), then a check with each
/// analyzer alone (which builds its own model). Every round reads the releases afresh; the last round is warm and is the one to
/// quote. Stopwatch timings of whole stages, so a profiler's view at the scale that matters.
/// </summary>
public static class StageProfile
{
    /// <summary>How to call it.</summary>
    public const string Usage = "usage: stages FOLDER [ROUNDS]";

    /// <summary>Runs it; <paramref name="args"/> are those after <c>stages</c>. Returns the exit code.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        var rounds = 5;
        if (args.Count is < 1 or > 2 || (args.Count == 2 && !int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out rounds)) || rounds < 1)
        {
            output.WriteLine(Usage);
            return 2;
        }

        var files = Directory.EnumerateFiles(args[0], "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".docx", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0)
        {
            output.WriteLine($"no .md or .docx files under {args[0]}");
            return 2;
        }

        var everything = new PublicityChecker();
        var configuration = everything.ConfigurationFor(Path.GetFullPath(files[0]));
        var builder = new ReleaseModelBuilder(configuration);
        var alone = BuiltInAnalyzers.Create()
            .Select(a => (Name: a.GetType().Name, Checker: new PublicityChecker(new PublicityCheckerOptions { AnalyzerFactory = () => [a] })))
            .ToList();
        Dictionary<string, double> times = [];
        for (var round = 0; round < rounds; round++)
        {
            times = [];
            var watch = new Stopwatch();
            void Time(string stage, Action action)
            {
                watch.Restart();
                action();
                times[stage] = times.GetValueOrDefault(stage) + watch.Elapsed.TotalMilliseconds;
            }

            foreach (var file in files)
            {
                DocumentReadResult read = null!;
                Time("read and parse", () => read = DocumentReaders.Default.ReadFile(file));
                if (read.Document is not { } document)
                {
                    continue;
                }

                Time("release model", () => _ = builder.Build(document, new AnalysisOptions(document.Metadata.PublishOn ?? new NodaTime.LocalDate(2026, 3, 16), configuration)));
                foreach (var (name, checker) in alone)
                {
                    Time(name, () => checker.Check(read, file));
                }
            }
        }

        var total = times.Values.Sum();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{files.Count} releases, round {rounds} of {rounds} (warm), one thread"));
        output.WriteLine($"{"stage",-30} {"µs a release",12} {"share",6}");
        foreach (var (stage, ms) in times.OrderByDescending(t => t.Value))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{stage,-30} {ms * 1000 / files.Count,12:0} {ms / total,6:P0}"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"all",-30} {total * 1000 / files.Count,12:0}"));
        return 0;
    }
}
