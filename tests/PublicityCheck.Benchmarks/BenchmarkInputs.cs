using PublicityCheck.Benchmarks.Generation;

namespace PublicityCheck.Benchmarks;

/// <summary>Generated releases for the benchmarks, in temporary folders of their own.</summary>
internal static class BenchmarkInputs
{
    /// <summary>A new, empty temporary folder.</summary>
    public static string CreateFolder(string name)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"publicitycheck-bench-{name}-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>Deletes a folder made by <see cref="CreateFolder"/>, if it is there.</summary>
    public static void DeleteFolder(string? folder)
    {
        if (folder is not null && Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>
    /// A typical release: the first the default seed gives with 590-610 words, published before the pre-election
    /// period, with no party-political sentence, no confidential business and no quotation against the protocol.
    /// </summary>
    public static GeneratedRelease TypicalRelease()
    {
        var generator = new ReleaseGenerator();
        while (true)
        {
            var release = generator.Next();
            if (release.Words is >= 590 and <= 610 && release.Date < Council.PeriodStart && !release.Partisan && !release.Confidential && !release.QuotationSlip)
            {
                return release;
            }
        }
    }

    /// <summary>Writes the typical release, as Markdown and as Word, with the configuration, under <paramref name="folder"/>.</summary>
    /// <returns>The Markdown file and the Word file.</returns>
    public static (string Markdown, string Word) WriteTypicalRelease(string folder)
    {
        var release = TypicalRelease();
        var files = ReleaseGenerator.WriteReleases(folder, [release], ReleaseFileFormat.Both).Files;
        Console.WriteLine($"// release {release.Index}: {release.Words} words, {release.Topic}, {release.Date:yyyy-MM-dd}");
        return (files.Single(f => f.EndsWith(".md", StringComparison.Ordinal)), files.Single(f => f.EndsWith(".docx", StringComparison.Ordinal)));
    }
}
