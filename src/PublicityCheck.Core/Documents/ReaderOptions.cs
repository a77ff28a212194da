namespace PublicityCheck.Documents;

/// <summary>Limits a reader keeps to, so that a hostile or broken file cannot exhaust the machine.</summary>
public sealed record ReaderOptions
{
    /// <summary>The defaults: 50 MB on disk, 200 MB unpacked.</summary>
    public static ReaderOptions Default { get; } = new();

    /// <summary>The largest file read, in bytes.</summary>
    public long MaxFileBytes { get; init; } = 50L * 1024 * 1024;

    /// <summary>The most a Word package may unpack to, in bytes, summed over its parts (a zip bomb stops here).</summary>
    public long MaxUncompressedBytes { get; init; } = 200L * 1024 * 1024;

    /// <summary>
    /// The most text a release may hold once read, in characters (UTF-16 code units): about 150,000 words, a hundred
    /// times a long release. Past it the file is refused, since every rule would then take minutes over it.
    /// </summary>
    public int MaxTextCharacters { get; init; } = 1_000_000;

    /// <summary>The highest ratio of unpacked to packed size allowed for one part of a Word package.</summary>
    public int MaxCompressionRatio { get; init; } = 200;
}
