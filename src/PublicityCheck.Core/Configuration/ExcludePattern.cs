using Microsoft.Extensions.FileSystemGlobbing;

namespace PublicityCheck.Configuration;

/// <summary>A glob pattern (<c>README.md</c>, <c>archive/**</c>) of files that a folder walk leaves out, relative to the folder of the configuration file that set it.</summary>
/// <param name="BaseFolder">The folder the pattern is relative to.</param>
/// <param name="Pattern">The glob pattern.</param>
public sealed record ExcludePattern(string BaseFolder, string Pattern)
{
    private readonly Matcher _matcher = new Matcher(StringComparison.OrdinalIgnoreCase).AddInclude(Pattern);

    /// <summary>Whether the file at <paramref name="fullPath"/> matches.</summary>
    public bool Matches(string fullPath)
    {
        ArgumentNullException.ThrowIfNull(fullPath);
        var relative = Path.GetRelativePath(BaseFolder, fullPath);
        return !relative.StartsWith("..", StringComparison.Ordinal) && _matcher.Match(relative.Replace('\\', '/')).HasMatches;
    }
}
