using System.Collections.Immutable;
using System.Text;
using PublicityCheck.Diagnostics;
using PublicityCheck.Documents;
using PublicityCheck.Documents.Markdown;

namespace PublicityCheck.Fixing;

/// <summary>
/// Applies fixes to a Markdown file's text, touching nothing outside their edits. Each edit's region (line and
/// column, as findings give them) must still read as the release read there: an edit whose words the file writes
/// with markup inside them (<c>**Tory** cuts</c>), or that the file no longer holds, is left for a person rather
/// than guessed at. An edit that removes whole lines takes their markup and line ending with it, provided the lines
/// hold the words it was made for. Fixes are applied whole or not at all, in the order of their first edit in the
/// file; a fix whose edits overlap one applied before it is skipped and said to be, except that an edit identical
/// to one already applied (two markings on one line, each removing the line) counts as done.
/// </summary>
public static class MarkdownFixer
{
    /// <summary>Applies <paramref name="choices"/> to <paramref name="text"/>, the decoded file the findings were made in.</summary>
    public static FixOutcome Apply(string text, IEnumerable<FixChoice> choices)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(choices);
        var lines = new LineIndex(text);
        var accepted = new List<(int Start, int End, string NewText, FixChoice Choice)>();
        var applied = ImmutableArray.CreateBuilder<FixChoice>();
        var skipped = ImmutableArray.CreateBuilder<SkippedFix>();
        var ordered = choices
            .Select((choice, index) => (Choice: choice, Index: index, Regions: Regions(text, lines, choice.Fix)))
            .OrderBy(c => c.Regions.Count > 0 ? c.Regions[0].Start : -1)
            .ThenBy(c => c.Index);
        foreach (var (choice, _, regions) in ordered)
        {
            if (choice.Fix.IsAdvice)
            {
                skipped.Add(new SkippedFix(choice, "it is advice, with no edit to apply"));
                continue;
            }

            if (regions.Count != choice.Fix.Edits.Length)
            {
                skipped.Add(new SkippedFix(choice, "the file writes these words with formatting inside them, or no longer holds them"));
                continue;
            }

            var fresh = regions.Where(r => !accepted.Any(a => a.Start == r.Start && a.End == r.End && a.NewText == r.NewText)).ToList();
            var clash = fresh.Select(r => accepted.FirstOrDefault(a => Overlaps(a.Start, a.End, r.Start, r.End))).FirstOrDefault(a => a.Choice is not null);
            if (clash.Choice is not null)
            {
                var other = clash.Choice.Finding;
                skipped.Add(new SkippedFix(choice, $"it overlaps the fix for {other.Id} at {other.Location.Start}, applied first"));
                continue;
            }

            accepted.AddRange(fresh.Select(r => (r.Start, r.End, r.NewText, choice)));
            applied.Add(choice);
        }

        var result = new StringBuilder(text);
        foreach (var (start, end, newText, _) in accepted.OrderByDescending(a => a.Start).ThenByDescending(a => a.End))
        {
            result.Remove(start, end - start).Insert(start, newText);
        }

        var changes = accepted.OrderBy(a => a.Start).ThenBy(a => a.End).Select(a => (TextSpan.FromBounds(a.Start, a.End), a.NewText)).ToImmutableArray();
        return new FixOutcome(result.ToString(), applied.ToImmutable(), skipped.ToImmutable(), changes);
    }

    // Two regions overlap when they share a character, or when one is an insertion at a point strictly inside the other
    // or at the same point as another insertion.
    private static bool Overlaps(int start1, int end1, int start2, int end2) =>
        (start1 < end2 && start2 < end1) || (start1 == end1 && start2 < start1 && start1 < end2) || (start2 == end2 && start1 < start2 && start2 < end1) || (start1 == end1 && start2 == end2 && start1 == start2);

    // Each edit's region of the file, or fewer regions than edits when one does not read as the release did there.
    private static List<(int Start, int End, string NewText)> Regions(string text, LineIndex lines, SuggestedFix fix)
    {
        var regions = new List<(int, int, string)>();
        foreach (var edit in fix.Edits)
        {
            var location = edit.Location;
            if (location.Start.Line < 1 || location.Start.Line > lines.LineCount || location.End.Line < location.Start.Line)
            {
                break;
            }

            if (edit.RemovesWholeLines)
            {
                var start = lines.LineStart(location.Start.Line);
                var end = location.End.Line > lines.LineCount ? text.Length : lines.LineStart(location.End.Line);
                var words = edit.OldText.Trim();
                if (end <= start || !text.AsSpan(start, end - start).Contains(words, StringComparison.Ordinal))
                {
                    break;
                }

                regions.Add((start, end, string.Empty));
                continue;
            }

            if (location.End.Line > lines.LineCount)
            {
                break;
            }

            var from = lines.LineStart(location.Start.Line) + location.Start.Column - 1;
            var to = lines.LineStart(location.End.Line) + location.End.Column - 1;
            if (from < 0 || to < from || to > text.Length || to - from != edit.OldText.Length
                || string.CompareOrdinal(text, from, edit.OldText, 0, edit.OldText.Length) != 0)
            {
                break;
            }

            regions.Add((from, to, edit.NewText));
        }

        return regions;
    }
}
