using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace PublicityCheck.Scanning.State;

/// <summary>
/// The scan state in SQLite: files with their hashes and findings, tracked findings, and runs. The database is in
/// WAL mode and each checked file's results are one transaction (reused files one together), so a scan killed at any moment leaves a consistent file;
/// a run with no end is one that was stopped, and the next run simply carries on from what was recorded.
/// Not thread-safe: the engine writes from one thread at a time.
/// </summary>
internal sealed partial class ScanStateStore : IDisposable
{
    private readonly SqliteConnection _connection;

    private ScanStateStore(SqliteConnection connection) => _connection = connection;

    /// <summary>
    /// Opens the state file, creating it if missing, and brings its schema up to date. The file must be a regular
    /// file (a FIFO or a device is refused before SQLite touches it), start with SQLite's header, and pass SQLite's
    /// quick integrity check on a read-only connection: so a damaged file, and its <c>-wal</c>, are refused before
    /// anything is written to them or checkpointed away, and can be kept for inspection as they were.
    /// </summary>
    /// <exception cref="ScanStateException">The file is damaged, from a newer version, not a regular file, or cannot be opened.</exception>
    public static ScanStateStore Open(string path)
    {
        ScanStateFile.CreateFolder(path);
        ScanStateFile.CheckIsRegularOrMissing(path);
        if (ScanStateFile.CheckHeader(path))
        {
            Probe(path);
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, DefaultTimeout = 30 }.ToString());
        try
        {
            connection.Open();
            var store = new ScanStateStore(connection);
            store.Execute("PRAGMA journal_mode=WAL");
            store.Execute("PRAGMA synchronous=NORMAL");
            store.Execute("PRAGMA busy_timeout=10000");
            SchemaMigrations.Apply(connection, path);
            return store;
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            throw ScanStateFile.From(path, ex);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>SQLite's quick integrity check, on a read-only connection, which never checkpoints or deletes the <c>-wal</c>.</summary>
    internal static void Probe(string path)
    {
        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false, DefaultTimeout = 30 }.ToString());
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA quick_check(1)";
            if (command.ExecuteScalar() is not "ok")
            {
                throw ScanStateFile.Damaged(path);
            }
        }
        catch (SqliteException ex)
        {
            throw ScanStateFile.From(path, ex);
        }
    }

    /// <summary>The id of the last run that finished, or 0.</summary>
    public long LastCompletedRun() => Scalar("SELECT COALESCE(MAX(id), 0) FROM runs WHERE ended IS NOT NULL") is long id ? id : 0;

    public long BeginRun(DateTimeOffset started, string fingerprint)
    {
        using var command = Command("INSERT INTO runs (started, fingerprint) VALUES ($started, $fp) RETURNING id");
        command.Parameters.AddWithValue("$started", started.ToString("O", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$fp", fingerprint);
        return (long)command.ExecuteScalar()!;
    }

    public Dictionary<string, StoredFile> LoadFiles()
    {
        var files = new Dictionary<string, StoredFile>(StringComparer.Ordinal);
        using var command = Command("SELECT path, size, modified_ticks, sha256, fingerprint, checked_on, date_dependent, diagnostics, hashed_ticks FROM files");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            files[reader.GetString(0)] = new StoredFile(reader.GetInt64(1), reader.GetInt64(2), reader.GetString(3), reader.GetString(4), reader.GetString(5), reader.GetInt64(6) != 0, reader.GetString(7), reader.GetInt64(8));
        }

        return files;
    }

    /// <summary>
    /// Records a file checked in this run: its state, open findings and, given <paramref name="release"/>, its
    /// publication date, speakers and suppressions (replacing those recorded before) in one transaction, and returns the first run of each finding
    /// (a finding that had been resolved and came back starts again) and the last run its message or severity changed in.
    /// </summary>
    public Dictionary<string, FindingRuns> RecordFile(long runId, string path, StoredFile file, IReadOnlyList<TrackedFinding> findings, ReleaseRecord? release = null) =>
        RecordFiles(runId, [(path, file, findings)], release)[0];

    /// <summary>Records checked files and their findings in one transaction, the two statements prepared once.</summary>
    private List<Dictionary<string, FindingRuns>> RecordFiles(long runId, IReadOnlyList<(string Path, StoredFile File, IReadOnlyList<TrackedFinding> Findings)> files, ReleaseRecord? release)
    {
        using var transaction = _connection.BeginTransaction();
        using var upsert = Command(
            """
            INSERT INTO files (path, size, modified_ticks, sha256, fingerprint, checked_on, date_dependent, diagnostics, last_run, hashed_ticks)
            VALUES ($path, $size, $mtime, $hash, $fp, $on, $dd, $diag, $run, $hashed)
            ON CONFLICT (path) DO UPDATE SET size = $size, modified_ticks = $mtime, sha256 = $hash, fingerprint = $fp,
                checked_on = $on, date_dependent = $dd, diagnostics = $diag, last_run = $run, hashed_ticks = $hashed
            """,
            transaction);
        var path = upsert.Parameters.Add("$path", SqliteType.Text);
        var size = upsert.Parameters.Add("$size", SqliteType.Integer);
        var mtime = upsert.Parameters.Add("$mtime", SqliteType.Integer);
        var hash = upsert.Parameters.Add("$hash", SqliteType.Text);
        var fp = upsert.Parameters.Add("$fp", SqliteType.Text);
        var on = upsert.Parameters.Add("$on", SqliteType.Text);
        var dd = upsert.Parameters.Add("$dd", SqliteType.Integer);
        var diag = upsert.Parameters.Add("$diag", SqliteType.Text);
        var hashed = upsert.Parameters.Add("$hashed", SqliteType.Integer);
        upsert.Parameters.AddWithValue("$run", runId);

        using var finding = Command(
            """
            INSERT INTO findings (identity, path, rule_id, severity, text, message, first_run, last_run, resolved_run, occurrence)
            VALUES ($id, $path, $rule, $sev, $text, $msg, $run, $run, NULL, $occ)
            ON CONFLICT (identity) DO UPDATE SET severity = $sev, message = $msg, last_run = $run, occurrence = $occ,
                changed_run = CASE WHEN resolved_run IS NULL AND (severity IS NOT $sev OR message IS NOT $msg) THEN $run ELSE changed_run END,
                first_run = CASE WHEN resolved_run IS NULL THEN first_run ELSE $run END, resolved_run = NULL
            RETURNING first_run, changed_run
            """,
            transaction);
        var id = finding.Parameters.Add("$id", SqliteType.Text);
        var findingPath = finding.Parameters.Add("$path", SqliteType.Text);
        var rule = finding.Parameters.Add("$rule", SqliteType.Text);
        var severity = finding.Parameters.Add("$sev", SqliteType.Text);
        var text = finding.Parameters.Add("$text", SqliteType.Text);
        var message = finding.Parameters.Add("$msg", SqliteType.Text);
        var occurrence = finding.Parameters.Add("$occ", SqliteType.Integer);
        finding.Parameters.AddWithValue("$run", runId);

        var all = new List<Dictionary<string, FindingRuns>>(files.Count);
        foreach (var (filePath, file, findings) in files)
        {
            path.Value = filePath;
            size.Value = file.Size;
            mtime.Value = file.ModifiedTicks;
            hash.Value = file.Sha256;
            fp.Value = file.Fingerprint;
            on.Value = file.CheckedOn;
            dd.Value = file.DateDependent ? 1 : 0;
            diag.Value = file.Diagnostics;
            hashed.Value = file.HashedTicks;
            upsert.ExecuteNonQuery();

            var firstRuns = new Dictionary<string, FindingRuns>(StringComparer.Ordinal);
            findingPath.Value = filePath;
            foreach (var f in findings)
            {
                id.Value = f.Identity;
                rule.Value = f.RuleId;
                severity.Value = f.Severity;
                text.Value = (object?)f.Text ?? DBNull.Value;
                message.Value = f.Message;
                occurrence.Value = f.Occurrence;
                using var reader = finding.ExecuteReader();
                reader.Read();
                firstRuns[f.Identity] = new FindingRuns(reader.GetInt64(0), reader.GetInt64(1));
            }

            all.Add(firstRuns);
            if (release is not null)
            {
                RecordRelease(transaction, filePath, release);
            }
        }

        transaction.Commit();
        return all;
    }

    /// <summary>
    /// Records files reused unchanged, in one transaction of a few statements rather than two per file: the files
    /// whose stored state is as it was only have their run moved on, together; the others (a new modified time
    /// with the same content) are updated one by one; and their findings are carried into the run with one upsert
    /// fed the whole list as JSON. Returns the first run of every finding, and the last its message or severity changed in, by identity.
    /// </summary>
    public Dictionary<string, FindingRuns> RecordUnchanged(long runId, IReadOnlyList<(string Path, StoredFile File, StoredFile Previous, IReadOnlyList<TrackedFinding> Findings)> files)
    {
        var firstRuns = new Dictionary<string, FindingRuns>(StringComparer.Ordinal);
        if (files.Count == 0)
        {
            return firstRuns;
        }

        using var transaction = _connection.BeginTransaction();
        using (var moveOn = Command("UPDATE files SET last_run = $run WHERE path IN (SELECT value FROM json_each($paths))", transaction))
        {
            moveOn.Parameters.AddWithValue("$run", runId);
            moveOn.Parameters.AddWithValue("$paths", JsonArray(files.Where(f => f.File == f.Previous), (writer, f) => writer.WriteStringValue(f.Path)));
            moveOn.ExecuteNonQuery();
        }

        using (var touched = Command("UPDATE files SET size = $size, modified_ticks = $mtime, hashed_ticks = $hashed, last_run = $run WHERE path = $path", transaction))
        {
            var path = touched.Parameters.Add("$path", SqliteType.Text);
            var size = touched.Parameters.Add("$size", SqliteType.Integer);
            var mtime = touched.Parameters.Add("$mtime", SqliteType.Integer);
            var hashed = touched.Parameters.Add("$hashed", SqliteType.Integer);
            touched.Parameters.AddWithValue("$run", runId);
            foreach (var (filePath, file, _, _) in files.Where(f => f.File != f.Previous))
            {
                path.Value = filePath;
                size.Value = file.Size;
                mtime.Value = file.ModifiedTicks;
                hashed.Value = file.HashedTicks;
                touched.ExecuteNonQuery();
            }
        }

        using (var findings = Command(
            """
            INSERT INTO findings (identity, path, rule_id, severity, text, message, first_run, last_run, resolved_run, occurrence)
            SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5, $run, $run, NULL, value ->> 6
            FROM json_each($findings) WHERE true
            ON CONFLICT (identity) DO UPDATE SET severity = excluded.severity, message = excluded.message, last_run = $run,
                occurrence = excluded.occurrence,
                changed_run = CASE WHEN resolved_run IS NULL AND (severity IS NOT excluded.severity OR message IS NOT excluded.message) THEN $run ELSE changed_run END,
                first_run = CASE WHEN resolved_run IS NULL THEN first_run ELSE $run END, resolved_run = NULL
            RETURNING identity, first_run, changed_run
            """,
            transaction))
        {
            findings.Parameters.AddWithValue("$run", runId);
            findings.Parameters.AddWithValue("$findings", JsonArray(files.SelectMany(f => f.Findings.Select(x => (f.Path, Finding: x))), (writer, x) =>
            {
                writer.WriteStartArray();
                writer.WriteStringValue(x.Finding.Identity);
                writer.WriteStringValue(x.Path);
                writer.WriteStringValue(x.Finding.RuleId);
                writer.WriteStringValue(x.Finding.Severity);
                writer.WriteStringValue(x.Finding.Text);
                writer.WriteStringValue(x.Finding.Message);
                writer.WriteNumberValue(x.Finding.Occurrence);
                writer.WriteEndArray();
            }));
            using var reader = findings.ExecuteReader();
            while (reader.Read())
            {
                firstRuns[reader.GetString(0)] = new FindingRuns(reader.GetInt64(1), reader.GetInt64(2));
            }
        }
        transaction.Commit();
        return firstRuns;
    }

    /// <summary>
    /// Ends a run: forgets files not seen in it (deleted or now excluded), marks findings not seen as resolved, and
    /// returns those that had been open at <paramref name="lastCompleted"/>.
    /// </summary>
    public List<ResolvedFinding> Resolve(long runId, long lastCompleted)
    {
        using var transaction = _connection.BeginTransaction();
        var resolved = new List<ResolvedFinding>();
        using (var select = Command(
            "SELECT path, rule_id, severity, text, message, occurrence FROM findings WHERE resolved_run IS NULL AND last_run < $run AND first_run <= $last ORDER BY path, rule_id",
            transaction))
        {
            select.Parameters.AddWithValue("$run", runId);
            select.Parameters.AddWithValue("$last", lastCompleted);
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                resolved.Add(new ResolvedFinding(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetString(4), reader.GetInt32(5)));
            }
        }

        using (var update = Command("UPDATE findings SET resolved_run = $run WHERE resolved_run IS NULL AND last_run < $run", transaction))
        {
            update.Parameters.AddWithValue("$run", runId);
            update.ExecuteNonQuery();
        }

        ForgetReleases(transaction, runId);
        using (var forget = Command("DELETE FROM files WHERE last_run < $run", transaction))
        {
            forget.Parameters.AddWithValue("$run", runId);
            forget.ExecuteNonQuery();
        }

        transaction.Commit();
        return resolved;
    }

    public void EndRun(RunSummary run)
    {
        using var command = Command(
            """
            UPDATE runs SET ended = $ended, files = $files, analysed = $analysed, errors = $errors, warnings = $warnings,
                infos = $infos, new_findings = $new, resolved_findings = $resolved WHERE id = $id
            """);
        command.Parameters.AddWithValue("$ended", run.Ended!.Value.ToString("O", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$files", run.Files);
        command.Parameters.AddWithValue("$analysed", run.Analysed);
        command.Parameters.AddWithValue("$errors", run.Errors);
        command.Parameters.AddWithValue("$warnings", run.Warnings);
        command.Parameters.AddWithValue("$infos", run.Infos);
        command.Parameters.AddWithValue("$new", run.New);
        command.Parameters.AddWithValue("$resolved", run.Resolved);
        command.Parameters.AddWithValue("$id", run.Id);
        command.ExecuteNonQuery();
    }

    /// <summary>The last <paramref name="count"/> completed runs, oldest first.</summary>
    public List<RunSummary> History(int count)
    {
        var runs = new List<RunSummary>();
        using var command = Command(
            "SELECT id, started, ended, files, analysed, errors, warnings, infos, new_findings, resolved_findings FROM runs WHERE ended IS NOT NULL ORDER BY id DESC LIMIT $n");
        command.Parameters.AddWithValue("$n", count);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            runs.Add(new RunSummary(
                reader.GetInt64(0),
                DateTimeOffset.Parse(reader.GetString(1), CultureInfo.InvariantCulture),
                DateTimeOffset.Parse(reader.GetString(2), CultureInfo.InvariantCulture),
                reader.GetInt32(3),
                reader.GetInt32(4),
                reader.GetInt32(5),
                reader.GetInt32(6),
                reader.GetInt32(7),
                reader.GetInt32(8),
                reader.GetInt32(9)));
        }

        runs.Reverse();
        return runs;
    }

    /// <summary>Runs recorded, finished or not (for tests and diagnostics).</summary>
    public long RunCount() => (long)Scalar("SELECT COUNT(*) FROM runs")!;

    public void Dispose() => _connection.Dispose();

    private SqliteCommand Command(string sql, SqliteTransaction? transaction = null)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    private static string JsonArray<T>(IEnumerable<T> items, Action<Utf8JsonWriter, T> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var item in items)
            {
                write(writer, item);
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private object? Scalar(string sql)
    {
        using var command = Command(sql);
        return command.ExecuteScalar();
    }

    private void Execute(string sql)
    {
        using var command = Command(sql);
        command.ExecuteNonQuery();
    }
}
