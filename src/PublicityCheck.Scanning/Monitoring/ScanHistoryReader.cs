using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using NodaTime.Text;
using PublicityCheck.Scanning.State;

namespace PublicityCheck.Scanning.Monitoring;

/// <summary>
/// Reads a scan state's history without scanning and without writing: the file is opened read-only, after the same
/// checks a scan makes (a regular file, SQLite's header, SQLite's quick integrity check), and only a state of the
/// schema this build writes is read. Every value is checked as it is read, since the file may have been altered:
/// a value of the wrong kind is reported as a damaged state, never thrown as a crash.
/// </summary>
public static class ScanHistoryReader
{
    /// <summary>Reads the history in the state file at <paramref name="statePath"/>.</summary>
    /// <exception cref="ScanStateException">The file is missing, damaged, from an older or newer version, or cannot be opened; the message says what to do.</exception>
    public static ScanHistory Read(string statePath)
    {
        ArgumentNullException.ThrowIfNull(statePath);
        ScanStateFile.CheckIsRegularOrMissing(statePath);
        if (!ScanStateFile.CheckHeader(statePath))
        {
            throw new ScanStateException(statePath, ScanStateProblem.Unusable, $"there is no scan state at {statePath}; run 'publicitycheck scan' on the folder first, or give the state file with --state");
        }

        ScanStateStore.Probe(statePath);
        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = statePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false, DefaultTimeout = 30 }.ToString());
            connection.Open();
            CheckVersion(connection, statePath);
            using var transaction = connection.BeginTransaction(deferred: true);
            var runs = RunStarts(connection, transaction);
            var (releases, ruleFindings, hidden) = Releases(connection, transaction);
            var quotations = Quotations(connection, transaction, releases);
            var perRelease = quotations.CountBy(q => q.Path).ToDictionary(StringComparer.Ordinal);
            return new ScanHistory(
                [.. releases.Values.Select(r => r with { Quotations = perRelease.GetValueOrDefault(r.Path) }).OrderBy(r => r.Path, StringComparer.Ordinal)],
                quotations,
                Suppressions(connection, transaction, hidden),
                Findings(connection, transaction, runs),
                ruleFindings);
        }
        catch (SqliteException ex)
        {
            throw ScanStateFile.From(statePath, ex);
        }
        catch (Exception ex) when (ex is InvalidCastException or FormatException or OverflowException or JsonException or UnparsableValueException or ArgumentException)
        {
            throw ScanStateFile.Damaged(statePath, ex);
        }
    }

    private static void CheckVersion(SqliteConnection connection, string statePath)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT MAX(version) FROM schema_version";
        var version = command.ExecuteScalar() is long v ? v : 0;
        if (version > SchemaMigrations.Latest)
        {
            throw new ScanStateException(
                statePath,
                ScanStateProblem.NewerVersion,
                $"the scan state {statePath} has schema version {version}; this publicitycheck reads up to {SchemaMigrations.Latest}: use a newer publicitycheck to write the report");
        }

        if (version < SchemaMigrations.Latest)
        {
            throw new ScanStateException(
                statePath,
                ScanStateProblem.Unusable,
                $"the scan state {statePath} was written by an older publicitycheck (schema version {version}) and holds no record of quotations; run 'publicitycheck scan' once to bring it up to date, then the report");
        }
    }

    private static Dictionary<long, DateTimeOffset> RunStarts(SqliteConnection connection, SqliteTransaction transaction)
    {
        var runs = new Dictionary<long, DateTimeOffset>();
        foreach (var row in Rows(connection, transaction, "SELECT id, started FROM runs"))
        {
            runs[(long)row[0]!] = DateTimeOffset.Parse((string)row[1]!, CultureInfo.InvariantCulture);
        }

        return runs;
    }

    private static (Dictionary<string, HistoryRelease> Releases, ImmutableArray<ReleaseRuleFindings> RuleFindings, Dictionary<(string Path, string Part, int Line, int Column), List<StoredDiagnostic>> Hidden) Releases(
        SqliteConnection connection,
        SqliteTransaction transaction)
    {
        var releases = new Dictionary<string, HistoryRelease>(StringComparer.Ordinal);
        var ruleFindings = ImmutableArray.CreateBuilder<ReleaseRuleFindings>();
        var hidden = new Dictionary<(string, string, int, int), List<StoredDiagnostic>>();
        foreach (var row in Rows(connection, transaction, "SELECT path, publish_on, diagnostics FROM files ORDER BY path"))
        {
            var path = (string)row[0]!;
            releases[path] = new HistoryRelease(path, row[1] is string on ? LocalDatePattern.Iso.Parse(on).GetValueOrThrow() : null, 0);
            var stored = JsonSerializer.Deserialize((string)row[2]!, StoredJson.Default.StoredResult) ?? throw new JsonException("no stored result");
            foreach (var rule in stored.Diagnostics.GroupBy(d => d.Id, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                ruleFindings.Add(new ReleaseRuleFindings(path, rule.Key, rule.Count(), rule.Count(d => d.Suppression is not null)));
            }

            foreach (var d in stored.Diagnostics.Where(d => d.Suppression is not null))
            {
                var key = (path, d.Suppression!.Part, d.Suppression.Line, d.Suppression.Column);
                if (!hidden.TryGetValue(key, out var list))
                {
                    hidden[key] = list = [];
                }

                list.Add(d);
            }
        }

        return (releases, ruleFindings.ToImmutable(), hidden);
    }

    private static ImmutableArray<HistoryQuotation> Quotations(SqliteConnection connection, SqliteTransaction transaction, Dictionary<string, HistoryRelease> releases)
    {
        var quotations = ImmutableArray.CreateBuilder<HistoryQuotation>();
        foreach (var row in Rows(connection, transaction, "SELECT path, ordinal, person_id, name, party, standing, roles, own_capacity FROM quotations ORDER BY path, ordinal"))
        {
            var path = (string)row[0]!;
            if (releases.GetValueOrDefault(path)?.PublishOn is not { } date)
            {
                throw new FormatException($"a quotation of {path}, which has no publication date");
            }

            quotations.Add(new HistoryQuotation(path, date, checked((int)(long)row[1]!), (string?)row[2], (string?)row[3], (string?)row[4], (string)row[5]!, (string)row[6]!, (long)row[7]! != 0));
        }

        return quotations.ToImmutable();
    }

    private static ImmutableArray<SuppressionEntry> Suppressions(SqliteConnection connection, SqliteTransaction transaction, Dictionary<(string, string, int, int), List<StoredDiagnostic>> hidden)
    {
        var entries = ImmutableArray.CreateBuilder<SuppressionEntry>();
        foreach (var row in Rows(connection, transaction, "SELECT path, rules, part, line, col, justification FROM suppressions ORDER BY path, ordinal"))
        {
            var (path, rules, part, line, column, justification) = ((string)row[0]!, (string)row[1]!, (string)row[2]!, checked((int)(long)row[3]!), checked((int)(long)row[4]!), (string?)row[5]);
            if (hidden.TryGetValue((path, part, line, column), out var findings))
            {
                entries.AddRange(findings.Select(d => new SuppressionEntry(path, line, d.Id, d.Text, justification, FindingExists: true)));
            }
            else
            {
                entries.Add(new SuppressionEntry(path, line, rules, null, justification, FindingExists: false));
            }
        }

        return entries.ToImmutable();
    }

    private static ImmutableArray<HistoryFinding> Findings(SqliteConnection connection, SqliteTransaction transaction, Dictionary<long, DateTimeOffset> runs)
    {
        var findings = ImmutableArray.CreateBuilder<HistoryFinding>();
        foreach (var row in Rows(connection, transaction, "SELECT path, rule_id, severity, text, message, first_run, last_run, resolved_run FROM findings ORDER BY path, rule_id, first_run"))
        {
            findings.Add(new HistoryFinding(
                (string)row[0]!,
                (string)row[1]!,
                (string)row[2]!,
                (string?)row[3],
                (string)row[4]!,
                runs.TryGetValue((long)row[5]!, out var first) ? first : null,
                runs.TryGetValue((long)row[6]!, out var last) ? last : null,
                row[7] is long resolved && runs.TryGetValue(resolved, out var gone) ? gone : null));
        }

        return findings.ToImmutable();
    }

    private static IEnumerable<object?[]> Rows(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            yield return row;
        }
    }
}
