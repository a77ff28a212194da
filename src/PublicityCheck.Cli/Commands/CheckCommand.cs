using System.Collections.Immutable;
using PublicityCheck.Classification;
using PublicityCheck.Cli.Verbs;
using PublicityCheck.Configuration;
using PublicityCheck.Diagnostics;
using PublicityCheck.Documents;
using PublicityCheck.Reporting;

namespace PublicityCheck.Cli.Commands;

/// <summary>
/// <c>publicitycheck check</c>: checks files, folders and globs (or one release on standard input, <c>-</c>) and
/// reports in the chosen format; then, on standard error, a note if the releases had no roster or no elections.
/// </summary>
internal sealed class CheckCommand(CliConsole console)
{
    /// <summary>The path that stands for standard input.</summary>
    public const string StandardInput = "-";

    /// <summary>How a release read from standard input without <c>--stdin-filename</c> is named in the report.</summary>
    public const string StandardInputDisplay = "<stdin>";

    /// <summary>What a release read from standard input without <c>--stdin-filename</c> is read as: Markdown, in the current folder.</summary>
    private const string DefaultStdinName = "stdin.md";

    public int Run(CheckOptions options)
    {
        if (!DiagnosticSeverityNames.TryParse(options.MinSeverity, out var minimum) || minimum == DiagnosticSeverity.None)
        {
            throw new UsageException($"--min-severity '{options.MinSeverity}' is not one of info, warning, error");
        }

        StartupTrace.Mark("to the check command");
        var checker = new PublicityChecker(new PublicityCheckerOptions
        {
            ConfigurationFile = OptionValues.ConfigurationFile(options.Config, console),
            AllowDiscoveredAnalyzers = options.AllowAnalyzers,
            PublishOn = OptionValues.Date(options.PublishOn, "--publish-on"),
            ClassifierWorkload = WorkloadOf(options.Paths, console.WorkingDirectory),
        });

        var fromStandardInput = options.Paths.Contains(StandardInput, StringComparer.Ordinal);
        if (fromStandardInput && options.Paths.Count() > 1)
        {
            throw new UsageException("'-' reads one release from standard input, so it goes alone: check the files in another run");
        }

        if (!fromStandardInput && options.StdinFilename is not null)
        {
            throw new UsageException("--stdin-filename names the release read from standard input: give '-' as the path too");
        }

        IReadOnlyList<string> files = [];
        ImmutableArray<FileResult> results;
        if (fromStandardInput)
        {
            results = [CheckStandardInput(checker, options.StdinFilename)];
        }
        else
        {
            (files, var missing) = InputFiles.Expand(
                options.Paths,
                console.WorkingDirectory,
                path => checker.Readers.CanRead(path) && !checker.ConfigurationFor(path).IsExcluded(path));
            if (missing is not null)
            {
                throw new UsageException($"no such file, folder or matching files: {missing}");
            }

            if (files.Count == 0)
            {
                throw new UsageException($"no Word or Markdown files found in {string.Join(", ", options.Paths)}");
            }

            StartupTrace.Mark("finding the files");
            results = CheckAll(checker, files);
        }

        var configurations = results.Select(r => checker.ConfigurationFor(Absolute(fromStandardInput ? options.StdinFilename ?? DefaultStdinName : r.Path))).ToList();
        var rules = configurations
            .Select(checker.DescriptorsFor)
            .SelectMany(d => d)
            .DistinctBy(d => d.Id)
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .ToImmutableArray();
        var report = new CheckReport(results, rules) { Links = RuleLinks.For(configurations) }.AtLeast(minimum);
        IReportWriter writer = options.Format switch
        {
            ReportFormat.Json => new JsonReportWriter(),
            ReportFormat.Sarif => new SarifReportWriter(console.WorkingDirectory),
            _ => new ConsoleReportWriter(useColor: console.IsTerminal && !options.NoColor && options.Output is null),
        };
        OutputTarget.RefuseInput(options.Output, "--output", console, files);
        OutputTarget.Write(options.Output, console, output =>
        {
            if (options.Quiet && writer is ConsoleReportWriter lines)
            {
                FindingsOnly(report, lines, output);
            }
            else
            {
                writer.Write(report, output);
            }
        });
        StartupTrace.Mark("report");
        if (!options.Quiet && ConfigurationNotice.For(configurations) is { } notice)
        {
            console.Error.WriteLine(notice);
        }

        return report.Summary.Errors > 0 ? ExitCodes.ErrorsFound : ExitCodes.Success;
    }

    /// <summary>
    /// What the classifier is loaded for: one release named as a file, or read from standard input, is the check an
    /// officer or an editor waits on, so it loads for the quickest first answer; a folder, a glob or several files load
    /// for the quickest whole run.
    /// </summary>
    internal static ClassifierWorkload WorkloadOf(IEnumerable<string> paths, string workingDirectory)
    {
        var given = paths.Take(2).ToList();
        return given is [var one] && (one == StandardInput || File.Exists(Path.Combine(workingDirectory, one)))
            ? ClassifierWorkload.OneDocument
            : ClassifierWorkload.ManyDocuments;
    }

    /// <summary>
    /// Reads one release from standard input, as <paramref name="name"/> (by default a Markdown file in the current
    /// folder): the name decides the reader and where configuration is looked for. The reader stops at its size
    /// limit, as it does for a file.
    /// </summary>
    private FileResult CheckStandardInput(PublicityChecker checker, string? name)
    {
        var full = Absolute(name ?? DefaultStdinName);
        var reader = checker.Readers.ForPath(full)
            ?? throw new UsageException($"--stdin-filename {name} is not a kind of file that is read (only {string.Join(", ", checker.Readers.Extensions)})");
        var display = name ?? StandardInputDisplay;
        // Configuration errors surface here, before standard input is read, as they do before any file is.
        checker.DescriptorsFor(checker.ConfigurationFor(full));
        DocumentReadResult read;
        try
        {
            read = reader.Read(display, console.InputStream, checker.ReaderOptions);
        }
        catch (IOException ex)
        {
            read = DocumentReadResult.Failure(display, $"standard input could not be read ({ConsoleText.Plain(ex)})");
        }

        return checker.Check(read, full) with { Path = display };
    }

    /// <summary>The console report without its summary line, for <c>--quiet</c>.</summary>
    internal static void FindingsOnly(CheckReport report, ConsoleReportWriter lines, TextWriter output)
    {
        foreach (var diagnostic in report.Files.SelectMany(f => f.Active))
        {
            output.WriteLine(lines.FormatLine(diagnostic));
            if (lines.FormatSuggestion(diagnostic) is { } suggestion)
            {
                output.WriteLine(suggestion);
            }
        }
    }

    private ImmutableArray<FileResult> CheckAll(PublicityChecker checker, IReadOnlyList<string> files)
    {
        // Configuration errors surface here, once, before any file is read.
        foreach (var file in files)
        {
            var configuration = checker.ConfigurationFor(Absolute(file));
            StartupTrace.Mark("configuration");
            checker.DescriptorsFor(configuration);
            StartupTrace.Mark("rules");
        }

        var results = new FileResult[files.Count];
        if (files.Count == 1)
        {
            results[0] = CheckOne(checker, Absolute(files[0]), files[0]);
            return [.. results];
        }

        // A window of files at a time: read, their sentences scored ahead together (the sentence encoder is about twice
        // as quick a sentence in full batches as a release at a time), then checked. A result holds each file's
        // findings and format, never its document, so memory stays flat however large the folder; and a document too
        // long to hold until its check, or past what the window's documents may hold together, is read again then, so
        // a window's memory stays flat whatever its files hold.
        _ = checker.PreloadClassifier(Absolute(files[0]));
        var reads = new DocumentReadResult?[Math.Min(Window, files.Count)];
        for (var start = 0; start < files.Count; start += Window)
        {
            var count = Math.Min(Window, files.Count - start);
            var budget = new ReadAheadBudget();
            Parallel.For(0, count, j => reads[j] = checker.ReadAhead(Absolute(files[start + j]), files[start + j], budget));
            checker.ScoreAhead([.. Enumerable.Range(0, count).Where(j => reads[j] is not null).Select(j => (reads[j]!, Absolute(files[start + j])))]);
            Parallel.For(0, count, j => results[start + j] = reads[j] is { } read
                ? CheckOne(checker, read, Absolute(files[start + j]), files[start + j])
                : CheckOne(checker, Absolute(files[start + j]), files[start + j]));
            Array.Clear(reads);
        }

        return [.. results];
    }

    /// <summary>Files read and scored ahead together when a command checks several (<see cref="PublicityChecker.FilesReadAheadTogether"/>).</summary>
    internal const int Window = PublicityChecker.FilesReadAheadTogether;

    /// <summary>Checks one file already read; whatever checking it throws, short of an invalid configuration, is its PC0001, and the run goes on.</summary>
    private static FileResult CheckOne(PublicityChecker checker, DocumentReadResult read, string path, string display)
    {
        try
        {
            return checker.Check(read, path, display, null);
        }
        catch (Exception ex) when (ex is not ConfigurationException)
        {
            return new FileResult(display, null, null, DocumentReadResult.Failure(display, $"checking it failed unexpectedly ({ex.Message.TrimEnd('.')})").Diagnostics);
        }
    }

    /// <summary>Checks one file; whatever checking it throws, short of an invalid configuration, is its PC0001, and the run goes on.</summary>
    private static FileResult CheckOne(PublicityChecker checker, string path, string display)
    {
        try
        {
            return checker.CheckFile(path, display);
        }
        catch (Exception ex) when (ex is not ConfigurationException)
        {
            return new FileResult(display, null, null, DocumentReadResult.Failure(display, $"checking it failed unexpectedly ({ex.Message.TrimEnd('.')})").Diagnostics);
        }
    }

    private string Absolute(string path) => Path.GetFullPath(path, console.WorkingDirectory);
}
