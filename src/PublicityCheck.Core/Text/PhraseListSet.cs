using System.Collections.Immutable;
using PublicityCheck.Documents;

namespace PublicityCheck.Text;

/// <summary>
/// Several <see cref="PhraseList"/>s matched in one pass over a text: the topic lists, the wards of a roster.
/// Each list is counted as if matched alone.
/// </summary>
internal sealed class PhraseListSet
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
                var (text, matchCase) = PhraseList.Entry(phrase);
                _tree.Add(text, matchCase, count);
            }

            count++;
        }

        Count = count;
    }

    /// <summary>How many lists the set holds.</summary>
    public int Count { get; }

    /// <summary>
    /// How often each list's phrases occur in <paramref name="text"/>, by the list's number; a phrase that would take
    /// in any of the text in <paramref name="excluded"/> does not count.
    /// </summary>
    public ImmutableArray<int> Occurrences(string text, IEnumerable<TextSpan>? excluded = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = WordTokens.Of(text);
        var blocked = excluded is null ? null : Blocked(tokens, excluded);
        var counts = _tree.IsEmpty ? new int[Count] : _tree.Count(text, tokens, blocked);
        if (counts.Length < Count)
        {
            Array.Resize(ref counts, Count); // lists with no phrases at the end
        }

        return ImmutableArray.Create(counts);
    }

    private static bool[]? Blocked(WordTokens tokens, IEnumerable<TextSpan> excluded)
    {
        bool[]? blocked = null;
        foreach (var span in excluded)
        {
            if (span.Length == 0)
            {
                continue;
            }

            // The first token that ends after the span starts, then every token that starts before it ends.
            int low = 0, high = tokens.Count;
            while (low < high)
            {
                var middle = (low + high) / 2;
                if (tokens.Items[middle].End <= span.Start)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }

            for (var i = low; i < tokens.Count && tokens.Items[i].Start < span.End; i++)
            {
                (blocked ??= new bool[tokens.Count])[i] = true;
            }
        }

        return blocked;
    }
}
