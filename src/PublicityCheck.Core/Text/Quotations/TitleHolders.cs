using System.Text.RegularExpressions;
using PublicityCheck.Documents;

namespace PublicityCheck.Text.Quotations;

/// <summary>
/// Finds who holds a title the release uses for a speaker (<c>said the Lord Mayor</c>, <c>the council's chief
/// executive added</c>): the first place the release writes the title beside a name, before it
/// (<c>the Lord Mayor, Councillor Ann Lee</c>, <c>Lord Mayor of Kestrel Bay Cllr Ann Lee</c>) or after it
/// (<c>Ann Lee, the council's Chief Executive</c>).
/// </summary>
internal static partial class TitleHolders
{
    /// <summary>A name and the title written beside it.</summary>
    public sealed record Holder(PersonName Name, string Role, TextSpan RoleSpan);

    /// <summary>The holder of <paramref name="title"/>, leaving out the place the title is used as the attribution (<paramref name="except"/>) and titles in brackets.</summary>
    public static Holder? Find(string text, string title, int except)
    {
        var key = Possessive().Replace(title.Trim(), string.Empty).Trim();
        if (key.Length < 4 || key.Length > 80 || !key.Any(char.IsUpper) && key.Split(' ').Length < 2)
        {
            return null;
        }

        for (var at = text.IndexOf(key, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(key, at + key.Length, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + key.Length;
            if ((at > 0 && char.IsLetter(text[at - 1])) || (end < text.Length && char.IsLetter(text[end])) || (at >= except && at < except + title.Length) || InBrackets(text, at))
            {
                continue;
            }

            if (After(text, end) is { } after)
            {
                return new Holder(after, text[at..end], new TextSpan(at, key.Length));
            }

            if (Before(text, at) is { } before)
            {
                return new Holder(before, text[at..end], new TextSpan(at, key.Length));
            }
        }

        return null;
    }

    private static bool InBrackets(string text, int at)
    {
        var i = at - 1;
        while (i >= 0 && text[i] == ' ')
        {
            i--;
        }

        return i >= 0 && text[i] == '(';
    }

    // "Lord Mayor, Councillor Ann Lee", "Lord Mayor of Kestrel Bay Cllr Ann Lee", "Chief Executive Ann Lee".
    private static PersonName? After(string text, int end)
    {
        var skip = Qualifier().Match(text, end, Math.Min(120, text.Length - end));
        var start = skip.Success && skip.Index == end ? end + skip.Length : end;
        return PersonNames.StartingAt(text, start);
    }

    // "Ann Lee, the council's Chief Executive": a name that ends a clause just before the title.
    private static PersonName? Before(string text, int at)
    {
        var from = Math.Max(0, at - 160);
        var window = text[from..at];
        var lead = LeadIn().Match(window);
        if (!lead.Success)
        {
            return null;
        }

        var clause = window[..lead.Index];
        var cut = clause.LastIndexOfAny(['.', ',', ';', ':', '\n', '(', '“', '"']);
        var segment = clause[(cut + 1)..];
        var trimmed = segment.Trim();
        if (trimmed.Length == 0 || PersonNames.FindIn(trimmed) is not { } name || !trimmed.EndsWith(name.Text, StringComparison.Ordinal))
        {
            return null;
        }

        var offset = from + cut + 1 + (segment.Length - segment.TrimStart().Length);
        return name with { Start = offset + name.Start };
    }

    [GeneratedRegex(@"^(?:(?:the|a|an|our|its|their|his|her)\s+)?(?:(?:[\p{Lu}][\p{L}-]*\s+){0,3}[\p{L}-]+['’]s\s+)?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Possessive();

    [GeneratedRegex(@"(?:\s+(?:of|for)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}'’&-]*\s*){1,6})?\s*,?\s*", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Qualifier();

    [GeneratedRegex(@",\s*(?:(?:the|a|an|our|its)\s+)?(?:(?:[\p{Lu}][\p{L}-]*\s+){0,3}[\p{L}-]+['’]s\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LeadIn();
}
