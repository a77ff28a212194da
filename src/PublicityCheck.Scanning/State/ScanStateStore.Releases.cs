using Microsoft.Data.Sqlite;

namespace PublicityCheck.Scanning.State;

/// <summary>The state's record of each release's date, speakers and suppressions (schema 5).</summary>
internal sealed partial class ScanStateStore
{
    /// <summary>Replaces what is recorded of the release at <paramref name="path"/>, inside the transaction that records its findings.</summary>
    private void RecordRelease(SqliteTransaction transaction, string path, ReleaseRecord release)
    {
        using (var date = Command("UPDATE files SET publish_on = $on WHERE path = $path", transaction))
        {
            date.Parameters.AddWithValue("$on", (object?)release.PublishOn ?? DBNull.Value);
            date.Parameters.AddWithValue("$path", path);
            date.ExecuteNonQuery();
        }

        foreach (var table in new[] { "quotations", "suppressions" })
        {
            using var clear = Command($"DELETE FROM {table} WHERE path = $path", transaction);
            clear.Parameters.AddWithValue("$path", path);
            clear.ExecuteNonQuery();
        }

        if (!release.Quotations.IsEmpty)
        {
            using var insert = Command(
                "INSERT INTO quotations (path, ordinal, person_id, name, party, standing, roles, own_capacity) VALUES ($path, $n, $id, $name, $party, $standing, $roles, $own)",
                transaction);
            insert.Parameters.AddWithValue("$path", path);
            var n = insert.Parameters.Add("$n", SqliteType.Integer);
            var id = insert.Parameters.Add("$id", SqliteType.Text);
            var name = insert.Parameters.Add("$name", SqliteType.Text);
            var party = insert.Parameters.Add("$party", SqliteType.Text);
            var standing = insert.Parameters.Add("$standing", SqliteType.Text);
            var roles = insert.Parameters.Add("$roles", SqliteType.Text);
            var own = insert.Parameters.Add("$own", SqliteType.Integer);
            foreach (var q in release.Quotations)
            {
                n.Value = q.Ordinal;
                id.Value = (object?)q.PersonId ?? DBNull.Value;
                name.Value = (object?)q.Name ?? DBNull.Value;
                party.Value = (object?)q.Party ?? DBNull.Value;
                standing.Value = q.Standing;
                roles.Value = q.Roles;
                own.Value = q.OwnCapacity ? 1 : 0;
                insert.ExecuteNonQuery();
            }
        }

        if (!release.Suppressions.IsEmpty)
        {
            using var insert = Command(
                "INSERT INTO suppressions (path, ordinal, rules, part, line, col, justification, hidden) VALUES ($path, $n, $rules, $part, $line, $col, $why, $hidden)",
                transaction);
            insert.Parameters.AddWithValue("$path", path);
            var n = insert.Parameters.Add("$n", SqliteType.Integer);
            var rules = insert.Parameters.Add("$rules", SqliteType.Text);
            var part = insert.Parameters.Add("$part", SqliteType.Text);
            var line = insert.Parameters.Add("$line", SqliteType.Integer);
            var col = insert.Parameters.Add("$col", SqliteType.Integer);
            var why = insert.Parameters.Add("$why", SqliteType.Text);
            var hidden = insert.Parameters.Add("$hidden", SqliteType.Integer);
            foreach (var s in release.Suppressions)
            {
                n.Value = s.Ordinal;
                rules.Value = s.Rules;
                part.Value = s.Part;
                line.Value = s.Line;
                col.Value = s.Column;
                why.Value = (object?)s.Justification ?? DBNull.Value;
                hidden.Value = s.Hidden;
                insert.ExecuteNonQuery();
            }
        }
    }

    /// <summary>Forgets the releases of files not seen in run <paramref name="runId"/>, before the files themselves are.</summary>
    private void ForgetReleases(SqliteTransaction transaction, long runId)
    {
        foreach (var table in new[] { "quotations", "suppressions" })
        {
            using var forget = Command($"DELETE FROM {table} WHERE path IN (SELECT path FROM files WHERE last_run < $run)", transaction);
            forget.Parameters.AddWithValue("$run", runId);
            forget.ExecuteNonQuery();
        }
    }
}
