using Microsoft.Data.Sqlite;
using PublicityCheck.Scanning.Tests.Support;
using PublicityCheck.Tests.Hostile;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Scanning.Tests.Hostile;

/// <summary>
/// A scan state that cannot be used (garbage, truncated, a smashed header, a newer schema, a FIFO or a link to a
/// device) stops the scan with exit code 2 and a message naming the file and what to do; <c>--reset-state</c>
/// moves it aside, kept for inspection, and starts afresh.
/// </summary>
public sealed class CorruptStateTest : IDisposable
{
    private const string Release = "# Library opens\n\nPublished 2 March 2026.\n\nThe new library opens on Monday.\n";
    private readonly TemporaryFolder _folder = new();
    private readonly string _state;

    public CorruptStateTest()
    {
        _folder.Write("press/release.md", Release);
        _folder.Write("press/other.md", Release.Replace("library", "pool", StringComparison.Ordinal));
        _state = Path.Combine(_folder.Path, ".publicitycheck", "scan.db");
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("truncated")]
    [InlineData("header")]
    public void Scan_CorruptState_ExitsTwoNamingTheFileAndResetState(string damage)
    {
        Assert.Equal(0, ScanRun.Of(_folder.Path).ExitCode);
        Damage(damage);

        var run = ScanRun.Of(_folder.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(
            $"publicitycheck: the scan state {_state} is damaged and cannot be read; run the scan again with --reset-state to move it aside (it is kept for inspection) and start afresh",
            run.Cli.Error.TrimEnd('\n'));
    }

    [Fact]
    public void Scan_ResetStateAfterCorruption_StartsAfreshAndKeepsTheOldFiles()
    {
        Assert.Equal(0, ScanRun.Of(_folder.Path).ExitCode);
        Damage("garbage");
        var garbage = File.ReadAllBytes(_state);
        File.WriteAllText(_state + "-wal", "old wal");

        var reset = ScanRun.Of(_folder.Path, "--reset-state");
        var next = ScanRun.Of(_folder.Path);

        Assert.Equal(0, reset.ExitCode);
        Assert.Equal(2, reset.Files.Count());
        var kept = Assert.Single(Directory.GetFiles(Path.GetDirectoryName(_state)!, "scan.db.corrupt-*"), f => !f.EndsWith("-wal", StringComparison.Ordinal));
        Assert.Matches(@"scan\.db\.corrupt-\d{8}T\d{6}Z$", kept);
        Assert.Equal(garbage, File.ReadAllBytes(kept));
        Assert.Equal("old wal", File.ReadAllText(kept + "-wal"));
        Assert.Contains($"moved the damaged scan state {_state} aside to {kept}", reset.Cli.Error, StringComparison.Ordinal);
        Assert.Equal((0, 0), (next.ExitCode, next.Json.RootElement.GetProperty("files").GetArrayLength() - 2));
        Assert.Empty(next.WithStatus("new"));
    }

    [Fact]
    public void Scan_StateFromANewerVersion_ExitsTwoAndResetStateMovesItAside()
    {
        Assert.Equal(0, ScanRun.Of(_folder.Path).ExitCode);
        using (var connection = new SqliteConnection($"Data Source={_state};Pooling=false"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE schema_version SET version = 99";
            command.ExecuteNonQuery();
        }

        var refused = ScanRun.Of(_folder.Path);
        var reset = ScanRun.Of(_folder.Path, "--reset-state");

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains($"the scan state {_state} has schema version 99", refused.Cli.Error, StringComparison.Ordinal);
        Assert.Contains("--reset-state", refused.Cli.Error, StringComparison.Ordinal);
        Assert.Equal(0, reset.ExitCode);
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(_state)!, "scan.db.newer-*"));
    }

    [Fact]
    public void Scan_StateIsAFifo_ExitsTwoWithoutHangingAndResetStateRecovers()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_state)!);
        Bounded.MakeFifo(_state);

        var refused = Bounded.Run(() => ScanRun.Of(_folder.Path));
        var reset = Bounded.Run(() => ScanRun.Of(_folder.Path, "--reset-state"));

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains($"the scan state {_state} is not a regular file (it is a named pipe", refused.Cli.Error, StringComparison.Ordinal);
        Assert.Equal(0, reset.ExitCode);
    }

    [Fact]
    public void Scan_StateIsALinkToDevZero_ExitsTwoAndResetStateLeavesTheDeviceAlone()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_state)!);
        File.CreateSymbolicLink(_state, "/dev/zero");

        var refused = Bounded.Run(() => ScanRun.Of(_folder.Path));
        var reset = Bounded.Run(() => ScanRun.Of(_folder.Path, "--reset-state"));

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains($"the scan state {_state} is not a regular file (it is a device", refused.Cli.Error, StringComparison.Ordinal);
        Assert.Equal(0, reset.ExitCode);
        var kept = Assert.Single(Directory.GetFileSystemEntries(Path.GetDirectoryName(_state)!, "scan.db.corrupt-*"));
        Assert.Equal("/dev/zero", new FileInfo(kept).LinkTarget);
    }

    public void Dispose() => _folder.Dispose();

    private void Damage(string how)
    {
        File.Delete(_state + "-wal");
        File.Delete(_state + "-shm");
        switch (how)
        {
            case "garbage":
                File.WriteAllBytes(_state, [.. Enumerable.Range(0, 20_000).Select(i => (byte)(i * 7919 % 251))]);
                break;
            case "truncated":
                using (var stream = new FileStream(_state, FileMode.Open))
                {
                    stream.SetLength(stream.Length / 2);
                }

                break;
            default:
                using (var stream = new FileStream(_state, FileMode.Open))
                {
                    stream.Write("XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"u8);
                }

                break;
        }
    }
}
