using Microsoft.Data.Sqlite;

namespace PublicityCheck.Scanning.Tests.Support;

/// <summary>Reads rows of a scan state file directly, read-only, as tests that check what a scan recorded need them.</summary>
public static class StateTables
{
    /// <summary>Each row of <paramref name="sql"/>, its columns joined with "|" (null as an empty string).</summary>
    public static List<string> Rows(string statePath, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = statePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? string.Empty : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        }

        return rows;
    }
}
