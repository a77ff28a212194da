using PublicityCheck.Diagnostics;
using PublicityCheck.Documents;

namespace PublicityCheck.Analysis;

/// <summary>Orders findings as a reader meets them: file-level first, then body, then other parts; by position; then by rule id.</summary>
public sealed class DiagnosticOrder : IComparer<Diagnostic>
{
    /// <summary>The one instance.</summary>
    public static DiagnosticOrder Instance { get; } = new();

    /// <inheritdoc/>
    public int Compare(Diagnostic? x, Diagnostic? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null)
        {
            return -1;
        }

        if (y is null)
        {
            return 1;
        }

        var byPart = PartRank(x.Location.Part).CompareTo(PartRank(y.Location.Part));
        if (byPart != 0)
        {
            return byPart;
        }

        var byName = string.CompareOrdinal(x.Location.Part, y.Location.Part);
        if (byName != 0)
        {
            return byName;
        }

        var byPosition = x.Location.Start.CompareTo(y.Location.Start);
        return byPosition != 0 ? byPosition : string.CompareOrdinal(x.Id, y.Id);
    }

    private static int PartRank(string part) => part switch
    {
        DocumentParts.File => 0,
        DocumentParts.Body => 1,
        _ => 2,
    };
}
