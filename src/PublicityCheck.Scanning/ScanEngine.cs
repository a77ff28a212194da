using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.Data.Sqlite;
using PublicityCheck.Diagnostics;
using PublicityCheck.Documents;
using PublicityCheck.Scanning.State;
using PublicityCheck.Scanning.Walking;

namespace PublicityCheck.Scanning;

/// <summary>
/// Scans a publications folder: walks it, checks in parallel each release whose content or fingerprint changed
/// since it was last checked, reuses the stored findings of the others, records every file in the state as it goes,
/// and works out which findings are new, still open and resolved since the last completed scan.
/// </summary>
/// <param name="options">What to scan and where the state is.</param>
public sealed class ScanEngine(ScanOptions options)
{
    /// <summary>Runs one scan.</summary>
    /// <param name="progress">Called after each file with the files done and the total, from worker threads.</param>
    /// <param name="cancellationToken">Stops the scan; what was recorded stays, and the next scan carries on.</param>
    /// <exception cref="ScanInProgressException">Another scan holds the state file.</exception>
    /// <exception cref="ScanStateException">The state file cannot be used; the message says what to do.</exception>
    /// <exception cref="Configuration.ConfigurationException">A configuration file is invalid.</exception>
    public ScanResult Run(Action<int, int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var statePath = options.StatePath;
        ScanStateFile.CreateFolder(statePath);
        using var scanLock = ScanLock.Acquire(statePath, options.LockTimeout);
        var reset = options.ResetState ? ResetIfUnusable(statePath) : null;
        try
        {
            return Run(statePath, progress, cancellationToken) with { StateReset = reset };
        }
        catch (SqliteException ex)
        {
            throw ScanStateFile.From(statePath, ex);
        }
        catch (AggregateException ex) when (ex.Flatten().InnerExceptions.OfType<SqliteException>().FirstOrDefault() is { } inner)
        {
            throw ScanStateFile.From(statePath, inner);
        }
    }

    /// <summary>Moves the state file aside if it cannot be used; the caller holds the lock.</summary>
    private static StateReset? ResetIfUnusable(string statePath)
    {
        try
        {
            using var store = ScanStateStore.Open(statePath);
            return null;
        }
        catch (ScanStateException ex) when (ex.CanReset)
        {
            return new StateReset(statePath, ex.Problem, ScanStateFile.MoveAside(statePath, ex.Problem, DateTimeOffset.UtcNow));
        }
    }

    private ScanResult Run(string statePath, Action<int, int>? progress, CancellationToken cancellationToken)
    {
        using var store = ScanStateStore.Open(statePath);
        ScanTimings.Mark("state opened");

        var checker = new PublicityChecker(options.Checker);
        var skipped = new ConcurrentBag<string>();
        var walker = new FolderWalker(options.Folder, options.Include, options.Exclude, path => checker.Readers.CanRead(path) && !checker.ConfigurationFor(path).IsExcluded(path));
        var files = walker.Walk(skipped);
        ScanTimings.Mark($"walked {files.Count} files");

        // Every configuration is read (and its errors raised) before anything is written.
        var rules = files
            .Select(f => checker.DescriptorsFor(checker.ConfigurationFor(f.FullPath)))
            .DefaultIfEmpty(checker.DescriptorsFor(checker.ConfigurationFor(Path.Combine(options.Folder, "release.md"))))
            .SelectMany(d => d)
            .DistinctBy(d => d.Id)
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .ToImmutableArray();
        var fingerprint = new ScanFingerprint(checker, options.Checker, rules);
        var codec = new DiagnosticCodec(rules.ToDictionary(r => r.Id, StringComparer.Ordinal));
        var today = options.Checker.Clock.GetCurrentInstant().InZone(options.Checker.TimeZone).Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        ScanTimings.Mark("rules and fingerprint");
        var context = new ScanContext(checker, fingerprint, codec, today, options.Rehash, options.Checker.ReaderOptions.MaxFileBytes);
        var lastCompleted = store.LastCompletedRun();
        var started = DateTimeOffset.Now;
        var runId = store.BeginRun(started, fingerprint.Global);
        var stored = store.LoadFiles();
        ScanTimings.Mark("stored files loaded");
        var storeGate = new object();
        var results = new ScannedFile?[files.Count];
        var done = 0;
        var unchanged = new List<(int Index, FileOutcome Outcome)>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Jobs), CancellationToken = cancellationToken };
        var scans = new FileScan?[Math.Min(Window, files.Count)];
        var hashes = new HashedFile?[scans.Length];
        var reads = new DocumentReadResult?[scans.Length];

        // A window of files at a time: each is hashed and its stored findings reused where they hold; the others are
        // read, their sentences scored ahead together (the sentence encoder is about twice as quick a sentence in full
        // batches as a release at a time), then checked and recorded one by one, so a scan stopped part way keeps
        // every file it finished. Only a window's documents are held at once, and a long one, or one past what the window may
        // hold in all, is read again when checked.
        for (var start = 0; start < files.Count; start += Window)
        {
            var count = Math.Min(Window, files.Count - start);
            var budget = new ReadAheadBudget();
            Parallel.For(0, count, parallel, j =>
            {
                var i = start + j;
                var (fullPath, relative) = files[i];
                var file = new FileScan(fullPath, relative, DisplayPath(relative), context);
                var previous = stored.GetValueOrDefault(relative);
                var hashed = file.Hash(previous);
                if (hashed is null)
                {
                    skipped.Add($"{relative}: the file went while the scan ran");
                }
                else if (file.Reuse(hashed, previous) is { } outcome)
                {
                    lock (unchanged)
                    {
                        unchanged.Add((i, outcome));
                    }
                }
                else
                {
                    (scans[j], hashes[j]) = (file, hashed);
                    reads[j] = file.Read(budget, cancellationToken);
                    return;
                }

                progress?.Invoke(Interlocked.Increment(ref done), files.Count);
            });

            checker.ScoreAhead([.. Enumerable.Range(0, count).Where(j => reads[j] is not null).Select(j => (reads[j]!, scans[j]!.FullPath))], cancellationToken);

            Parallel.For(0, count, parallel, j =>
            {
                if (scans[j] is not { } file)
                {
                    return;
                }

                var (_, relative) = files[start + j];
                var outcome = file.Check(hashes[j]!, reads[j], cancellationToken);
                reads[j] = null;
                if (outcome is null)
                {
                    skipped.Add($"{relative}: the file went while the scan ran");
                }
                else
                {
                    Dictionary<string, FindingRuns> firstRuns;
                    lock (storeGate)
                    {
                        firstRuns = store.RecordFile(runId, relative, outcome.Stored, outcome.Tracked, outcome.Release);
                    }

                    results[start + j] = outcome.WithStatus(firstRuns, lastCompleted);
                }

                progress?.Invoke(Interlocked.Increment(ref done), files.Count);
            });

            Array.Clear(scans);
            Array.Clear(hashes);
            Array.Clear(reads);
        }

        ScanTimings.Mark($"files hashed, reused or checked ({unchanged.Count} unchanged)");

        // Unchanged files are recorded together, in one transaction: their results are already sound, and a commit
        // each would cost more than reusing them. A scan stopped before this simply reuses them again next time.
        Flush(store, runId, lastCompleted, unchanged, results);
        ScanTimings.Mark("unchanged files recorded");
        var scanned = results.OfType<ScannedFile>().ToImmutableArray();
        var resolved = store.Resolve(runId, lastCompleted);
        var active = scanned.SelectMany(f => f.Result.Active).ToList();
        var run = new RunSummary(
            runId,
            started,
            DateTimeOffset.Now,
            scanned.Length,
            scanned.Count(f => f.Analysed),
            active.Count(d => d.Severity == DiagnosticSeverity.Error),
            active.Count(d => d.Severity == DiagnosticSeverity.Warning),
            active.Count(d => d.Severity == DiagnosticSeverity.Info),
            scanned.Sum(f => f.Findings.Count(x => x.Status == FindingStatus.New)),
            resolved.Count);
        store.EndRun(run);
        ScanTimings.Mark("resolved and run ended");
        return new ScanResult(run, scanned, [.. resolved], [.. store.History(options.HistoryLength)], rules, [.. skipped.Order(StringComparer.Ordinal)])
        {
            DisplayFolder = options.DisplayFolder ?? options.Folder,
            ComparedWithRun = lastCompleted > 0 ? lastCompleted : null,
        };
    }

    private static void Flush(ScanStateStore store, long runId, long lastCompleted, List<(int Index, FileOutcome Outcome)> unchanged, ScannedFile?[] results)
    {
        var firstRuns = store.RecordUnchanged(runId, [.. unchanged.Select(u => (u.Outcome.RelativePath, u.Outcome.Stored, u.Outcome.Previous!, u.Outcome.Tracked))]);
        foreach (var (index, outcome) in unchanged)
        {
            results[index] = outcome.WithStatus(firstRuns, lastCompleted);
        }

        unchanged.Clear();
    }

    /// <summary>
    /// Files hashed, read and scored ahead together (<see cref="PublicityChecker.FilesReadAheadTogether"/>, as a folder
    /// check reads them). A scan stopped part way loses at most a window's unrecorded files, which the next scan checks.
    /// </summary>
    internal const int Window = PublicityChecker.FilesReadAheadTogether;

    private string DisplayPath(string relative) => ScanResult.DisplayPath(options.DisplayFolder ?? options.Folder, relative);
}
