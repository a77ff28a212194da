namespace PublicityCheck.Tests.Support;

/// <summary>Where the repository's own folders and the shared corpus are, found from the test's output folder.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The repository root (the folder holding PublicityCheck.sln).</summary>
    public static string Root => RootPath.Value;

    /// <summary>The shipped samples.</summary>
    public static string Samples => Path.Combine(Root, "samples");

    /// <summary>The rule pages.</summary>
    public static string RuleDocs => Path.Combine(Root, "docs", "rules");

    /// <summary>The lexicons.</summary>
    public static string Lexicons => Path.Combine(Root, "lexicons");

    /// <summary>The shared folder beside the repository: seeds, corpus and schemas.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    /// <summary>The real-world Word files.</summary>
    public static string WordCorpus => Path.Combine(Shared, "corpus", "docx");

    /// <summary>The real-world Markdown files.</summary>
    public static string MarkdownCorpus => Path.Combine(Shared, "corpus", "markdown");

    /// <summary>The SARIF 2.1.0 schema.</summary>
    public static string SarifSchema => Path.Combine(Shared, "schemas", "sarif-schema-2.1.0.json");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PublicityCheck.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (the folder with PublicityCheck.sln) was not found above " + AppContext.BaseDirectory);
    }
}
