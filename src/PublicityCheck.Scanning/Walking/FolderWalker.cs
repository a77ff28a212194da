using System.Collections.Concurrent;
using Microsoft.Extensions.FileSystemGlobbing;
using PublicityCheck.IO;

namespace PublicityCheck.Scanning.Walking;

/// <summary>
/// Lists the releases under a folder: follows folder links once each (a link back up the tree is not a loop),
/// leaves out hidden folders (<c>.git</c>, the scan's own <c>.publicitycheck</c>) and Word's <c>~$</c> lock files,
/// applies the include and exclude globs, and notes folders it may not enter instead of failing. A file link is
/// listed under its own name and read only if it leads to a regular file; a link to nothing (or a loop of links)
/// is noted as skipped. A FIFO, device or socket named like a release is listed without being opened, so that the
/// scan reports it as PC0001 "not a regular file" where the user will see it.
/// </summary>
internal sealed class FolderWalker(string root, IReadOnlyList<string> include, IReadOnlyList<string> exclude, Func<string, bool> isWanted)
{
    private static readonly EnumerationOptions Options = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = false,
        AttributesToSkip = FileAttributes.System,
    };

    private readonly Matcher? _include = include.Count == 0 ? null : MatcherOf(include);
    private readonly Matcher? _exclude = exclude.Count == 0 ? null : MatcherOf(exclude);

    /// <summary>The files as (full path, path relative to the root with <c>/</c>), in ordinal order of the relative path.</summary>
    public IReadOnlyList<(string FullPath, string RelativePath)> Walk(IProducerConsumerCollection<string> skipped)
    {
        var found = new List<(string, string)>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<(string Physical, string Relative)>();
        pending.Push((root, string.Empty));
        while (pending.Count > 0)
        {
            var (folder, relative) = pending.Pop();
            if (!visited.Add(RealPath(folder)))
            {
                continue; // A link to a folder already walked: a loop, or the same folder twice.
            }

            try
            {
                foreach (var file in Directory.EnumerateFiles(folder, "*", Options))
                {
                    var name = Path.GetFileName(file);
                    var rel = relative.Length == 0 ? name : relative + "/" + name;
                    if (!name.StartsWith("~$", StringComparison.Ordinal) && !name.StartsWith('.') && Wanted(rel) && isWanted(file))
                    {
                        // Nothing is opened here: the type comes from the file system (links followed), one call per file.
                        switch (UntrustedFile.Identify(file)?.Kind)
                        {
                            case null:
                                skipped.TryAdd($"{rel}: it is a symbolic link to nothing (its target is missing, or a loop of links)");
                                break;
                            case FileKind.Directory:
                                break;
                            default:
                                found.Add((file, rel));
                                break;
                        }
                    }
                }

                foreach (var sub in Directory.EnumerateDirectories(folder, "*", Options))
                {
                    var name = Path.GetFileName(sub);
                    if (!name.StartsWith('.'))
                    {
                        pending.Push((sub, relative.Length == 0 ? name : relative + "/" + name));
                    }
                }
            }
            catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
            {
                skipped.TryAdd($"{(relative.Length == 0 ? "." : relative)}: {ex.Message}");
            }
        }

        found.Sort((a, b) => string.CompareOrdinal(a.Item2, b.Item2));
        return found;
    }

    private bool Wanted(string relative) =>
        (_include is null || _include.Match(relative).HasMatches) && (_exclude is null || !_exclude.Match(relative).HasMatches);

    private static string RealPath(string folder)
    {
        try
        {
            var target = Directory.ResolveLinkTarget(folder, returnFinalTarget: true);
            return target is null ? Path.GetFullPath(folder) : Path.GetFullPath(target.FullName);
        }
        catch (IOException)
        {
            return Path.GetFullPath(folder);
        }
    }

    private static Matcher MatcherOf(IEnumerable<string> patterns)
    {
        var matcher = new Matcher(StringComparison.Ordinal);
        foreach (var pattern in patterns)
        {
            matcher.AddInclude(pattern);
        }

        return matcher;
    }
}
