namespace PublicityCheck.Tests.Samples;

/// <summary>
/// The table of expected findings in <c>samples/README.md</c>, between <c>&lt;!-- samples:start --&gt;</c> and
/// <c>&lt;!-- samples:end --&gt;</c>: one row per sample, <c>| file | active findings | suppressed findings | ... |</c>,
/// rule ids comma-separated in source order, <c>none</c> when there are none.
/// </summary>
internal static class SamplesReadme
{
    private const string Start = "<!-- samples:start -->";
    private const string End = "<!-- samples:end -->";

    private static readonly Lazy<IReadOnlyList<SampleRow>> _rows = new(() => Parse(File.ReadAllLines(Path.Combine(Support.RepositoryPaths.Samples, "README.md"))));

    /// <summary>The rows, in the README's order.</summary>
    public static IReadOnlyList<SampleRow> Rows => _rows.Value;

    /// <summary>Parses the table out of the README's lines.</summary>
    public static IReadOnlyList<SampleRow> Parse(IReadOnlyList<string> lines)
    {
        var start = lines.ToList().FindIndex(l => l.Trim() == Start);
        var end = lines.ToList().FindIndex(l => l.Trim() == End);
        if (start < 0 || end < start)
        {
            throw new InvalidOperationException($"samples/README.md has no table between {Start} and {End}.");
        }

        return
        [
            .. lines.Skip(start + 1).Take(end - start - 1)
                .Select(l => l.Trim())
                .Where(l => l.StartsWith('|'))
                .Skip(2) // the heading row and the separator row
                .Select(ParseRow),
        ];
    }

    private static SampleRow ParseRow(string line)
    {
        var cells = line.Trim('|').Split('|').Select(c => c.Trim()).ToArray();
        if (cells.Length < 3)
        {
            throw new InvalidOperationException($"samples/README.md: the row '{line}' needs a file, its active findings and its suppressed findings.");
        }

        return new SampleRow(cells[0].Trim('`'), Ids(cells[1]), Ids(cells[2]));
    }

    private static IReadOnlyList<string> Ids(string cell) =>
        cell == "none" ? [] : [.. cell.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
}
