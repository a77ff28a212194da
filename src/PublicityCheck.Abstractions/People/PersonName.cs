using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace PublicityCheck.People;

/// <summary>
/// Names as releases write them: titles stripped (<c>Councillor</c>, <c>Cllr</c>, <c>County Councillor</c>,
/// <c>CC</c>, <c>Mayor</c>, <c>Dr</c>, <c>Mr</c>...), case and punctuation folded, so that
/// <c>Cllr. J. Smith</c> and <c>Councillor Jane Smith</c> can be compared.
/// </summary>
public static class PersonName
{
    // Titles before a name, as releases write them (the quotation extractor knows the same ones); only leading
    // words are taken as titles, so a surname such as Parish or Baron is kept.
    private static readonly FrozenSet<string> Titles = new[]
    {
        "councillor", "cllr", "coun", "county", "borough", "district", "parish", "town", "cc", "mayor", "deputy", "dr",
        "doctor", "mr", "mrs", "ms", "miss", "mx", "prof", "professor", "sir", "dame", "lord", "lady", "baroness", "baron",
        "rev", "revd", "reverend", "canon", "father", "the", "right", "worshipful", "rt", "hon", "honourable", "chief",
        "inspector", "superintendent", "sergeant", "sgt", "pc", "captain",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Letters after a name.
    private static readonly FrozenSet<string> PostNominals = new[]
    {
        "cbe", "obe", "mbe", "bem", "kc", "qc", "mp", "jp",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The words of <paramref name="name"/>, lower case, without titles, punctuation or accents.</summary>
    public static IReadOnlyList<string> Words(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = new List<string>();
        foreach (var raw in Fold(name).Split([' ', '.', ',', '\u00A0', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.Trim('\'', '’', '"', '(', ')');
            if (word.Length > 0 && !(words.Count == 0 && Titles.Contains(word)))
            {
                words.Add(word);
            }
        }

        while (words.Count > 1 && PostNominals.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        return words;
    }

    /// <summary>The folded name without titles: "jane smith".</summary>
    public static string Key(string name) => string.Join(' ', Words(name));

    /// <summary>The last word of the folded name: the surname.</summary>
    public static string? Surname(string name) => Words(name) is { Count: > 0 } words ? words[^1] : null;

    /// <summary>The Levenshtein distance between two strings, for near-miss suggestions.</summary>
    public static int Distance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    private static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(char.ToLowerInvariant(c));
            }
        }

        return folded.ToString().Replace('-', ' ').Replace('–', ' ');
    }
}
