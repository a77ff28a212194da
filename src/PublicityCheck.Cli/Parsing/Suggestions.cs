namespace PublicityCheck.Cli.Parsing;

/// <summary>
/// "Did you mean" for a mistyped verb, option or rule id: the known names within a few edits of what was typed
/// (a letter added, left out, changed, or two letters swapped, as <c>chekc</c> for <c>check</c>), ignoring case.
/// </summary>
internal static class Suggestions
{
    private const int MaxTypedLength = 64;

    /// <summary>The candidates nearest <paramref name="typed"/>, nearest first, or none when nothing is close.</summary>
    /// <remarks>
    /// Close means at most a third of the typed length in edits (at least one, at most three), so a short word
    /// does not match everything and <c>xml</c> suggests no format.
    /// </remarks>
    public static IReadOnlyList<string> For(string typed, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(candidates);
        if (typed.Length > MaxTypedLength)
        {
            return []; // No name is this long; a pasted paragraph gets no suggestion, and no large table.
        }

        var limit = Math.Clamp(typed.Length / 3, 1, 3);
        var scored = candidates
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(c => (Name: c, Distance: Distance(typed.ToLowerInvariant(), c.ToLowerInvariant())))
            .Where(c => c.Distance <= limit)
            .ToList();
        if (scored.Count == 0)
        {
            return [];
        }

        var best = scored.Min(c => c.Distance);
        return [.. scored.Where(c => c.Distance == best).Select(c => c.Name).Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// " Did you mean 'check'?", " Did you mean 'PC0101' or 'PC0110'?" (with a leading space, to follow a sentence),
    /// or empty when nothing is close. <paramref name="show"/> writes a name as the user would type it (<c>--format</c>).
    /// </summary>
    public static string DidYouMean(string typed, IEnumerable<string> candidates, Func<string, string>? show = null)
    {
        show ??= name => name;
        var near = For(typed, candidates).Select(n => $"'{show(n)}'").ToList();
        return near.Count switch
        {
            0 => string.Empty,
            1 => $" Did you mean {near[0]}?",
            _ => $" Did you mean {string.Join(", ", near.Take(near.Count - 1))} or {near[^1]}?",
        };
    }

    /// <summary>Edits between two words: insertions, deletions, substitutions and swaps of adjacent letters.</summary>
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
