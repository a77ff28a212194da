using NodaTime;
using PublicityCheck.Documents;

namespace PublicityCheck.Scanning.Tests.Support;

/// <summary>Runs the scan engine on a folder as the tests need it: a fixed publication date, a short lock wait.</summary>
public static class Scans
{
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
