using System.Text.RegularExpressions;

namespace PublicityCheck.Text.Quotations;

/// <summary>
/// Reads the subject of an attribution, split at commas: <c>the Leader, Councillor Jane Smith</c>,
/// <c>Jane Smith, the council's Head of Planning</c>, <c>Cllr Smith, who chairs the panel</c>, <c>he</c>.
/// </summary>
internal static partial class SubjectParser
{
    // The most segments a place's or portfolio's list may run to after the one that opens it.
    private const int MaxListItems = 8;

    public static ParsedSubject? Parse(Attribution attribution)
    {
        var text = Parenthesis().Replace(attribution.Subject, m => new string(' ', m.Length));
        var segments = new List<(string Text, int Start)>();
        var position = 0;
        foreach (var piece in text.Split([',', ';']))
        {
            var trimmed = piece.Trim().TrimEnd('.', ':', '–', '—').Trim();
            var lead = Lead().Match(trimmed);
            trimmed = trimmed[lead.Length..];
            if (trimmed.Length > 0 && !Clause().IsMatch(trimmed))
            {
                var at = piece.IndexOf(trimmed, StringComparison.Ordinal);
                segments.Add((trimmed, attribution.Start + position + at));
            }
            else if (trimmed.Length > 0 && TitledNameEnding(trimmed) is { } name)
            {
                // A clause with no comma before the name ("In her first address as Lord Mayor Councillor Duffy said"):
                // the titled name that ends it is the subject, and the capacity it states ("as Lord Mayor") its role.
                var at = position + piece.IndexOf(trimmed, StringComparison.Ordinal);
                if (CapacityBefore().Match(trimmed[..name.Start].TrimEnd()) is { Success: true } capacity)
                {
                    var stated = capacity.Groups["role"];
                    segments.Add((stated.Value, attribution.Start + at + stated.Index));
                }

                segments.Add((name.Text, attribution.Start + at + name.Start));
            }

            position += piece.Length + 1;
        }

        if (segments.Count == 0)
        {
            return null;
        }

        if (segments.Any(s => Pronoun().IsMatch(s.Text)))
        {
            return new ParsedSubject(null, IsPronoun: true, null, 0, null, 0);
        }

        segments = JoinPlaceLists(segments, attribution);
        var best = -1;
        PersonName? person = null;
        var whole = false;
        for (var i = 0; i < segments.Count; i++)
        {
            var found = PersonNames.FindIn(segments[i].Text);
            if (found is null)
            {
                continue;
            }

            var isWhole = found.Text.Length == segments[i].Text.Length;
            if (person is null || (isWhole && !whole) || (isWhole == whole && found.Title is not null && person.Title is null))
            {
                best = i;
                person = found;
                whole = isWhole;
            }
        }

        if (person is null)
        {
            var first = segments[0];
            var article = Article().Match(first.Text);
            return new ParsedSubject(null, IsPronoun: false, first.Text[article.Length..], first.Start + article.Length, null, 0);
        }

        var segment = segments[best];
        var located = person with { Start = segment.Start + person.Start };
        var (role, roleStart) = RoleBeside(segments, best, person);
        return new ParsedSubject(located, IsPronoun: false, null, 0, role, roleStart);
    }

    // A role naming a place whose own name holds a comma ("Lord Mayor of Armagh City, Banbridge and Craigavon",
    // "Chair of Newry, Mourne and Down District Council's Planning Committee") is split by the commas the subject is
    // read at; a segment ending "of" and a capitalised name, followed by one that is a capitalised list ending "and" a
    // name, are one segment again. Indexes of the other segments move, so the person's segment is found afresh.
    // A portfolio's list is split the same way ("Cabinet Member for Health, Wellbeing, Leisure, Arts, and Culture"):
    // after a segment ending "for" or "of" and a capitalised name, capitalised segments up to one that closes the list
    // with "and" are joined to it; without that closing "and", nothing is joined.
    private static List<(string Text, int Start)> JoinPlaceLists(List<(string Text, int Start)> segments, Attribution attribution)
    {
        var joined = new List<(string Text, int Start)>(segments.Count);
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            if (EndsInPlace().IsMatch(segment.Text) && ListClosedAt(segments, i, attribution) is var last && last > i)
            {
                var end = segments[last].Start + segments[last].Text.Length;
                joined.Add((attribution.Subject[(segment.Start - attribution.Start)..(end - attribution.Start)], segment.Start));
                i = last;
                continue;
            }

            joined.Add(segment);
        }

        return joined;
    }

    // The index of the segment that closes a list begun after segment 'open' (one that is, or starts with, "and" a
    // capitalised name), when every segment before it is a capitalised name and none is a person; else 'open'.
    private static int ListClosedAt(List<(string Text, int Start)> segments, int open, Attribution attribution)
    {
        for (var j = open + 1; j < segments.Count && j <= open + MaxListItems; j++)
        {
            var text = segments[j].Text;
            if (PersonNames.FindIn(text) is not null)
            {
                return open;
            }

            // The "and" that closes the list was read off the segment as a lead word; it stands just before it.
            var before = attribution.Subject.AsSpan(0, segments[j].Start - attribution.Start).TrimEnd();
            var closes = before.EndsWith(" and", StringComparison.Ordinal) || before.EndsWith(" &", StringComparison.Ordinal);
            if (PlaceList().IsMatch(text) || (closes && ListItem().IsMatch(text)))
            {
                return j;
            }

            if (!ListItem().IsMatch(text))
            {
                return open;
            }
        }

        return open;
    }

    private static (string? Role, int Start) RoleBeside(List<(string Text, int Start)> segments, int index, PersonName person)
    {
        var segment = segments[index];
        var before = segment.Text[..person.Start].Trim();
        if (Article().Match(before + " ").Length == before.Length + 1 || IntroducedBy().IsMatch(before))
        {
            // "the Mayor Alderman Ann Lee": an article alone is no role; nor is "a message from" before a name.
            before = string.Empty;
        }

        var after = segment.Text[(person.Start + person.Text.Length)..].Trim();
        after = Preposition().Replace(Honours().Replace(after, string.Empty), string.Empty);
        if (before.Length > 2)
        {
            return Role(before, segment.Start + segment.Text.IndexOf(before, StringComparison.Ordinal));
        }

        if (after.Length > 2)
        {
            return Role(after, segment.Start + segment.Text.LastIndexOf(after, StringComparison.Ordinal));
        }

        // "Priya Shah, 38, a volunteer": an age set off by commas is not the role; what follows it may be.
        var next = index + 1 < segments.Count && Age().IsMatch(segments[index + 1].Text) ? index + 2 : index + 1;
        if (next < segments.Count)
        {
            return Role(segments[next].Text, segments[next].Start);
        }

        return index > 0 ? Role(segments[index - 1].Text, segments[index - 1].Start) : (null, 0);
    }

    // The titled name a phrase ends with, or null.
    private static PersonName? TitledNameEnding(string text) =>
        PersonNames.FindTitled(text).LastOrDefault() is { } name && name.Start + name.Text.Length == text.Length ? name : null;

    private static (string? Role, int Start) Role(string text, int start)
    {
        var article = Article().Match(text);
        if (article.Success && article.Length < text.Length && char.IsUpper(text[article.Length]))
        {
            return (text[article.Length..], start + article.Length);
        }

        return (text, start);
    }

    [GeneratedRegex(@"^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ListItem();

    [GeneratedRegex(@"^(?:aged\s+)?\d{1,3}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Age();

    [GeneratedRegex(@"\b(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex EndsInPlace();

    [GeneratedRegex(@"^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*\s+(?:and|&)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PlaceList();

    [GeneratedRegex(@"\([^)]*\)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Parenthesis();

    [GeneratedRegex(@"^(?:(?:and|but|so|then|however|meanwhile|also|now)\s+)+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Lead();

    [GeneratedRegex(@"^(?:who|which|whose|where|adding|saying|speaking|as|when|while|after|before|in|at|on|during|following|welcoming|commenting|responding|explaining|reflecting|with|today|yesterday|this|last|speaking)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Clause();

    [GeneratedRegex(@"\bas\s+(?:the\s+)?(?<role>\p{Lu}[\p{L}'’-]*(?:\s+(?:of\s+|for\s+|and\s+)?\p{Lu}[\p{L}'’-]*){0,6})$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CapacityBefore();

    [GeneratedRegex(@"^(?:he|she|they|we|I)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Pronoun();

    // An article before a role or a description ("the Leader", "a council spokesperson"); also read by StatementHeadings.
    [GeneratedRegex(@"^(?:a|an|the|one)\s+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    internal static partial Regex Article();

    // Words that hand over to a name rather than state a role: "a message from", "a statement by", "thanks to".
    [GeneratedRegex(@"(?:^|\s)(?:from|by|to|with)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex IntroducedBy();

    [GeneratedRegex(@"^(?:of|from|at|for)\s+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Preposition();

    // Letters after a name that are honours, not a role ("Cllr Peter Box CBE"); an MP's or MSP's letters are a role.
    [GeneratedRegex(@"^(?:(?:[GKD]BE|CBE|OBE|MBE|BEM|JP|DL|KC|QC|FRSA)\b[\s,]*)+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Honours();
}
