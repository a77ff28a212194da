using NodaTime;
using PublicityCheck.Documents;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Scanning.Tests.Support;

/// <summary>Runs the scan engine on a folder as the tests need it: a fixed publication date, a short lock wait.</summary>
public static class Scans
{
    /// <summary>A short, ordinary release: what the rest of a folder holds beside a hostile file.</summary>
    public const string OrdinaryRelease = "# Library opens\n\nPublished 2 March 2026.\n\nThe new library opens on Monday.\n";

    /// <summary>Writes <paramref name="count"/> copies of <see cref="OrdinaryRelease"/> as <c>press/release-N.md</c>.</summary>
    public static void WriteOrdinaryReleases(TemporaryFolder folder, int count)
    {
        for (var i = 0; i < count; i++)
        {
            folder.Write($"press/release-{i}.md", OrdinaryRelease);
        }
    }

    public static ScanOptions OptionsFor(string folder) => new(folder)
    {
        Jobs = 2,
        LockTimeout = TimeSpan.FromMilliseconds(300),
        Checker = new PublicityCheckerOptions { PublishOn = new LocalDate(2026, 3, 2) },
    };

    /// <summary>The same options, with <paramref name="reader"/> as the only document reader: a reader that misbehaves, as a hostile file can make one.</summary>
    public static ScanOptions OptionsWithReader(string folder, IDocumentReader reader) =>
        OptionsFor(folder) with { Checker = OptionsFor(folder).Checker with { Readers = new DocumentReaders([reader]) } };

    public static ScanResult Run(string folder) => new ScanEngine(OptionsFor(folder)).Run();

    public static ScannedFile File(ScanResult scan, string relativePath) => scan.Files.Single(f => f.RelativePath == relativePath);
}
