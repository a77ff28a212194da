using System.Collections.Immutable;
using PublicityCheck.Cli.Verbs;
using PublicityCheck.Configuration;
using PublicityCheck.Diagnostics;
using PublicityCheck.Documents;
using PublicityCheck.Reporting;

namespace PublicityCheck.Cli.Commands;

/// <summary><c>publicitycheck check</c>: checks files, folders and globs and reports in the chosen format.</summary>
internal sealed class CheckCommand(CliConsole console)
{
    public int Run(CheckOptions options)
    {
        if (!DiagnosticSeverityNames.TryParse(options.MinSeverity, out var minimum) || minimum == DiagnosticSeverity.None)
        {
            throw new UsageException($"--min-severity '{options.MinSeverity}' is not one of info, warning, error");
        }

        var checker = new PublicityChecker(new PublicityCheckerOptions
        {
            ConfigurationFile = OptionValues.ConfigurationFile(options.Config, console),
            AllowDiscoveredAnalyzers = options.AllowAnalyzers,
            PublishOn = OptionValues.Date(options.PublishOn, "--publish-on"),
        });

        var (files, missing) = InputFiles.Expand(
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

        var results = CheckAll(checker, files);
        var rules = results
            .Select(r => checker.DescriptorsFor(checker.ConfigurationFor(Absolute(r.Path))))
            .SelectMany(d => d)
            .DistinctBy(d => d.Id)
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .ToImmutableArray();
        var report = new CheckReport(results, rules).AtLeast(minimum);
        IReportWriter writer = options.Format switch
        {
            ReportFormat.Json => new JsonReportWriter(),
            ReportFormat.Sarif => new SarifReportWriter(console.WorkingDirectory),
            _ => new ConsoleReportWriter(useColor: console.IsTerminal && !options.NoColor && options.Output is null),
        };
        OutputTarget.RefuseInput(options.Output, "--output", console, files);
        OutputTarget.Write(options.Output, console, output => writer.Write(report, output));
        return report.Summary.Errors > 0 ? ExitCodes.ErrorsFound : ExitCodes.Success;
    }

    private ImmutableArray<FileResult> CheckAll(PublicityChecker checker, IReadOnlyList<string> files)
    {
        // Configuration errors surface here, once, before any file is read.
        foreach (var file in files)
        {
            checker.DescriptorsFor(checker.ConfigurationFor(Absolute(file)));
        }

        var results = new FileResult[files.Count];
        // A result holds each file's findings and format, never its document, so memory stays flat however large the folder.
        Parallel.For(0, files.Count, i => results[i] = CheckOne(checker, Absolute(files[i]), files[i]));
        return [.. results];
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
