using PublicityCheck.Tests.Support;

namespace PublicityCheck.Tests.Samples;

/// <summary>Every sample in <c>samples/</c> raises exactly the findings <c>samples/README.md</c> lists for it.</summary>
public sealed class SamplesTest
{
    private static readonly PublicityChecker _checker = new();

    public static TheoryData<string> SampleFiles => [.. SamplesReadme.Rows.Select(row => row.File)];

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void CheckFile_RaisesTheFindingsTheReadmeLists(string file)
    {
        var row = SamplesReadme.Rows.Single(r => r.File == file);

        var result = _checker.CheckFile(Path.Combine(RepositoryPaths.Samples, file));

        Assert.Equal(
            Describe(row.Active, row.Suppressed),
            Describe([.. result.Active.Select(d => d.Id)], [.. result.Diagnostics.Where(d => d.IsSuppressed).Select(d => d.Id)]));
    }

    [Fact]
    public void Readme_HasOneRowForEverySampleFile()
    {
        var files = Directory.EnumerateFiles(RepositoryPaths.Samples, "*", SearchOption.AllDirectories)
            .Where(path => _checker.Readers.CanRead(path) && Path.GetFileName(path) != "README.md")
            .Select(path => Path.GetRelativePath(RepositoryPaths.Samples, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

        Assert.Equal(files, SamplesReadme.Rows.Select(r => r.File).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void CheckFile_SuppressedSampleFindingsCarryAJustification()
    {
        var suppressed = SamplesReadme.Rows
            .SelectMany(row => _checker.CheckFile(Path.Combine(RepositoryPaths.Samples, row.File)).Diagnostics)
            .Where(d => d.IsSuppressed)
            .ToList();

        Assert.NotEmpty(suppressed);
        Assert.All(suppressed, d => Assert.False(string.IsNullOrWhiteSpace(d.Suppression?.Justification), d.ToString()));
    }

    [Fact]
    public void CheckFile_ReadmeRaisesNothing()
    {
        // 'publicitycheck check samples/' reads the README too, so it must not add findings of its own.
        var result = _checker.CheckFile(Path.Combine(RepositoryPaths.Samples, "README.md"));

        Assert.Empty(result.Diagnostics);
    }

    private static string Describe(IReadOnlyList<string> active, IReadOnlyList<string> suppressed) =>
        $"active: {Ids(active)}; suppressed: {Ids(suppressed)}";

    private static string Ids(IReadOnlyList<string> ids) => ids.Count == 0 ? "none" : string.Join(", ", ids);
}
