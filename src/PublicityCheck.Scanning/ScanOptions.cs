namespace PublicityCheck.Scanning;

/// <summary>What a scan of a publications folder covers and where it keeps its state.</summary>
public sealed record ScanOptions
{
    /// <summary>The default state file, relative to the scanned folder.</summary>
    public const string DefaultStateFile = ".publicitycheck/scan.db";

    /// <summary>Creates options for a scan of <paramref name="folder"/>.</summary>
    /// <param name="folder">The folder's full path.</param>
    public ScanOptions(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        Folder = Path.GetFullPath(folder);
    }

    /// <summary>The folder's full path.</summary>
    public string Folder { get; }

    /// <summary>The folder as the user typed it; reports show paths under it. By default the full path.</summary>
    public string? DisplayFolder { get; init; }

    /// <summary>The SQLite state file; by default <see cref="DefaultStateFile"/> under the folder.</summary>
    public string? StateFile { get; init; }

    /// <summary>Glob patterns, relative to the folder, of the files to check; none means every release.</summary>
    public IReadOnlyList<string> Include { get; init; } = [];

    /// <summary>Glob patterns, relative to the folder, of files to leave out, on top of configuration's <c>exclude</c>.</summary>
    public IReadOnlyList<string> Exclude { get; init; } = [];

    /// <summary>How many files are checked at once.</summary>
    public int Jobs { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// Hash every file's content. Without it, a file whose size and modified time are those recorded when it was
    /// last hashed (and whose modified time was then at least <see cref="ScanOptions.ModifiedTimeMargin"/> old) is
    /// taken as unchanged without being read, so an edit that keeps both the size and the modified time is not seen.
    /// </summary>
    public bool Rehash { get; init; }

    /// <summary>
    /// How much older than its last hashing a file's modified time must be for size and modified time to vouch for its
    /// content: a file written in the same tick of a coarse clock (FAT and SMB keep two seconds) as it was hashed
    /// could change again without its modified time moving.
    /// </summary>
    public static TimeSpan ModifiedTimeMargin { get; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Move a state file that cannot be used (damaged, from a newer version, or not a regular file) aside, keeping
    /// it, and start afresh; without it such a file stops the scan with a <see cref="ScanStateException"/>. A sound
    /// state file is left as it is.
    /// </summary>
    public bool ResetState { get; init; }

    /// <summary>How long to wait for another scan of the same state to finish before giving up.</summary>
    public TimeSpan LockTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How the checker is set up (configuration file, publication date).</summary>
    public PublicityCheckerOptions Checker { get; init; } = new();

    /// <summary>How many past runs the result carries for the history chart.</summary>
    public int HistoryLength { get; init; } = 30;

    /// <summary>The state file's full path.</summary>
    public string StatePath => Path.GetFullPath(StateFile ?? DefaultStateFile, Folder);
}
