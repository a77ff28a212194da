using System.Collections.Immutable;
using PublicityCheck.Diagnostics;

namespace PublicityCheck.Fixing;

/// <summary>
/// Decides which chosen fixes are applied, the same way for every kind of file: each fix whole or not at all, in the
/// order of its first region; a fix whose regions overlap one accepted before it is skipped and said to be, except
/// that a region identical to one already accepted (two markings on one line, each removing the line) counts as done.
/// Where a region is, and what writing it means, is the caller's: Markdown's are offsets in the file, Word's spans of
/// the release's text.
/// </summary>
internal static class FixRegions
{
    /// <summary>
    /// Accepts or skips <paramref name="choices"/>. <paramref name="regionsOf"/> gives each fix's regions, one per
    /// edit, or fewer when an edit cannot be found in the file; such a fix is skipped for <paramref name="notFound"/>.
    /// Returns the regions to write (each once, with the fix it was accepted for), the fixes applied in that order,
    /// and the fixes skipped with why.
    /// </summary>
    public static (List<(FixRegion Region, FixChoice Choice)> Accepted, ImmutableArray<FixChoice> Applied, ImmutableArray<SkippedFix> Skipped) Resolve(
        IEnumerable<FixChoice> choices, Func<SuggestedFix, List<FixRegion>> regionsOf, string notFound)
    {
        var accepted = new List<(FixRegion Region, FixChoice Choice)>();
        var applied = ImmutableArray.CreateBuilder<FixChoice>();
        var skipped = ImmutableArray.CreateBuilder<SkippedFix>();
        var ordered = choices
            .Select((choice, index) => (Choice: choice, Index: index, Regions: regionsOf(choice.Fix)))
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
                skipped.Add(new SkippedFix(choice, notFound));
                continue;
            }

            var fresh = regions.Where(r => !accepted.Any(a => a.Region.Start == r.Start && a.Region.End == r.End && a.Region.NewText == r.NewText)).ToList();
            var clash = fresh.Select(r => accepted.FirstOrDefault(a => Overlaps(a.Region, r))).FirstOrDefault(a => a.Choice is not null);
            if (clash.Choice is not null)
            {
                var other = clash.Choice.Finding;
                skipped.Add(new SkippedFix(choice, $"it overlaps the fix for {other.Id} at {other.Location.Start}, applied first"));
                continue;
            }

            accepted.AddRange(fresh.Select(r => (r, choice)));
            applied.Add(choice);
        }

        return (accepted, applied.ToImmutable(), skipped.ToImmutable());
    }

    // Two regions overlap when they share a character, or when one is an insertion at a point strictly inside the other
    // or at the same point as another insertion.
    private static bool Overlaps(FixRegion a, FixRegion b) =>
        (a.Start < b.End && b.Start < a.End) || (a.Start == a.End && b.Start < a.Start && a.Start < b.End)
        || (b.Start == b.End && a.Start < b.Start && b.Start < a.End) || (a.Start == a.End && b.Start == b.End && a.Start == b.Start);
}

/// <summary>
/// A region of a file one edit of a fix replaces, from <paramref name="Start"/> to <paramref name="End"/>
/// (exclusive), what replaces it, and the edit it was found for.
/// </summary>
internal sealed record FixRegion(int Start, int End, string NewText, TextEdit Edit);
