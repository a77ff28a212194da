namespace PublicityCheck.Scanning;

/// <summary>Why a scan state file cannot be used.</summary>
public enum ScanStateProblem
{
    /// <summary>The file is not a SQLite database, or is truncated or damaged.</summary>
    Damaged,

    /// <summary>The file was written by a newer version, whose schema this one cannot read.</summary>
    NewerVersion,

    /// <summary>The path is a FIFO, a device or a socket (perhaps through a symbolic link), not a regular file.</summary>
    NotARegularFile,

    /// <summary>The file or its folder cannot be opened or written (permissions, a full disk, a file in the folder's place, a folder in the file's).</summary>
    Unusable,
}

/// <summary>
/// The scan state file cannot be used; the message names the file and says what to do. A damaged file, one from a
/// newer version and one that is not a regular file can be moved aside with <see cref="ScanOptions.ResetState"/>.
/// </summary>
public sealed class ScanStateException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="statePath">The state file.</param>
    /// <param name="problem">What is wrong with it.</param>
    /// <param name="message">The message, naming the file and what to do.</param>
    /// <param name="inner">The failure behind it.</param>
    public ScanStateException(string statePath, ScanStateProblem problem, string message, Exception? inner = null)
        : base(message, inner)
    {
        StatePath = statePath;
        Problem = problem;
    }

    /// <summary>The state file.</summary>
    public string StatePath { get; }

    /// <summary>What is wrong with it.</summary>
    public ScanStateProblem Problem { get; }

    /// <summary>Whether <see cref="ScanOptions.ResetState"/> would move the file aside and let the scan start afresh.</summary>
    public bool CanReset => Problem is not ScanStateProblem.Unusable;
}
