using NodaTime;
using PublicityCheck.Cli.Verbs;
using PublicityCheck.Scanning;
using PublicityCheck.Scanning.Html;
using PublicityCheck.Scanning.Monitoring;

namespace PublicityCheck.Cli.Commands;

/// <summary>
/// <c>publicitycheck report</c>: reads a scan's state, read-only, and writes the Monitoring Officer's view of it as
/// HTML, JSON or CSV, and the audit of approvals as CSV. It never scans and never changes the state: a missing,
/// damaged, older or newer state stops it with a message in words and exit code 2.
/// </summary>
internal sealed class ReportCommand(CliConsole console, IClock clock)
{
    public int Run(ReportOptions options)
    {
        var format = options.Format.ToLowerInvariant() switch
        {
            "html" or "json" or "csv" => options.Format.ToLowerInvariant(),
            _ => throw new UsageException($"--format '{options.Format}' is not one of html, json, csv"),
        };
        if (format == "csv" && options.Output is null)
        {
            throw new UsageException("--format csv writes one file a table: give the folder to write them in with -o");
        }

        var folder = Path.GetFullPath(options.Folder ?? ".", console.WorkingDirectory);
        if (!Directory.Exists(folder))
        {
            throw new UsageException($"no such folder: {options.Folder}");
        }

        var statePath = options.State is null
            ? Path.Combine(folder, ScanOptions.DefaultStateFile)
            : Path.GetFullPath(options.State, console.WorkingDirectory);
        OutputTarget.RefuseInput(options.Output, "--output", console, [statePath]);
        OutputTarget.RefuseInput(options.Suppressions, "--suppressions", console, [statePath]);

        var report = Build(
            folder,
            statePath,
            new PublicityCheckerOptions { ConfigurationFile = OptionValues.ConfigurationFile(options.Config, console) },
            clock.GetCurrentInstant().ToDateTimeOffset().ToLocalTime());
        switch (format)
        {
            case "json":
                OutputTarget.Write(options.Output, console, output =>
                {
                    using var buffer = new MemoryStream();
                    MonitoringJsonWriter.Write(report, buffer);
                    output.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
                    output.WriteLine();
                });
                break;
            case "csv":
                var target = Path.GetFullPath(options.Output!, console.WorkingDirectory);
                MonitoringCsvWriter.WriteFolder(report, (name, write) => OutputTarget.Write(Path.Combine(target, name), console, write));
                break;
            default:
                OutputTarget.Write(options.Output, console, output => MonitoringHtmlWriter.Write(report, output));
                break;
        }

        if (options.Suppressions is not null)
        {
            OutputTarget.Write(options.Suppressions, console, output => MonitoringCsvWriter.Suppressions(report, output));
        }

        return ExitCodes.Success;
    }

    /// <summary>
    /// The Monitoring Officer's view of the state at <paramref name="statePath"/>, judged by the configuration that
    /// applies at <paramref name="folder"/>'s root (its polls, balance and noisyRules settings); a state that cannot be
    /// read is a usage error in words. <c>scan --report</c> builds its sections with this too.
    /// </summary>
    public static MonitoringReport Build(string folder, string statePath, PublicityCheckerOptions checker, DateTimeOffset generated)
    {
        var configuration = new PublicityChecker(checker).ConfigurationFor(Path.Combine(folder, "release.md"));
        ScanHistory history;
        try
        {
            history = ScanHistoryReader.Read(statePath);
        }
        catch (ScanStateException ex)
        {
            throw new UsageException(ex.Message);
        }

        return MonitoringReport.Build(history, configuration, generated);
    }
}
