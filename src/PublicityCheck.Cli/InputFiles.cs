using Microsoft.Extensions.FileSystemGlobbing;
using PublicityCheck.Cli.Parsing;

namespace PublicityCheck.Cli;

/// <summary>
/// Turns the paths a user typed into the files to check: a file as it is; a folder, every readable file under it
/// (leaving out hidden folders such as <c>.git</c>, and what configuration excludes); a glob pattern, the files
/// it matches; brace alternatives (<c>samples/{county,pre-election}/*.md</c>) as each of the paths they stand for.
/// Paths keep the form the user typed, so that output points where they expect.
/// </summary>
internal static class InputFiles
{
    /// <summary>The files, in a stable order, or the first argument that names nothing.</summary>
    /// <param name="arguments">The paths as typed.</param>
    /// <param name="workingDirectory">The folder they are relative to.</param>
    /// <param name="isWanted">Whether a file found by a folder walk or a glob is to be checked, by its full path.</param>
    public static (IReadOnlyList<string> Files, string? Missing) Expand(IEnumerable<string> arguments, string workingDirectory, Func<string, bool> isWanted)
    {
        var files = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var argument in arguments.SelectMany(a => Alternatives(a, workingDirectory)))
        {
            var found = ExpandOne(argument, workingDirectory, isWanted).ToList();
            if (found.Count == 0 && !Directory.Exists(Path.GetFullPath(argument, workingDirectory)))
            {
                return (files, argument);
            }

            foreach (var file in found)
            {
                if (seen.Add(Path.GetFullPath(file, workingDirectory)))
                {
                    files.Add(file);
                }
            }
        }

        return (files, null);
    }

    /// <summary>
    /// The paths an argument's brace alternatives stand for (<c>{county,pre-election}/*.md</c>), each to be found
    /// on its own, so a mistyped alternative is reported rather than quietly matching nothing. A file or folder
    /// whose name really has braces in it is taken as it is.
    /// </summary>
    private static IReadOnlyList<string> Alternatives(string argument, string workingDirectory) =>
        BraceExpansion.HasAlternatives(argument) && !Path.Exists(Path.GetFullPath(argument, workingDirectory))
            ? BraceExpansion.Expand(argument)
            : [argument];

    private static IEnumerable<string> ExpandOne(string argument, string workingDirectory, Func<string, bool> isWanted)
    {
        var full = Path.GetFullPath(argument, workingDirectory);
        if (File.Exists(full))
        {
            return [argument];
        }

        if (Directory.Exists(full))
        {
            return Walk(full)
                .Where(isWanted)
                .Select(f => Path.Join(argument, Path.GetRelativePath(full, f)))
                .Order(StringComparer.Ordinal);
        }

        if (argument.IndexOfAny(['*', '?', '[']) >= 0)
        {
            return Glob(argument, workingDirectory, isWanted);
        }

        return [];
    }

    private static IEnumerable<string> Walk(string folder)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = false,
            IgnoreInaccessible = true,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        };
        var pending = new Stack<string>();
        pending.Push(folder);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            foreach (var file in Directory.EnumerateFiles(current, "*", options))
            {
                if (!Path.GetFileName(file).StartsWith("~$", StringComparison.Ordinal))
                {
                    yield return file; // "~$" files are Word's lock files, not documents.
                }
            }

            foreach (var sub in Directory.EnumerateDirectories(current, "*", options))
            {
                var name = Path.GetFileName(sub);
                if (!name.StartsWith('.') && new DirectoryInfo(sub).LinkTarget is null)
                {
                    pending.Push(sub);
                }
            }
        }
    }

    private static IEnumerable<string> Glob(string pattern, string workingDirectory, Func<string, bool> isWanted)
    {
        // Split the pattern into the folder it starts from and the part with wildcards.
        var normalized = pattern.Replace('\\', '/');
        var segments = normalized.Split('/');
        var fixedCount = segments.TakeWhile(s => s.IndexOfAny(['*', '?', '[']) < 0).Count();
        var baseRelative = string.Join('/', segments.Take(fixedCount));
        var rest = string.Join('/', segments.Skip(fixedCount));
        var baseFull = Path.GetFullPath(baseRelative.Length == 0 ? "." : baseRelative, workingDirectory);
        if (!Directory.Exists(baseFull))
        {
            return [];
        }

        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(rest);
        return matcher.GetResultsInFullPath(baseFull)
            .Where(isWanted)
            .Select(f => baseRelative.Length == 0 ? Path.GetRelativePath(baseFull, f) : Path.Join(baseRelative, Path.GetRelativePath(baseFull, f)))
            .Order(StringComparer.Ordinal);
    }
}
