using System.Globalization;
using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using PublicityCheck.Configuration;
using PublicityCheck.Scanning;
using PublicityCheck.Scanning.Html;
using PublicityCheck.Scanning.Monitoring;

namespace PublicityCheck.Benchmarks;

/// <summary>
/// The Monitoring Officer's report from a large scan history: a state of 10,000 releases over two years with 20,000
/// quotations, two findings a release (one in ten suppressed, with an approval) and a history of resolved findings.
/// The state's schema is made by a real scan of an empty folder; its rows are written directly, as a scan of 10,000
/// releases would leave them. <see cref="ReadHistory"/> reads it read-only as <c>publicitycheck report</c> does;
/// <see cref="Html"/> and <see cref="Json"/> read it, build the report and write it.
/// </summary>
[MemoryDiagnoser]
public class ReportBenchmarks
{
    private const int Releases = 10_000;
    private const int Quotations = 20_000;
    private static readonly string[] Parties = ["Labour", "Conservative", "Green"];
    private static readonly string[] Standings = [SpeakerStanding.Executive, SpeakerStanding.NonExecutive, SpeakerStanding.Opposition];
    private string? _root;
    private string _state = "";
    private PublicityCheckConfiguration _configuration = PublicityCheckConfiguration.Default;

    [GlobalSetup]
    public void Setup()
    {
        _root = BenchmarkInputs.CreateFolder("report");
        var folder = Path.Combine(_root, "press");
        Directory.CreateDirectory(folder);
        _state = Path.Combine(_root, "scan.db");
        new ScanEngine(new ScanOptions(folder) { StateFile = _state }).Run();
        Fill(_state);
        _configuration = PublicityCheckConfiguration.Default with
        {
            Elections = [new Calendar.Election("borough-2026", "Borough elections", new NodaTime.LocalDate(2026, 5, 7), Calendar.ElectionType.Local, Calendar.UkCountry.England)],
        };
        var bytes = new FileInfo(_state).Length + (File.Exists(_state + "-wal") ? new FileInfo(_state + "-wal").Length : 0);
        Console.WriteLine($"// state: {Releases} releases, {Quotations} quotations, {bytes / 1024.0 / 1024.0:0.0} MB");
    }

    [GlobalCleanup]
    public void Cleanup() => BenchmarkInputs.DeleteFolder(_root);

    /// <summary>Reads the history, as the report does before building anything; returns the quotations read.</summary>
    [Benchmark]
    public int ReadHistory() => ScanHistoryReader.Read(_state).Quotations.Length;

    /// <summary>Reads the history, builds the report and writes it as HTML; returns its length.</summary>
    [Benchmark]
    public int Html()
    {
        var writer = new StringWriter();
        MonitoringHtmlWriter.Write(Build(), writer);
        return writer.GetStringBuilder().Length;
    }

    /// <summary>Reads the history, builds the report and writes it as JSON; returns its length.</summary>
    [Benchmark]
    public long Json()
    {
        using var stream = new MemoryStream();
        MonitoringJsonWriter.Write(Build(), stream);
        return stream.Length;
    }

    private MonitoringReport Build() => MonitoringReport.Build(ScanHistoryReader.Read(_state), _configuration, DateTimeOffset.UnixEpoch);

    private static void Fill(string state)
    {
        var random = new Random(2026);
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = state, Pooling = false }.ToString());
        connection.Open();
        using var transaction = connection.BeginTransaction();
        Execute(connection, transaction, "INSERT INTO runs (started, ended, fingerprint) VALUES ('2026-01-01T06:00:00+00:00', '2026-01-01T06:10:00+00:00', 'bench')");
        using var file = Command(connection, transaction, "INSERT INTO files (path, size, modified_ticks, sha256, fingerprint, checked_on, date_dependent, diagnostics, last_run, hashed_ticks, publish_on) VALUES ($p, 1000, 0, 'x', 'bench', '2026-01-01', 0, $d, 2, 0, $on)");
        using var quotation = Command(connection, transaction, "INSERT INTO quotations (path, ordinal, person_id, name, party, standing, roles, own_capacity) VALUES ($p, $n, $id, $name, $party, $standing, 'Councillor', 1)");
        using var suppression = Command(connection, transaction, "INSERT INTO suppressions (path, ordinal, rules, part, line, col, justification, hidden) VALUES ($p, 0, 'PC0201', 'body', 9, 1, 'factual, approved by the Monitoring Officer, 3 March 2026', 1)");
        using var finding = Command(connection, transaction, "INSERT INTO findings (identity, path, rule_id, severity, text, message, first_run, last_run, resolved_run) VALUES ($id, $p, 'PC0304', 'warning', 'new', 'A message', 1, 2, $resolved)");
        var first = new NodaTime.LocalDate(2025, 1, 1);
        for (var i = 0; i < Releases; i++)
        {
            var path = $"press/{i / 500:D2}/release-{i:D5}.md";
            var date = first.PlusDays(i * 730 / Releases).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var suppressed = i % 10 == 0;
            var diagnostics = $$"""{"Format":"Markdown","PublishOn":"{{date}}","Diagnostics":[{"Id":"PC0201","Severity":"warning","Message":"Partisan language (praise of the administration): reword it","Path":"{{path}}","Part":"body","StartLine":9,"StartColumn":1,"EndLine":9,"EndColumn":40,"Text":"thanks to this administration","Excerpt":"The scheme was delivered thanks to this administration, the council said."{{(suppressed ? ""","Suppression":{"Justification":"factual, approved by the Monitoring Officer, 3 March 2026","Part":"body","Line":9,"Column":1}""" : string.Empty)}}},{"Id":"PC0304","Severity":"warning","Message":"A time-sensitive word","Path":"{{path}}","Part":"body","StartLine":4,"StartColumn":5,"EndLine":4,"EndColumn":8,"Text":"new"}]}""";
            Set(file, ("$p", path), ("$d", diagnostics), ("$on", date));
            file.ExecuteNonQuery();
            for (var n = 0; n < Quotations / Releases; n++)
            {
                var party = random.Next(Parties.Length);
                Set(quotation, ("$p", path), ("$n", n), ("$id", $"member-{party}-{n}"), ("$name", $"Member {party}-{n}"), ("$party", Parties[party]), ("$standing", Standings[party]));
                quotation.ExecuteNonQuery();
            }

            if (suppressed)
            {
                Set(suppression, ("$p", path));
                suppression.ExecuteNonQuery();
            }

            Set(finding, ("$id", $"finding-{i}"), ("$p", path), ("$resolved", i % 3 == 0 ? 2 : DBNull.Value));
            finding.ExecuteNonQuery();
        }

        Execute(connection, transaction, "INSERT INTO runs (started, ended, fingerprint) VALUES ('2026-12-01T06:00:00+00:00', '2026-12-01T06:10:00+00:00', 'bench')");
        transaction.Commit();
        Execute(connection, null, "PRAGMA wal_checkpoint(TRUNCATE)");
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = Command(connection, transaction, sql);
        command.ExecuteNonQuery();
    }

    private static void Set(SqliteCommand command, params (string Name, object Value)[] values)
    {
        foreach (var (name, value) in values)
        {
            if (command.Parameters.Contains(name))
            {
                command.Parameters[name].Value = value;
            }
            else
            {
                command.Parameters.AddWithValue(name, value);
            }
        }
    }
}
