using System.Globalization;
using Microsoft.Data.Sqlite;
using PublicityCheck.IO;

namespace PublicityCheck.Scanning.State;

/// <summary>
/// The state file as a file: its folder, whether it is one SQLite can safely open, the words for what went wrong,
/// and moving an unusable one aside (with its <c>-wal</c> and <c>-shm</c>) so that a scan can start afresh.
/// </summary>
internal static class ScanStateFile
{
    private const int SqliteCorrupt = 11;
    private const int SqliteNotADatabase = 26;

    /// <summary>Creates the state file's folder.</summary>
    /// <exception cref="ScanStateException">It cannot be created.</exception>
    public static void CreateFolder(string path)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            var reason = ex is UnauthorizedAccessException ? "permission was denied" : "a file is in the way or the disk refused it";
            throw new ScanStateException(path, ScanStateProblem.Unusable, $"the folder of the scan state {path} cannot be created ({reason}); choose another --state file", ex);
        }
    }

    /// <summary>Refuses a state path that exists and is not a regular file, before SQLite opens it.</summary>
    /// <exception cref="ScanStateException">It is a FIFO, a device, a socket or a folder.</exception>
    public static void CheckIsRegularOrMissing(string path)
    {
        var identity = UntrustedFile.Identify(path);
        if (identity is { Kind: FileKind.Directory })
        {
            // Most likely --state named a folder by mistake: not something to move aside.
            throw new ScanStateException(path, ScanStateProblem.Unusable, $"the scan state {path} is a folder, not a file; point --state at a file, such as {Path.Join(path, "scan.db")}");
        }

        if (identity is { Kind: not FileKind.Regular } found)
        {
            var what = found.Kind switch
            {
                FileKind.Fifo => "it is a named pipe",
                FileKind.Device => "it is a device",
                FileKind.Socket => "it is a socket",
                _ => "it is not a file SQLite can keep state in",
            };
            throw new ScanStateException(
                path,
                ScanStateProblem.NotARegularFile,
                $"the scan state {path} is not a regular file ({what}); point --state at a regular file, or run the scan again with --reset-state to move it aside and start afresh");
        }
    }

    /// <summary>
    /// Whether the state file has content to check: false when it is missing or empty (SQLite starts a new one);
    /// true when it starts with SQLite's 16-byte header.
    /// </summary>
    /// <exception cref="ScanStateException">It does not: garbage, or a smashed header.</exception>
    public static bool CheckHeader(string path)
    {
        if (UntrustedFile.Identify(path) is null)
        {
            return false;
        }

        try
        {
            using var stream = UntrustedFile.OpenRead(path, long.MaxValue);
            if (stream.Length == 0)
            {
                return false;
            }

            Span<byte> header = stackalloc byte[16];
            return stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) == header.Length && header.SequenceEqual("SQLite format 3\0"u8)
                ? true
                : throw Damaged(path);
        }
        catch (IOException ex) when (ex is not UntrustedFileException || UntrustedFile.Identify(path) is not null)
        {
            throw new ScanStateException(path, ScanStateProblem.Unusable, $"the scan state {path} cannot be read ({ex.Message})", ex);
        }
    }

    /// <summary>The words for a SQLite failure on the state file.</summary>
    public static ScanStateException From(string path, SqliteException ex) => ex.SqliteErrorCode switch
    {
        SqliteCorrupt or SqliteNotADatabase => Damaged(path, ex),
        _ => new ScanStateException(path, ScanStateProblem.Unusable, $"the scan state {path} cannot be used: {Reason(ex.SqliteErrorCode)}", ex),
    };

    /// <summary>The state file is damaged.</summary>
    public static ScanStateException Damaged(string path, Exception? inner = null) => new(
        path,
        ScanStateProblem.Damaged,
        $"the scan state {path} is damaged and cannot be read; run the scan again with --reset-state to move it aside (it is kept for inspection) and start afresh",
        inner);

    /// <summary>
    /// Moves the state file aside, as <c>scan.db.corrupt-20261201T220000Z</c> (<c>.newer-</c> for one from a newer
    /// version), with its <c>-wal</c> and <c>-shm</c> beside it under the same name. A symbolic link is moved, not
    /// what it points to. Returns the new path.
    /// </summary>
    public static string MoveAside(string path, ScanStateProblem problem, DateTimeOffset now)
    {
        var stamp = now.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var kind = problem == ScanStateProblem.NewerVersion ? "newer" : "corrupt";
        var target = $"{path}.{kind}-{stamp}";
        for (var n = 2; Exists(target) || Exists(target + "-wal") || Exists(target + "-shm"); n++)
        {
            target = $"{path}.{kind}-{stamp}-{n}";
        }

        try
        {
            foreach (var suffix in new[] { "-wal", "-shm" })
            {
                if (Exists(path + suffix))
                {
                    File.Move(path + suffix, target + suffix);
                }
            }

            if (Exists(path))
            {
                File.Move(path, target);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ScanStateException(path, ScanStateProblem.Unusable, $"the scan state {path} could not be moved aside to {target} ({(ex is UnauthorizedAccessException ? "permission was denied" : "the folder refused it")}); move or delete it by hand", ex);
        }

        return target;
    }

    /// <summary>Whether anything, a dangling symbolic link included, is at <paramref name="path"/>.</summary>
    private static bool Exists(string path) => File.Exists(path) || Directory.Exists(path) || new FileInfo(path).LinkTarget is not null;

    private static string Reason(int code) => code switch
    {
        5 or 6 => "another program has it locked",
        8 => "it is read-only",
        10 => "reading or writing it failed",
        13 => "the disk is full",
        14 => "it cannot be opened (check the folder exists and may be written)",
        23 => "permission was denied",
        _ => $"the database reported error {code}",
    };
}
