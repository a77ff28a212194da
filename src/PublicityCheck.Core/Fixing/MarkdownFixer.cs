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
        var (accepted, applied, skipped) = FixRegions.Resolve(
            choices, fix => Regions(text, lines, fix), "the file writes these words with formatting inside them, or no longer holds them");
        var result = new StringBuilder(text);
        foreach (var (start, end, newText, _) in accepted.Select(a => a.Region).OrderByDescending(r => r.Start).ThenByDescending(r => r.End))
        {
            result.Remove(start, end - start).Insert(start, newText);
        }

        var changes = accepted.Select(a => a.Region).OrderBy(r => r.Start).ThenBy(r => r.End).Select(r => (TextSpan.FromBounds(r.Start, r.End), r.NewText)).ToImmutableArray();
        return new FixOutcome(result.ToString(), applied, skipped, changes);
    }

    // Each edit's region of the file, or fewer regions than edits when one does not read as the release did there.
    private static List<FixRegion> Regions(string text, LineIndex lines, SuggestedFix fix)
    {
        var regions = new List<FixRegion>();
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

                regions.Add(new FixRegion(start, end, string.Empty, edit));
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

            regions.Add(new FixRegion(from, to, edit.NewText, edit));
        }

        return regions;
    }
}
