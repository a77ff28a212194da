using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using PublicityCheck.Benchmarks.Generation;
using PublicityCheck.Reporting;
using PublicityCheck.Scanning;

namespace PublicityCheck.Benchmarks;

/// <summary>
/// Checking a generated folder of 200 releases (every third in Word) end to end, from a new checker each time as a
/// new process would: <see cref="CheckFolder"/> the way <c>publicitycheck check FOLDER</c> does (walk, configuration
/// first, files in parallel, console report), and <see cref="Scan"/> a scheduled scan with a new SQLite state file
/// each time, so that every file is checked and recorded.
/// </summary>
[MemoryDiagnoser]
public class ScanBenchmarks
{
    private const int Releases = 200;
    private string? _root;
    private string _folder = "";
    private string _stateFolder = "";
    private string _state = "";
    private int _run;

    [GlobalSetup]
    public void Setup()
    {
        _root = BenchmarkInputs.CreateFolder("scan");
        _folder = Path.Combine(_root, "press");
        _stateFolder = Path.Combine(_root, "state");
        Directory.CreateDirectory(_stateFolder);
        Console.WriteLine("// " + new ReleaseGenerator().Write(_folder, Releases, ReleaseFileFormat.Mixed).ToString().Replace("\n", "\n// ", StringComparison.Ordinal));
    }

    [GlobalCleanup]
    public void Cleanup() => BenchmarkInputs.DeleteFolder(_root);

    // Both benchmarks take about a second, so each iteration is one call; the state file is only used by Scan.
    [IterationSetup]
    public void NewState() => _state = Path.Combine(_stateFolder, $"scan-{++_run}.db");

    [IterationCleanup]
    public void DeleteState()
    {
        foreach (var file in Directory.EnumerateFiles(_stateFolder))
        {
            File.Delete(file);
        }
    }

    /// <summary>Checks the folder as <c>publicitycheck check FOLDER</c> does; returns the number of errors.</summary>
    [Benchmark]
    public int CheckFolder()
    {
        var checker = new PublicityChecker();
        var files = Walk(_folder)
            .Where(f => checker.Readers.CanRead(f) && !checker.ConfigurationFor(f).IsExcluded(f))
            .Order(StringComparer.Ordinal)
            .ToList();
        foreach (var file in files)
        {
            checker.DescriptorsFor(checker.ConfigurationFor(file));
        }

        var results = new FileResult[files.Count];
        Parallel.For(0, files.Count, i => results[i] = checker.CheckFile(files[i]));
        var rules = results
            .SelectMany(r => checker.DescriptorsFor(checker.ConfigurationFor(r.Path)))
            .DistinctBy(d => d.Id)
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .ToImmutableArray();
        var report = new CheckReport([.. results], rules);
        new ConsoleReportWriter().Write(report, TextWriter.Null);
        return report.Summary.Errors;
    }

    /// <summary>Scans the folder with a new state file: every release is checked and recorded.</summary>
    [Benchmark]
    public int Scan()
    {
        var result = new ScanEngine(new ScanOptions(_folder) { StateFile = _state }).Run();
        return result.Run.Analysed;
    }

    /// <summary>Every file under <paramref name="folder"/>, leaving out hidden folders and Word's lock files, as the command line does.</summary>
    private static IEnumerable<string> Walk(string folder)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
        var pending = new Stack<string>([folder]);
        while (pending.TryPop(out var current))
        {
            foreach (var file in Directory.EnumerateFiles(current, "*", options))
            {
                if (!Path.GetFileName(file).StartsWith("~$", StringComparison.Ordinal))
                {
                    yield return file;
                }
            }

            foreach (var sub in Directory.EnumerateDirectories(current, "*", options))
            {
                if (!Path.GetFileName(sub).StartsWith('.'))
                {
                    pending.Push(sub);
                }
            }
        }
    }
}
