namespace PublicityCheck.Configuration;

/// <summary>
/// How large the files that configuration is read from may be. Every one is read through
/// <see cref="IO.UntrustedFile"/>, so a file over its limit, or one that is not a regular file (a FIFO, a device such
/// as <c>/dev/zero</c>), stops the run at once with a configuration error naming the file, before a byte is read.
/// </summary>
public static class ConfigurationLimits
{
    /// <summary>
    /// The largest <c>publicitycheck.json</c>: 1 MB. A council's file with seventy members and their roles inline,
    /// phrase rules and a year of elections is about 40 KB; a list of thousands of people belongs in the roster CSV.
    /// </summary>
    public const long MaxConfigurationBytes = 1024 * 1024;

    /// <summary>
    /// The largest roster CSV: 20 MB. A committee system's export runs to about 100 bytes a row, so a large council's
    /// few thousand rows are well under 1 MB, and 20 MB holds the <see cref="MaxRosterRows"/> rows with room to spare.
    /// </summary>
    public const long MaxRosterBytes = 20 * 1024 * 1024;

    /// <summary>The most rows a roster CSV may have: 100,000, some twenty times the largest council's people and roles.</summary>
    public const int MaxRosterRows = 100_000;

    /// <summary>
    /// The longest field in a roster CSV: 1,000 characters. Names, titles, committees and portfolios are far shorter;
    /// a quoted field that never closes reaches this limit within a line or two instead of swallowing the file.
    /// </summary>
    public const int MaxRosterFieldLength = 1000;

    /// <summary>The largest policy pack file: 1 MB. The built-in packs are under 1 KB.</summary>
    public const long MaxPolicyBytes = 1024 * 1024;
}
