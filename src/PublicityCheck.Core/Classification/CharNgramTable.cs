namespace PublicityCheck.Classification;

/// <summary>
/// The character n-grams of a vocabulary by 64-bit FNV-1a hash, in an open-addressing table, so that scoring finds
/// the n-grams of length 3, 4 and 5 at a position by extending one hash rather than hashing and comparing three
/// strings. Two n-grams of the vocabulary never share a hash (checked when the table is built); an unknown n-gram
/// taken for a known one would need a 64-bit collision, about one in 10^13 sentences.
/// </summary>
internal sealed class CharNgramTable
{
    private const ulong OffsetBasis = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    // Key and value side by side, so a lookup touches one cache line: the table is larger than the L1 and L2 caches
    // and is probed three times for every character of every sentence.
    private readonly Entry[] _entries;
    private readonly int _mask;

    public CharNgramTable(IReadOnlyList<string> ngrams, int firstIndex)
    {
        var capacity = 16;
        while (capacity < ngrams.Count * 2)
        {
            capacity *= 2;
        }

        _entries = new Entry[capacity];
        _entries.AsSpan().Fill(new Entry(0, -1));
        _mask = capacity - 1;
        for (var i = 0; i < ngrams.Count; i++)
        {
            var hash = OffsetBasis;
            foreach (var c in ngrams[i])
            {
                hash = Extend(hash, c);
            }

            var slot = Find(hash);
            if (_entries[slot].Value >= 0)
            {
                throw new InvalidDataException($"The character n-grams '{ngrams[_entries[slot].Value - firstIndex]}' and '{ngrams[i]}' share a hash.");
            }

            _entries[slot] = new Entry(hash, firstIndex + i);
        }
    }

    public static ulong Start => OffsetBasis;

    public static ulong Extend(ulong hash, char c) => (hash ^ c) * Prime;

    /// <summary>The feature index of the n-gram with <paramref name="hash"/>, or -1.</summary>
    public int IndexOf(ulong hash) => _entries[Find(hash)].Value;

    private int Find(ulong hash)
    {
        var slot = (int)(hash ^ (hash >> 29)) & _mask;
        while (_entries[slot].Value >= 0 && _entries[slot].Key != hash)
        {
            slot = (slot + 1) & _mask;
        }

        return slot;
    }

    private readonly record struct Entry(ulong Key, int Value);
}
