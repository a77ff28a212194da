using Microsoft.Data.Sqlite;
using PublicityCheck.Scanning.Tests.Support;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Scanning.Tests.State;

/// <summary>
/// A state file written by the previous schema (4) is brought up to schema 5 by the next scan: its runs and findings
/// are kept, and every release is checked again so that who it quotes is recorded.
/// </summary>
public sealed class SchemaMigrationTest : IDisposable
{
    // The schema as version 4 wrote it: steps 1 to 4 applied.
    private const string SchemaFour = """
        CREATE TABLE schema_version (version INTEGER NOT NULL);
        INSERT INTO schema_version (version) VALUES (4);
        CREATE TABLE files (
            path TEXT PRIMARY KEY, size INTEGER NOT NULL, modified_ticks INTEGER NOT NULL, sha256 TEXT NOT NULL,
            fingerprint TEXT NOT NULL, checked_on TEXT NOT NULL, date_dependent INTEGER NOT NULL, diagnostics TEXT NOT NULL,
            last_run INTEGER NOT NULL, hashed_ticks INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE findings (
            identity TEXT PRIMARY KEY, path TEXT NOT NULL, rule_id TEXT NOT NULL, severity TEXT NOT NULL, text TEXT,
            message TEXT NOT NULL, first_run INTEGER NOT NULL, last_run INTEGER NOT NULL, resolved_run INTEGER,
            occurrence INTEGER NOT NULL DEFAULT 0, changed_run INTEGER NOT NULL DEFAULT 0);
        CREATE INDEX findings_open ON findings (resolved_run, last_run);
        CREATE TABLE runs (
            id INTEGER PRIMARY KEY AUTOINCREMENT, started TEXT NOT NULL, ended TEXT, fingerprint TEXT NOT NULL,
            files INTEGER NOT NULL DEFAULT 0, analysed INTEGER NOT NULL DEFAULT 0, errors INTEGER NOT NULL DEFAULT 0,
            warnings INTEGER NOT NULL DEFAULT 0, infos INTEGER NOT NULL DEFAULT 0, new_findings INTEGER NOT NULL DEFAULT 0,
            resolved_findings INTEGER NOT NULL DEFAULT 0);
        INSERT INTO runs (started, ended, fingerprint, files, analysed, warnings)
            VALUES ('2026-02-01T06:00:00.0000000+00:00', '2026-02-01T06:00:04.0000000+00:00', 'v4', 1, 1, 1);
        INSERT INTO files VALUES ('press/closure.md', 120, 0, 'abc', 'v4', '2026-02-01', 0, '{"Diagnostics":[]}', 1, 0);
        INSERT INTO findings (identity, path, rule_id, severity, text, message, first_run, last_run, resolved_run)
            VALUES ('old-finding', 'press/closure.md', 'PC0401', 'warning', 'Part II', 'Confidential business', 1, 1, NULL);
        """;

    private const string Release = """
        ---
        date: 2026-02-10
        ---

        # Swimming pool reopens

        The swimming pool at Castle Hill reopens on Monday after its new roof was fitted.

        "Swimmers can look forward to a warmer, brighter pool," said Councillor Jane Smith, Leader of the Council.
        """;

    private readonly TemporaryFolder _folder = new();
    private readonly string _state;

    public SchemaMigrationTest()
    {
        _folder.Write("publicitycheck.json", """{ "root": true, "people": [ { "id": "jane-smith", "name": "Jane Smith", "title": "Councillor", "party": "Labour", "roles": [ { "role": "Leader" } ] } ] }""");
        _folder.Write("press/pool.md", Release);
        _state = Path.Combine(_folder.Path, ".publicitycheck", "scan.db");
    }

    [Fact]
    public void Scan_OfASchemaFourState_MigratesToFiveAndKeepsItsRuns()
    {
        WriteState(SchemaFour);

        var scan = Run();

        Assert.Equal(["5"], StateTables.Rows(_state, "SELECT version FROM schema_version"));
        Assert.Equal(2, scan.Run.Id);
        Assert.Equal(["1|2026-02-01T06:00:04.0000000+00:00"], StateTables.Rows(_state, "SELECT id, ended FROM runs WHERE id = 1"));
        Assert.Equal(["old-finding|2"], StateTables.Rows(_state, "SELECT identity, resolved_run FROM findings WHERE identity = 'old-finding'"));
    }

    [Fact]
    public void Scan_OfASchemaFourStateWithAnUpToDateFile_ChecksItAgainAndRecordsItsQuotations()
    {
        Run();
        Downgrade();

        var scan = Run();

        Assert.Equal(1, scan.Run.Analysed);
        Assert.Equal(["jane-smith|executive|2026-02-10"], StateTables.Rows(_state, "SELECT q.person_id, q.standing, f.publish_on FROM quotations q JOIN files f USING (path)"));
    }

    [Fact]
    public void Scan_OfAnUpToDateSchemaFiveState_ReusesTheFile()
    {
        Run();

        var scan = Run();

        Assert.Equal(0, scan.Run.Analysed);
        Assert.Equal(["1"], StateTables.Rows(_state, "SELECT COUNT(*) FROM quotations"));
    }

    public void Dispose() => _folder.Dispose();

    private ScanResult Run() => new ScanEngine(new ScanOptions(_folder.Path) { Jobs = 1, LockTimeout = TimeSpan.FromSeconds(1) }).Run();

    private void WriteState(string sql)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_state)!);
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _state, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    // What version 4 would have left after the same scan: the file's row as it was, without what schema 5 added.
    private void Downgrade() => WriteState("""
        DROP TABLE quotations;
        DROP TABLE suppressions;
        ALTER TABLE files DROP COLUMN publish_on;
        UPDATE schema_version SET version = 4;
        """);
}
