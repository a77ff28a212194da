using System.Collections.Immutable;

namespace PublicityCheck.Text;

/// <summary>
/// Several <see cref="PhraseList"/>s matched in one pass over a text: the topic lists, the wards of a roster.
/// Each list is counted as if matched alone.
/// </summary>
public sealed class PhraseListSet
{
    private readonly PhraseTree _tree = new();

    /// <summary>Creates a set from its lists, numbered in the order given.</summary>
    public PhraseListSet(IEnumerable<IEnumerable<string>> lists)
    {
        ArgumentNullException.ThrowIfNull(lists);
        var count = 0;
        foreach (var list in lists)
        {
            foreach (var phrase in list.Select(p => p.Trim()).Where(p => p.Length > 0).Distinct(StringComparer.Ordinal))
            {
                _tree.Add(phrase, matchCase: PhraseList.IsCapitals(phrase), count);
            }

            count++;
        }

        Count = count;
    }

    /// <summary>How many lists the set holds.</summary>
    public int Count { get; }

    /// <summary>How often each list's phrases occur in <paramref name="text"/>, by the list's number.</summary>
    public ImmutableArray<int> Occurrences(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var counts = _tree.IsEmpty ? new int[Count] : _tree.Count(text, WordTokens.Of(text));
        if (counts.Length < Count)
        {
            Array.Resize(ref counts, Count); // lists with no phrases at the end
        }

        return ImmutableArray.Create(counts);
    }
}
