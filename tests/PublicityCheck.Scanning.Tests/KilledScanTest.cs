using System.Diagnostics;
using Microsoft.Data.Sqlite;
using PublicityCheck.Scanning.Tests.Support;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Scanning.Tests;

public sealed class KilledScanTest : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public void Scan_AfterAScanKilledPartWay_CompletesWithEveryFileRecorded()
    {
        var generator = new ReleaseFolderGenerator();
        generator.Write(_folder.Path, 150, corrupt: 2);
        var state = Scans.OptionsFor(_folder.Path).StatePath;

        var recordedBeforeKill = RunAndKill(state, afterFiles: 5);
        var next = Scans.Run(_folder.Path);
        var after = Scans.Run(_folder.Path);

        Assert.InRange(recordedBeforeKill, 5, 151);
        Assert.Equal(152, next.Files.Length);
        Assert.Equal((152L, 2L), (Count(state, "SELECT COUNT(*) FROM files"), Count(state, "SELECT COUNT(*) FROM runs WHERE ended IS NOT NULL")));
        Assert.Equal(0, after.Run.Analysed);
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>Starts the built CLI on the folder, kills it once <paramref name="afterFiles"/> files are recorded, and returns how many were.</summary>
    private long RunAndKill(string state, int afterFiles)
    {
        var configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        var cli = Path.Combine(RepositoryPaths.Root, "src", "PublicityCheck.Cli", "bin", configuration, "net10.0", "publicitycheck.dll");
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _folder.Path };
        foreach (var arg in new[] { cli, "scan", ".", "--jobs", "1", "--publish-on", "2026-03-02", "--format", "json", "--output", Path.Combine(_folder.Path, "out.json") })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var deadline = DateTime.UtcNow.AddSeconds(60);
        long recorded = 0;
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            recorded = File.Exists(state) ? TryCount(state) : 0;
            if (recorded >= afterFiles)
            {
                process.Kill(entireProcessTree: true); // SIGKILL: no chance to tidy up.
                break;
            }

            Thread.Sleep(10);
        }

        process.WaitForExit();
        Assert.True(recorded >= afterFiles, $"the scan ended (exit {process.ExitCode}) before {afterFiles} files were recorded: {process.StandardError.ReadToEnd()}");
        Assert.NotEqual(0, process.ExitCode);
        return recorded;
    }

    private static long TryCount(string state)
    {
        try
        {
            return Count(state, "SELECT COUNT(*) FROM files");
        }
        catch (SqliteException)
        {
            return 0; // Not created yet.
        }
    }

    private static long Count(string state, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = state, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
