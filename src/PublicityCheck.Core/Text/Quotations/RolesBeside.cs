using System.Buffers;
using System.Collections.Frozen;
using System.Text.RegularExpressions;
using PublicityCheck.Documents;
using PublicityCheck.People;

namespace PublicityCheck.Text.Quotations;

/// <summary>
/// The role a release writes beside a person's name where it is not an attribution: before the name
/// (<c>Chief Executive Sally Reid welcomed the guests</c>, <c>opened by council leader Rob Price</c>,
/// <c>Leader of the Council, Councillor Ann Lee,</c>) or after it (<c>Cllr Ian Moss, Lead Member for Waste and
/// Highways, judged the entries</c>), or as given to them (<c>Councillor Martin Kearney has been named Chair</c>). Only a role the rules can compare with the roster is taken
/// (<see cref="StatedRoleParser"/>), and never one the person no longer holds (<c>former Leader</c>,
/// <c>outgoing Mayor</c>).
/// </summary>
internal static partial class RolesBeside
{
    private const int Window = 120;
    private const int MaxRoleWords = 14;

    // Lower-case words a role is written with ("council leader", "the council's chief executive", "cabinet member for").
    private static readonly FrozenSet<string> RoleWords = new[]
    {
        "council", "council's", "council’s", "leader", "deputy", "cabinet", "member", "lead", "portfolio", "holder",
        "executive", "chief", "mayor", "lord", "provost", "chair", "chairman", "chairwoman", "chairperson", "vice",
        "director", "head", "officer", "manager", "of", "for", "the", "and", "&", "county", "borough", "city", "district",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Words that join a role to what it governs and cannot end one.
    private static readonly FrozenSet<string> Joining = new[] { "of", "for", "the", "and", "&" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Titles belong to the name, not the role ("Leader Cllr Ann Lee"); a run of role words stops at one. Only
    // personal titles: the name finder's titles also hold offices ("Mayor", "Provost"), which here are the role.
    private static readonly FrozenSet<string> Titles = new[]
    {
        "Councillor", "Cllr", "Coun", "Cllr.", "Alderman", "Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Professor", "Prof",
    }.ToFrozenSet(StringComparer.Ordinal);

    // A role is written within a paragraph: a headline's or a caption's last capitalised words are not part of it.
    private static readonly SearchValues<char> LineBreaks = SearchValues.Create("\r\n\u2028\u2029");

    // Words that make a post a party's or a group's, or a post of young people's or honour, not the council's
    // ("Labour group leader", "Shadow Cabinet Member", "Youth Mayor", "Honorary Alderman").
    private static readonly FrozenSet<string> NotTheCouncils = new[]
    {
        "group", "party", "opposition", "shadow", "caucus", "youth", "young", "junior", "children's", "children’s",
        "childrens", "student", "pupil", "school", "schools", "honorary",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // A role held no longer, or not yet.
    private static readonly FrozenSet<string> NotNow = new[]
    {
        "former", "outgoing", "ex", "previous", "late", "retiring", "past", "then", "retired", "prospective", "would-be",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The role written beside <paramref name="mention"/> in <paramref name="text"/>, before it or after it, or null.</summary>
    public static (string Role, TextSpan Span)? Find(string text, PersonName mention)
    {
        // A civic title written as part of the name is the role itself: "Provost Len Scott", "Lord Mayor Ann Lee".
        if (mention.Title is { } title && mention.Text.StartsWith(title, StringComparison.Ordinal) && Recognised(title))
        {
            return (title, new TextSpan(mention.Start, title.Length));
        }

        return Before(text, mention.Start) ?? After(text, mention.Start + mention.Text.Length);
    }

    private static (string Role, TextSpan Span)? Before(string text, int start)
    {
        var from = Math.Max(0, start - Window);
        var window = text[from..start];

        // One comma may stand between a role and the name it introduces: "Leader of the Council, Councillor Ann Lee".
        var end = window.TrimEnd().Length;
        if (end > 0 && window[end - 1] == ',')
        {
            end--;
        }

        var words = Words().Matches(window[..end]);
        var first = words.Count;
        for (var i = words.Count - 1; i >= 0 && words.Count - i <= MaxRoleWords; i--)
        {
            var word = words[i];
            var gap = window.AsSpan(word.Index + word.Length, (i + 1 < words.Count ? words[i + 1].Index : end) - word.Index - word.Length);
            if (!gap.IsWhiteSpace() || gap.ContainsAny(LineBreaks) || !IsRoleWord(word.Value))
            {
                break;
            }

            first = i;
        }

        if (first == words.Count || (first > 0 && NotNow.Contains(words[first - 1].Value)))
        {
            return null;
        }

        // The longest run of those words, ending at the name, that states a role the rules know ("Swansea Council
        // Leader" is read as "Council Leader"); never past a party's or group's name ("Conservative group leader",
        // "Independent Group Leader" lead a group, not the council) or a word such as "Youth" ("Youth Mayor").
        if (first > 0 && NotTheCouncils.Contains(words[first - 1].Value))
        {
            return null;
        }

        return LongestKnownRole(window, words, first, words.Count - 1, end, from);
    }

    private static (string Role, TextSpan Span)? After(string text, int end)
    {
        var lead = AppositiveStart().Match(text, end, Math.Min(4, text.Length - end));
        if (!lead.Success)
        {
            // Or the role the person has just been given: "Councillor Martin Kearney (SDLP) has been named Chair".
            lead = ElectedTo().Match(text, end, Math.Min(Window, text.Length - end));
            if (!lead.Success)
            {
                return null;
            }
        }

        var from = lead.Index + lead.Length;
        var window = text[from..Math.Min(text.Length, from + Window)];
        var words = Words().Matches(window);
        var last = -1;
        for (var i = 0; i < words.Count && i < MaxRoleWords; i++)
        {
            var word = words[i];
            var gap = window.AsSpan(i == 0 ? 0 : words[i - 1].Index + words[i - 1].Length, word.Index - (i == 0 ? 0 : words[i - 1].Index + words[i - 1].Length));
            var comma = gap.Trim().SequenceEqual(",");

            // A comma goes on only into another capitalised part of a portfolio ("for Waste, Highways and Transport").
            if ((!gap.IsWhiteSpace() && !(comma && char.IsUpper(word.Value[0]))) || gap.ContainsAny(LineBreaks) || !IsRoleWord(word.Value) || (i == 0 && NotNow.Contains(word.Value)))
            {
                break;
            }

            last = i;
        }

        while (last >= 0 && Joining.Contains(words[last].Value))
        {
            last--;
        }

        if (last < 0)
        {
            return null;
        }

        // The longest run from the name that states a role the rules know, past a council's name or initials before
        // the post ("WVBC Leader" is read as "Leader"), but never past a party's or group's name ("Labour group
        // leader") or a word such as "Youth" ("Easterby Youth Mayor").
        return LongestKnownRole(window, words, 0, last, words[last].Index + words[last].Length, from);
    }

    // The longest run of role words first..last, ending at 'end' in the window, that states a role the rules know,
    // read from its first word on; null at a word that makes the post a party's, a group's or a youth body's.
    private static (string Role, TextSpan Span)? LongestKnownRole(string window, MatchCollection words, int first, int last, int end, int offset)
    {
        for (var i = first; i <= last; i++)
        {
            if (NotTheCouncils.Contains(words[i].Value) || PartyNames.In(words[i].Value))
            {
                return null;
            }

            if (Joining.Contains(words[i].Value))
            {
                continue;
            }

            var role = window[words[i].Index..end];
            if (Recognised(role))
            {
                return (role, new TextSpan(offset + words[i].Index, role.Length));
            }
        }

        return null;
    }

    private static bool Recognised(string role) =>
        !role.Split(' ').Any(NotNow.Contains) && StatedRoleParser.Parse(role) is { Kind: not RoleKind.Councillor };

    private static bool IsRoleWord(string word) =>
        !Titles.Contains(word) && (char.IsUpper(word[0]) || RoleWords.Contains(word));

    [GeneratedRegex(@"[\p{L}&][\p{L}'’-]*", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Words();

    // What gives a person a role in the release's own words: "(SDLP) has been named", "was elected as the new".
    [GeneratedRegex(@"\G(?:\s*\([^()]{1,40}\))?\s+(?:has\s+been|have\s+been|was|were|is|had\s+been)\s+(?:formally\s+|unanimously\s+|officially\s+)?(?:named|elected|appointed|installed|confirmed|chosen|sworn\s+in)\s+(?:as\s+)?(?:the\s+)?(?:new\s+)?", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ElectedTo();

    // What sets an appositive role after a name apart: a comma, a spaced dash.
    [GeneratedRegex(@"\G(?:,\s*|\s+[-–—]\s+)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AppositiveStart();
}
