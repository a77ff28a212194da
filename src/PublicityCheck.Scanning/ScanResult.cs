using System.Collections.Immutable;
using PublicityCheck.Diagnostics;
using PublicityCheck.Reporting;

namespace PublicityCheck.Scanning;

/// <summary>What a scan found: every file with its findings, what was resolved, and the history of runs.</summary>
/// <param name="Run">This run.</param>
/// <param name="Files">The files, in path order.</param>
/// <param name="Resolved">Findings resolved since the last completed run.</param>
/// <param name="History">Completed runs, oldest first, this one last.</param>
/// <param name="Rules">Every rule in force.</param>
/// <param name="Skipped">Folders and files the walk could not enter or that vanished, with the reason.</param>
public sealed record ScanResult(
    RunSummary Run,
    ImmutableArray<ScannedFile> Files,
    ImmutableArray<ResolvedFinding> Resolved,
    ImmutableArray<RunSummary> History,
    ImmutableArray<DiagnosticDescriptor> Rules,
    ImmutableArray<string> Skipped)
{
    /// <summary>The last completed run this scan is compared with, or null for the first scan with this state.</summary>
    public long? ComparedWithRun { get; init; }

    /// <summary>Set when <see cref="ScanOptions.ResetState"/> moved an unusable state file aside before this scan.</summary>
    public StateReset? StateReset { get; init; }

    /// <summary>
    /// The scan as the JSON, SARIF and console writers take it, compared with the last completed run: each tracked
    /// finding says whether it is new, and the resolved ones are listed as absent.
    /// </summary>
    public CheckReport ToCheckReport() => new([.. Files.Select(f => f.Result)], Rules)
    {
        Baseline = new ReportBaseline([.. Resolved.Select(r => new AbsentFinding(
            ReportPath(r.RelativePath),
            r.RuleId,
            DiagnosticSeverityNames.TryParse(r.Severity, out var severity) ? severity : DiagnosticSeverity.Warning,
            r.Text,
            r.Message,
            r.Occurrence))]),
    };

    /// <summary>
    /// Set by the engine: the folder as the report names files (the folder given on the command line), so a
    /// resolved finding's file is named as the others are.
    /// </summary>
    public string? DisplayFolder { get; init; }

    /// <summary>Open findings, not suppressed, that are new in this run.</summary>
    public int NewCount => Files.Sum(f => f.Findings.Count(x => x.Status == FindingStatus.New));

    /// <summary>Open findings, not suppressed, that were already open (as they were, or updated).</summary>
    public int StillOpenCount => Files.Sum(f => f.Findings.Count(x => x.Status is FindingStatus.StillOpen or FindingStatus.Updated));

    /// <summary>Of <see cref="StillOpenCount"/>, those whose message or severity has changed since the last completed scan.</summary>
    public int UpdatedCount => Files.Sum(f => f.Findings.Count(x => x.Status == FindingStatus.Updated));

    /// <summary>A file's path as reports name it: <paramref name="relative"/> (to the scanned folder) under <paramref name="displayFolder"/>.</summary>
    internal static string DisplayPath(string? displayFolder, string relative) =>
        displayFolder is null or "." or "./" ? relative : Path.Join(displayFolder, relative.Replace('/', Path.DirectorySeparatorChar));

    private string ReportPath(string relative) => DisplayPath(DisplayFolder, relative);
}
