using Microsoft.Data.Sqlite;

namespace PublicityCheck.Scanning.State;

/// <summary>
/// The state file's schema, as numbered migrations. <c>schema_version</c> holds the number applied; opening a state
/// file applies the ones after it, each in a transaction, so a file from an older version is brought up to date and
/// one from a newer version is refused rather than misread.
/// </summary>
internal static class SchemaMigrations
{
    private static readonly string[] Steps =
    [
        // 1: files with their stored findings, tracked findings, runs.
        """
        CREATE TABLE files (
            path TEXT PRIMARY KEY,
            size INTEGER NOT NULL,
            modified_ticks INTEGER NOT NULL,
            sha256 TEXT NOT NULL,
            fingerprint TEXT NOT NULL,
            checked_on TEXT NOT NULL,
            date_dependent INTEGER NOT NULL,
            diagnostics TEXT NOT NULL,
            last_run INTEGER NOT NULL
        );
        CREATE TABLE findings (
            identity TEXT PRIMARY KEY,
            path TEXT NOT NULL,
            rule_id TEXT NOT NULL,
            severity TEXT NOT NULL,
            text TEXT,
            message TEXT NOT NULL,
            first_run INTEGER NOT NULL,
            last_run INTEGER NOT NULL,
            resolved_run INTEGER
        );
        CREATE INDEX findings_open ON findings (resolved_run, last_run);
        CREATE TABLE runs (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            started TEXT NOT NULL,
            ended TEXT,
            fingerprint TEXT NOT NULL,
            files INTEGER NOT NULL DEFAULT 0,
            analysed INTEGER NOT NULL DEFAULT 0,
            errors INTEGER NOT NULL DEFAULT 0,
            warnings INTEGER NOT NULL DEFAULT 0,
            infos INTEGER NOT NULL DEFAULT 0,
            new_findings INTEGER NOT NULL DEFAULT 0,
            resolved_findings INTEGER NOT NULL DEFAULT 0
        );
        """,

        // 2: when each file was last hashed, so size and modified time can vouch for content hashed well after the file's last write.
        "ALTER TABLE files ADD COLUMN hashed_ticks INTEGER NOT NULL DEFAULT 0",

        // 3: which occurrence of its words under its rule a finding is, so a resolved finding keeps its SARIF fingerprint.
        "ALTER TABLE findings ADD COLUMN occurrence INTEGER NOT NULL DEFAULT 0",

        // 4: the last run in which an open finding's message or severity changed, so SARIF can say it was updated.
        "ALTER TABLE findings ADD COLUMN changed_run INTEGER NOT NULL DEFAULT 0",

        // 5: each release's publication date, the speakers of its quotations and the suppressions its author wrote,
        // for the balance of quotations over time and the audit of approvals. Files recorded before are checked again
        // on the next scan (their fingerprint is cleared), since who they quote was never kept.
        """
        ALTER TABLE files ADD COLUMN publish_on TEXT;
        CREATE TABLE quotations (
            path TEXT NOT NULL,
            ordinal INTEGER NOT NULL,
            person_id TEXT,
            name TEXT,
            party TEXT,
            standing TEXT NOT NULL,
            roles TEXT NOT NULL,
            own_capacity INTEGER NOT NULL,
            PRIMARY KEY (path, ordinal)
        ) WITHOUT ROWID;
        CREATE TABLE suppressions (
            path TEXT NOT NULL,
            ordinal INTEGER NOT NULL,
            rules TEXT NOT NULL,
            part TEXT NOT NULL,
            line INTEGER NOT NULL,
            col INTEGER NOT NULL,
            justification TEXT,
            hidden INTEGER NOT NULL,
            PRIMARY KEY (path, ordinal)
        ) WITHOUT ROWID;
        UPDATE files SET fingerprint = '';
        """,
    ];

    /// <summary>The schema version this build writes.</summary>
    public static int Latest => Steps.Length;

    /// <summary>Applies the migrations <paramref name="connection"/>'s file has not had.</summary>
    /// <exception cref="ScanStateException">The file was written by a newer version.</exception>
    public static void Apply(SqliteConnection connection, string path)
    {
        Execute(connection, null, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
        var current = CurrentVersion(connection);
        if (current > Latest)
        {
            throw new ScanStateException(
                path,
                ScanStateProblem.NewerVersion,
                $"the scan state {path} has schema version {current}; this publicitycheck reads up to {Latest}: use a newer publicitycheck, another --state file, or --reset-state to move it aside (it is kept) and start afresh");
        }

        for (var version = current + 1; version <= Latest; version++)
        {
            using var transaction = connection.BeginTransaction();
            Execute(connection, transaction, Steps[version - 1]);
            Execute(connection, transaction, "DELETE FROM schema_version");
            using (var insert = connection.CreateCommand())
            {
                insert.Transaction = transaction;
                insert.CommandText = "INSERT INTO schema_version (version) VALUES ($v)";
                insert.Parameters.AddWithValue("$v", version);
                insert.ExecuteNonQuery();
            }

            transaction.Commit();
        }
    }

    private static int CurrentVersion(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT MAX(version) FROM schema_version";
        return command.ExecuteScalar() is long version ? (int)version : 0;
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
