using System.Collections.Frozen;

namespace PublicityCheck.Analyzers.Quotations;

/// <summary>
/// Whether a release is about the work of the committee, board or forum a quoted chair chairs: its lead names that
/// body ("... presented at the Wreake Area Committee on Tuesday", "the sessions were organised by the DEA Forums"), so
/// the chair speaks "in that capacity" however the release is otherwise classed. The body is known by its own words:
/// every word of its name before the body's noun must be in the lead, and the last of them just before that noun, so
/// "the Hollin Area Committee" does not match a lead about "the Easterby Area Committee".
/// </summary>
internal static class CommitteeInLead
{
    // A chair's body as a release names it runs to a dozen words at most; anything longer was not read as a name.
    private const int MaxNameWords = 12;

    // A lead is a headline and two paragraphs, a few hundred words; one far longer is read this far, so a release of
    // many chairs under a vast first paragraph costs each of them no more.
    private const int MaxLead = 4000;

    private static readonly FrozenSet<string> BodyNouns = new[]
    {
        "committee", "sub-committee", "subcommittee", "board", "forum", "panel", "commission", "group",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Words a body's name shares with any other: they say nothing of which body it is.
    private static readonly FrozenSet<string> Filler = new[]
    {
        "the", "of", "and", "for", "on", "council", "councils",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="lead"/> names the body <paramref name="committee"/> (as a role gives it: "the Council’s Wreake Area Committee").</summary>
    public static bool IsNamedIn(string? committee, string lead)
    {
        ArgumentNullException.ThrowIfNull(lead);
        if (string.IsNullOrWhiteSpace(committee) || lead.Length == 0)
        {
            return false;
        }

        var name = Words(committee);
        if (name.Count > MaxNameWords * 2)
        {
            return false;
        }

        var noun = name.FindIndex(BodyNouns.Contains);
        if (noun <= 0 || noun > MaxNameWords)
        {
            return false;
        }

        var distinctive = name.Take(noun).Where(w => !Filler.Contains(w)).ToList();
        if (distinctive.Count == 0)
        {
            return false;
        }

        var leadWords = Words(lead.Length > MaxLead ? lead[..MaxLead] : lead);
        var present = new HashSet<string>(leadWords, StringComparer.Ordinal);
        if (!distinctive.All(present.Contains))
        {
            return false;
        }

        var last = distinctive[^1];
        var bodyNoun = name[noun];
        for (var i = 0; i + 1 < leadWords.Count; i++)
        {
            if (leadWords[i] == last && (leadWords[i + 1] == bodyNoun || leadWords[i + 1] == bodyNoun + "s"))
            {
                return true;
            }
        }

        return false;
    }

    // Lower-cased words: runs of letters and digits, a hyphen kept inside one ("sub-committee"), a possessive's "'s"
    // dropped ("Easterby’s Town Deal Board").
    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] == '-' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))))
            {
                i++;
            }

            words.Add(text[start..i].ToLowerInvariant());
            if (i + 1 < text.Length && text[i] is '\'' or '’' && text[i + 1] is 's' or 'S' && (i + 2 == text.Length || !char.IsLetterOrDigit(text[i + 2])))
            {
                i += 2;
            }
        }

        return words;
    }
}
