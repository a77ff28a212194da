using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Cli.Tests.Commands;

/// <summary>
/// <c>publicitycheck report</c>: the Monitoring Officer's view written from a scan's state without scanning; the
/// state is read, never changed, and one that cannot be read stops it with exit code 2 and a message in words.
/// </summary>
public sealed class ReportCommandTest : IDisposable
{
    private const string Release = """
        ---
        date: 2026-02-10
        ---

        # New play area opens at Tanyard Park

        A new play area with a climbing frame and accessible swings has opened at Tanyard Park.

        "Families told us what they wanted and this is the result," said Councillor Jane Smith, Leader of the Council.

        <!-- publicitycheck-disable-next-line PC0101 -- =HYPERLINK("http://example.test","view"), approved by the Monitoring Officer, 3 February 2026 -->
        "Residents on the Tanyard estate have waited a long time for this," said Councillor Ruth Hale, councillor for Tanyard ward.
        """;

    private readonly TemporaryFolder _folder = new();
    private readonly string _state;

    public ReportCommandTest()
    {
        _folder.Write("publicitycheck.json", """
            { "root": true, "classifier": "fast", "people": [
              { "id": "jane-smith", "name": "Jane Smith", "title": "Councillor", "party": "Labour", "roles": [ { "role": "Leader" } ] },
              { "id": "ruth-hale", "name": "Ruth Hale", "title": "Councillor", "party": "Conservative" } ] }
            """);
        _folder.Write("press/play-area.md", Release);
        _state = Path.Combine(_folder.Path, ".publicitycheck", "scan.db");
    }

    [Fact]
    public void Report_Suppressions_WritesTheAuditWithReasonApproverAndDate()
    {
        Scan();

        var run = CliRun.In(_folder.Path, "report", "-o", "balance.html", "--suppressions", "approvals.csv");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            "path,line,rule,text,reason,approver,date,findingExists,justification\r\n"
            + "press/play-area.md,11,PC0101,Councillor Ruth Hale,\"'=HYPERLINK(\"\"http://example.test\"\", \"\"view\"\")\",the Monitoring Officer,3 February 2026,true,\"'=HYPERLINK(\"\"http://example.test\"\",\"\"view\"\"), approved by the Monitoring Officer, 3 February 2026\"\r\n",
            File.ReadAllText(Path.Combine(_folder.Path, "approvals.csv")));
    }

    [Fact]
    public void Scan_WithReport_AddsTheBalanceAndTheAuditOfApprovalsToTheScansPage()
    {
        var run = CliRun.In(_folder.Path, "scan", ".", "-q", "--report", "scan.html");

        Assert.NotEqual(2, run.ExitCode);
        var html = File.ReadAllText(Path.Combine(_folder.Path, "scan.html"));
        Assert.Contains("<section id=\"balance\">", html, StringComparison.Ordinal);
        Assert.Contains("<td>press/play-area.md</td><td class=\"num\">11</td><td>PC0101</td><td>Councillor Ruth Hale</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>the Monitoring Officer</td><td>3 February 2026</td><td>still raised</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_FormatJson_GivesTheQuotationsWithTheirStanding()
    {
        Scan();

        var run = CliRun.In(_folder.Path, "report", "--format", "json");

        using var json = System.Text.Json.JsonDocument.Parse(run.Out);
        Assert.Equal(
            ["jane-smith executive 2026-02-10", "ruth-hale opposition 2026-02-10"],
            json.RootElement.GetProperty("quotations").EnumerateArray().Select(q => $"{q.GetProperty("personId").GetString()} {q.GetProperty("standing").GetString()} {q.GetProperty("publishOn").GetString()}"));
    }

    [Fact]
    public void Report_FormatCsv_WritesOneFileATableInTheOutputFolder()
    {
        Scan();

        var run = CliRun.In(_folder.Path, "report", "--format", "csv", "-o", "history");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            ["balance.csv", "findings.csv", "polls.csv", "quotations.csv", "releases.csv", "rules.csv", "suppressions.csv"],
            Directory.GetFiles(Path.Combine(_folder.Path, "history")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal("press/play-area.md,2026-02-10,2", File.ReadAllLines(Path.Combine(_folder.Path, "history", "releases.csv"))[1]);
    }

    [Fact]
    public void Report_FormatCsvWithoutOutput_IsAUsageError()
    {
        Scan();

        var run = CliRun.In(_folder.Path, "report", "--format", "csv");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("publicitycheck: --format csv writes one file a table: give the folder to write them in with -o", run.Error.TrimEnd('\n'));
    }

    [Fact]
    public void Report_LeavesTheStateAsItWas()
    {
        Scan();
        var before = Hash(_state);

        CliRun.In(_folder.Path, "report", "-o", "balance.html");

        Assert.Equal(before, Hash(_state));
    }

    [Fact]
    public void Report_WithoutAState_SaysToScanFirst()
    {
        var run = CliRun.In(_folder.Path, "report");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"publicitycheck: there is no scan state at {_state}; run 'publicitycheck scan' on the folder first, or give the state file with --state", run.Error.TrimEnd('\n'));
        Assert.False(File.Exists(_state));
    }

    [Fact]
    public void Report_OfADamagedState_ExitsTwoAndLeavesItForInspection()
    {
        Scan();
        Checkpoint();
        var bytes = File.ReadAllBytes(_state);
        bytes.AsSpan(100, 4000).Fill(0x5A);
        File.WriteAllBytes(_state, bytes);

        var run = CliRun.In(_folder.Path, "report");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"publicitycheck: the scan state {_state} is damaged and cannot be read", run.Error, StringComparison.Ordinal);
        Assert.Equal(bytes, File.ReadAllBytes(_state));
    }

    [Fact]
    public void Report_OfAStateFromANewerVersion_NamesItsSchemaVersion()
    {
        Scan();
        Sql("UPDATE schema_version SET version = 99");
        var before = Hash(_state);

        var run = CliRun.In(_folder.Path, "report");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"publicitycheck: the scan state {_state} has schema version 99; this publicitycheck reads up to 5: use a newer publicitycheck to write the report", run.Error.TrimEnd('\n'));
        Assert.Equal(before, Hash(_state));
    }

    [Fact]
    public void Report_OfAStateFromAnOlderVersion_SaysToScanOnce()
    {
        Scan();
        Sql("UPDATE schema_version SET version = 4");

        var run = CliRun.In(_folder.Path, "report");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("was written by an older publicitycheck (schema version 4) and holds no record of quotations; run 'publicitycheck scan' once", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_OfAStateWithAQuotationOfTheWrongKind_CallsItDamaged()
    {
        Scan();
        Sql("UPDATE quotations SET ordinal = 'first' WHERE ordinal = 0");

        var run = CliRun.In(_folder.Path, "report");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"publicitycheck: the scan state {_state} is damaged and cannot be read", run.Error, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    private void Scan() => Assert.NotEqual(2, CliRun.In(_folder.Path, "scan", ".", "-q").ExitCode);

    private void Checkpoint() => Sql("PRAGMA wal_checkpoint(TRUNCATE)");

    private void Sql(string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _state, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
}
