using System.Text;

namespace PublicityCheck.Cli.Parsing;

/// <summary>
/// Brace alternatives in a path, as shells and glob libraries write them: <c>samples/{county,pre-election}/*.md</c>
/// is <c>samples/county/*.md</c> and <c>samples/pre-election/*.md</c>. Braces nest and combine
/// (<c>{a,b}/{c,d}</c> is four paths); a brace with no comma in it (<c>{draft}</c>) is kept as it is.
/// </summary>
internal static class BraceExpansion
{
    /// <summary>The most paths one argument may expand to, so a short pattern cannot ask for millions.</summary>
    public const int MaxPaths = 1024;

    /// <summary>Whether <paramref name="pattern"/> holds alternatives to expand.</summary>
    public static bool HasAlternatives(string pattern) => FindGroup(pattern) is not null;

    /// <summary>The paths <paramref name="pattern"/> stands for, in the order written; the pattern alone if it has no alternatives.</summary>
    /// <exception cref="UsageException">It stands for more than <see cref="MaxPaths"/> paths.</exception>
    public static IReadOnlyList<string> Expand(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var results = new List<string>();
        var pending = new Stack<string>();
        pending.Push(pattern);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            if (FindGroup(current) is not { } group)
            {
                results.Add(current);
                if (results.Count > MaxPaths)
                {
                    throw new UsageException($"{pattern} stands for more than {MaxPaths:N0} paths: use a wildcard (*) instead of so many alternatives");
                }

                continue;
            }

            var before = current[..group.Open];
            var after = current[(group.Close + 1)..];
            // Pushed in reverse so the alternatives come out in the order written.
            for (var i = group.Alternatives.Count - 1; i >= 0; i--)
            {
                pending.Push(before + group.Alternatives[i] + after);
            }

            if (pending.Count + results.Count > MaxPaths)
            {
                throw new UsageException($"{pattern} stands for more than {MaxPaths:N0} paths: use a wildcard (*) instead of so many alternatives");
            }
        }

        return results;
    }

    /// <summary>The first brace group with a comma at its own level: where it opens and closes, and its alternatives.</summary>
    private static (int Open, int Close, List<string> Alternatives)? FindGroup(string text)
    {
        for (var open = text.IndexOf('{', StringComparison.Ordinal); open >= 0; open = text.IndexOf('{', open + 1))
        {
            var depth = 0;
            var alternatives = new List<string>();
            var current = new StringBuilder();
            for (var i = open + 1; i < text.Length; i++)
            {
                var c = text[i];
                if (c == '{')
                {
                    depth++;
                }
                else if (c == '}' && depth > 0)
                {
                    depth--;
                }
                else if (c == '}')
                {
                    if (alternatives.Count == 0)
                    {
                        break; // "{draft}": no alternatives here; look for a later group.
                    }

                    alternatives.Add(current.ToString());
                    return (open, i, alternatives);
                }
                else if (c == ',' && depth == 0)
                {
                    alternatives.Add(current.ToString());
                    current.Clear();
                    continue;
                }

                current.Append(c);
            }
        }

        return null;
    }
}
