using System.Globalization;
using PublicityCheck.Cli.Verbs;
using PublicityCheck.Reporting;
using PublicityCheck.Scanning;
using PublicityCheck.Scanning.Html;

namespace PublicityCheck.Cli.Commands;

/// <summary>
/// <c>publicitycheck scan</c>: scans a folder with state kept between runs, writes the usual report for the whole
/// folder, optionally the HTML report, and exits by <c>--fail-on</c>.
/// </summary>
internal sealed class ScanCommand(CliConsole console, bool showProgress)
{
    public int Run(ScanVerbOptions options)
    {
        var failOn = options.FailOn.ToLowerInvariant() switch
        {
            "any" or "new" or "none" => options.FailOn.ToLowerInvariant(),
            _ => throw new UsageException($"--fail-on '{options.FailOn}' is not one of any, new, none"),
        };
        if (options.Jobs is < 1)
        {
            throw new UsageException($"--jobs {options.Jobs} must be 1 or more");
        }

        var folder = Path.GetFullPath(options.Folder, console.WorkingDirectory);
        if (!Directory.Exists(folder))
        {
            throw new UsageException($"no such folder: {options.Folder}");
        }

        var scanOptions = new ScanOptions(folder)
        {
            DisplayFolder = options.Folder,
            StateFile = options.State is null ? null : Path.GetFullPath(options.State, console.WorkingDirectory),
            Include = [.. options.Include],
            Exclude = [.. options.Exclude],
            Jobs = options.Jobs ?? Environment.ProcessorCount,
            Rehash = options.Rehash,
            ResetState = options.ResetState,
            Checker = new PublicityCheckerOptions
            {
                ConfigurationFile = OptionValues.ConfigurationFile(options.Config, console),
                AllowDiscoveredAnalyzers = options.AllowAnalyzers,
                PublishOn = OptionValues.Date(options.PublishOn, "--publish-on"),
            },
        };

        ScanTimings.Mark("command line parsed");
        ScanResult scan;
        try
        {
            var bar = showProgress && !options.Quiet ? new ProgressBar(console.Error) : null;
            scan = new ScanEngine(scanOptions).Run(bar is null ? null : bar.Report);
        }
        catch (ScanInProgressException ex)
        {
            throw new UsageException(ex.Message);
        }
        catch (ScanStateException ex)
        {
            throw new UsageException(ex.Message);
        }

        if (scan.StateReset is { } reset && !options.Quiet)
        {
            var what = reset.Problem switch
            {
                ScanStateProblem.NewerVersion => $"scan state {reset.StatePath}, from a newer version,",
                ScanStateProblem.NotARegularFile => $"scan state {reset.StatePath}, which was not a regular file,",
                _ => $"damaged scan state {reset.StatePath}",
            };
            console.Error.WriteLine(ConsoleText.Escape($"publicitycheck: moved the {what} aside to {reset.MovedTo}; this scan started afresh"));
        }

        foreach (var skipped in scan.Skipped)
        {
            console.Error.WriteLine(ConsoleText.Escape($"publicitycheck: skipped {skipped}"));
        }

        var released = scan.Files.Select(f => Path.Combine(folder, f.RelativePath)).ToList();
        OutputTarget.RefuseInput(options.Output, "--output", console, released);
        OutputTarget.RefuseInput(options.Report, "--report", console, released);
        var configurations = ConfigurationsOf(scan, scanOptions);
        var links = RuleLinks.For(configurations);
        var report = scan.ToCheckReport() with { Links = links };
        var useColor = console.IsTerminal && !options.NoColor && options.Output is null;
        IReportWriter writer = options.Format switch
        {
            ReportFormat.Json => new JsonReportWriter(),
            ReportFormat.Sarif => new SarifReportWriter(console.WorkingDirectory),
            _ => new ConsoleReportWriter(useColor),
        };
        OutputTarget.Write(options.Output, console, output =>
        {
            if (writer is not ConsoleReportWriter lines)
            {
                writer.Write(report, output);
            }
            else if (options.Quiet)
            {
                CheckCommand.FindingsOnly(report, lines, output);
            }
            else
            {
                new ScanConsoleReport(lines, useColor).Write(scan, report, output);
                output.WriteLine(Summary(scan));
            }
        });
        ScanTimings.Mark("report written");
        if (options.Report is not null)
        {
            var monitoring = ReportCommand.Build(scanOptions.Folder, scanOptions.StatePath, scanOptions.Checker, scan.Run.Started);
            OutputTarget.Write(options.Report, console, output => new HtmlReportWriter(links) { Monitoring = monitoring }.Write(scan, output));
            ScanTimings.Mark("HTML report written");
        }

        ScanTimings.Assemblies();
        if (!options.Quiet && ConfigurationNotice.For(configurations) is { } notice)
        {
            console.Error.WriteLine(notice);
        }

        var failed = failOn switch
        {
            "new" => scan.NewCount > 0,
            "none" => false,
            _ => report.Summary.Errors > 0,
        };
        return failed ? ExitCodes.ErrorsFound : ExitCodes.Success;
    }

    /// <summary>The configuration of each file the scan holds, for the note on what is unconfigured and the rules' links.</summary>
    private static List<Configuration.PublicityCheckConfiguration> ConfigurationsOf(ScanResult scan, ScanOptions scanOptions)
    {
        var checker = new PublicityChecker(scanOptions.Checker);
        return [.. scan.Files.Select(f => checker.ConfigurationFor(Path.Combine(scanOptions.Folder, f.RelativePath)))];
    }

    private static string Summary(ScanResult scan) => string.Create(
        CultureInfo.InvariantCulture,
        $"scan run {scan.Run.Id}: {Plural.Count(scan.Run.Files, "file")}, {scan.Run.Analysed} checked, {scan.Run.Files - scan.Run.Analysed} unchanged; {scan.NewCount} new, {scan.StillOpenCount} still open{(scan.UpdatedCount > 0 ? $" ({scan.UpdatedCount} changed)" : string.Empty)}, {scan.Resolved.Length} resolved since the last run");
}
