using System.Diagnostics;
using NodaTime;
using PublicityCheck.Documents;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Tests.Hostile;

/// <summary>
/// Checks one hostile file end to end (read, then every analyzer) in a folder of its own, timing the run and
/// listing the folder afterwards, so that a test can say it finished in bounds and wrote nothing.
/// </summary>
internal static class HostileCheck
{
    /// <summary>The bound every hostile input must finish within: a safety net, not a timing test.</summary>
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    public static (FileResult Result, TimeSpan Elapsed) Run(TemporaryFolder folder, string path, string? configuration = null)
    {
        var options = new PublicityCheckerOptions { PublishOn = new LocalDate(2026, 3, 2) };
        if (configuration is not null)
        {
            options = options with { ConfigurationFile = folder.Write("publicitycheck.json", configuration) };
        }

        var before = Listing(folder);
        var stopwatch = Stopwatch.StartNew();
        var result = new PublicityChecker(options).CheckFile(path);
        stopwatch.Stop();
        Assert.True(stopwatch.Elapsed < Bound, $"the check took {stopwatch.Elapsed}, more than {Bound}");
        Assert.Equal(before, Listing(folder));
        return (result, stopwatch.Elapsed);
    }

    /// <summary>The PC0001 message of a refused file.</summary>
    public static string Refusal(FileResult result)
    {
        Assert.Null(result.Format);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("PC0001", error.Id);
        return error.Message;
    }

    /// <summary>The document the check read, read again the same way: a result keeps the findings, not the document.</summary>
    public static ReleaseDocument? DocumentOf(FileResult result) =>
        result.Format is null ? null : DocumentReaders.Default.ReadFile(result.Path, result.Path, new PublicityCheckerOptions().ReaderOptions).Document;

    private static string[] Listing(TemporaryFolder folder) =>
        [.. Directory.EnumerateFileSystemEntries(folder.Path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];
}
