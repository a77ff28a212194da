using System.Collections.Frozen;
using PublicityCheck.Documents;
using PublicityCheck.Text;

namespace PublicityCheck.Classification;

/// <summary>
/// Finds a reporter's account of one side accusing, criticising or blaming another: a subject that names a side
/// opening the sentence and a verb of accusation straight after it ("Lib Dem councillor Ann Price accused the Labour
/// cabinet of ...", "The opposition Plaid Cymru group has hit out at ..."; <c>lexicons/partisan/reported-accusation/verbs.txt</c>),
/// or the same in the passive ("The SNP has been accused of ...", "The cuts were branded 'unfair' by Labour";
/// <c>passive-verbs.txt</c>). The development set's labelling rule counts a news sentence that only reports that
/// someone accused someone as neutral, even when it quotes the charge's words, and the encoder reads those words as
/// the charge itself; the ensemble weighs the frame against them (<see cref="EnsembleWeights.ReportedAccusation"/>).
/// <para>
/// What is not read: the speaker's own charge ("We accused them of ...", "They claimed ..."), a subject of anything
/// but names, roles and bodies (<c>subject-words.txt</c>: "the cuts to our library ..."), a verb deep in the sentence
/// ("..., and Labour accused ...": the subject must open the sentence, after one short opening clause at most), and
/// a passive charge with no accuser named ("the council was criticised for ..."), and a charge made by the council's own
/// executive ("Council Leader Cllr Ann Hale accused ...", "The ruling group has blamed ...", "... condemned by the cabinet
/// member"; <c>council-voice.txt</c>, unless the side is the opposition's or a government's): in a council's publicity that charge is the
/// council's own voice, not another side's reported.
/// </para>
/// The subject is read back from the verb at most <see cref="MostSubjectWords"/> words, so the frame takes time in
/// proportion to the sentence.
/// </summary>
internal static class ReportedAccusation
{
    // Words a subject may hold, at most ("Cllr Ann Price, the leader of the opposition Plaid Cymru group on the council").
    private const int MostSubjectWords = 16;

    // Tokens (words and marks) read for the other side a charge names: after an active verb ("accused the Conservative
    // opposition of ..."), or before a passive one ("the Conservative group was condemned by ..."). Bounded, so that a long
    // sentence is read in time proportional to it.
    private const int MostSideTokens = 24;

    // Characters before the comma of an opening clause, at most ("In a statement, ...", "But on Tuesday, ...").
    private const int LongestOpening = 25;

    // A first or second person or a pronoun: a speaker's own charge, or a side the sentence does not name.
    private static readonly FrozenSet<string> Pronouns = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "i", "we", "you", "they", "he", "she", "it", "our", "my", "your", "their", "this", "these", "those", "us", "some", "many");

    // The forms of "be" before a passive charge, and the auxiliaries each needs before it ("has been", "is being").
    private static readonly FrozenDictionary<string, FrozenSet<string>?> PassiveBe = new Dictionary<string, FrozenSet<string>?>(StringComparer.OrdinalIgnoreCase)
    {
        ["was"] = null,
        ["were"] = null,
        ["been"] = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "has", "have", "had"),
        ["being"] = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "is", "are"),
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    // Words that put a side's role or body outside the council's executive, whatever else it holds: the opposition, and
    // a government's cabinet ("the opposition's deputy leader", "Cabinet Secretary for Finance", "the shadow cabinet").
    private static readonly PhraseList OtherBodies = new(["opposition", "shadow", "secretary", "minister", "ministers", "government"]);

    // Sides named without a party's name that the council's executive may accuse, as whole words.
    private static readonly PhraseList OtherSides = new(["opposition", "previous administration", "former administration", "last administration"]);

    private static readonly Lazy<Lists> Data = new(Lists.Load);

    /// <summary>The span of the first reporter's account of an accusation in <paramref name="sentence"/>, or null.</summary>
    public static TextSpan? Find(string sentence) => Read(sentence) is { CouncilsOwn: false } frame ? frame.Span : null;

    /// <summary>
    /// How the ensemble reads <paramref name="sentence"/>'s accusation, to multiply by its weight (below zero): 1 for a
    /// reporter's account of one side's charge against another, -1 for a charge the council's own executive makes against
    /// another side (a party named, the opposition or a previous administration), which in a council's publicity is
    /// the council taking a side; 0 for neither.
    /// </summary>
    public static int Reading(string sentence) => Read(sentence) switch
    {
        null => 0,
        { CouncilsOwn: true } => -1,
        _ => 1,
    };

    /// <summary>
    /// The first accusation in <paramref name="sentence"/> with its side named as the frame above reads it, and whether
    /// the council's own executive makes it against another side; null when there is none.
    /// </summary>
    public static (TextSpan Span, bool CouncilsOwn)? Read(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var lists = Data.Value;
        // The sentence is cut into words once, for both lists and every check below.
        var t = WordTokens.Of(sentence);
        foreach (var verb in lists.Verbs.Matches(sentence, t))
        {
            if (SubjectStart(sentence, t, t.IndexAt(verb.Start) - 1, lists.SubjectWords) is { } start)
            {
                // "Come under fire" makes its subject the accused, whoever that is.
                if (!SpeaksForTheCouncil(sentence.AsSpan(start, verb.Start - start), lists.CouncilVoice)
                    || sentence.AsSpan(verb.Start, verb.Length).Contains("under fire", StringComparison.OrdinalIgnoreCase))
                {
                    return (TextSpan.FromBounds(start, verb.End), false);
                }

                if (NamesASide(Near(sentence, t, t.IndexAt(verb.End, after: true), MostSideTokens)))
                {
                    return (TextSpan.FromBounds(start, verb.End), true);
                }
            }
        }

        var lastBy = -2;
        bool? councilAccuser = null;
        foreach (var participle in lists.PassiveVerbs.Matches(sentence, t))
        {
            if (lastBy == -2)
            {
                lastBy = LastBy(sentence, t);
            }

            var verb = t.IndexAt(participle.Start);
            var be = verb - 1;
            if (!t.IsWordAt(sentence, be) || !PassiveBe.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(t.TextAt(sentence, be), out var auxiliaries))
            {
                continue;
            }

            var first = be;
            if (auxiliaries is not null)
            {
                if (!t.IsWordAt(sentence, be - 1) || !auxiliaries.GetAlternateLookup<ReadOnlySpan<char>>().Contains(t.TextAt(sentence, be - 1)))
                {
                    continue;
                }

                first = be - 1;
            }

            if (t.IsWordAt(sentence, first - 1) && Pronouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(t.TextAt(sentence, first - 1)))
            {
                continue;
            }

            var accused = t.TextAt(sentence, verb).Equals("accused", StringComparison.OrdinalIgnoreCase);
            var accuser = lastBy > verb;
            // The accuser after the last "by" is the same for every passive, so it is read once.
            if (accuser && (councilAccuser ??= SpeaksForTheCouncil(Accuser(sentence, t, lastBy), lists.CouncilVoice)))
            {
                var from = Math.Max(0, first - MostSideTokens);
                if (NamesASide(Near(sentence, t, from, first - from)))
                {
                    return (TextSpan.FromBounds(t.Items[first].Start, participle.End), true);
                }

                continue;
            }

            if (accused || accuser)
            {
                return (TextSpan.FromBounds(t.Items[first].Start, participle.End), false);
            }
        }

        return null;
    }

    // Where the subject before the verb at token 'last' + 1 starts, when it opens the sentence (or follows one short
    // opening clause) and holds only names, roles and bodies, with commas around an apposition ("Cllr Ann Price, the
    // Green group's leader, accused"); null otherwise.
    private static int? SubjectStart(string sentence, WordTokens t, int last, FrozenSet<string> subjectWords)
    {
        var words = 0;
        var first = -1;
        var earliestComma = -1;
        for (var k = last; k >= 0; k--)
        {
            var c = sentence[t.Items[k].Start];
            if (WordTokens.IsWordCharacter(c))
            {
                if (++words <= MostSubjectWords && (char.IsUpper(c) || subjectWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(t.TextAt(sentence, k))))
                {
                    first = k;
                    continue;
                }

                // Not a word of a subject: what came before the earliest comma passed is an opening clause, if it is
                // the sentence's first comma and a short one ("In a statement, the Green group condemned").
                if (earliestComma < 0 || t.Items[earliestComma].Start > LongestOpening || HasComma(sentence, t, earliestComma - 1))
                {
                    return null;
                }

                first = earliestComma + 1;
                break;
            }

            if (c is ',')
            {
                earliestComma = k;
                continue;
            }

            if (c is not ('\'' or '’' or '.' or '&'))
            {
                return null;
            }
        }

        if (first < 0 || first > last || !t.IsWordAt(sentence, first) || Pronouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(t.TextAt(sentence, first)))
        {
            return null;
        }

        return t.Items[first].Start;
    }

    // Whether the side named in 'side' holds a role or body of the council's own executive, and is not the opposition.
    private static bool SpeaksForTheCouncil(ReadOnlySpan<char> side, PhraseList councilVoice)
    {
        var text = side.ToString();
        return !OtherBodies.Matches(text).Any() && councilVoice.Matches(text).Any();
    }

    // Whether 'text' names another side for the council's executive to accuse: a party or group by name, the opposition, or
    // a previous administration ("accused the Conservative opposition of ...", "blamed the last administration for ...").
    // A government alone is not a side here: a council may answer a government's decision (PC0204 reads that).
    private static bool NamesASide(ReadOnlySpan<char> text)
    {
        var words = text.ToString();
        return OtherSides.Matches(words).Any() || PartyNames.In(words);
    }

    // The accuser named after the "by" at token 'by': to the end of its phrase (a comma, a semicolon or a dash ends it, and
    // with it any clause about the accuser: "by SNP group leader Scott Farmer, who accused the administration ..."), and
    // at most a subject's length.
    private static ReadOnlySpan<char> Accuser(string sentence, WordTokens t, int by)
    {
        var rest = Near(sentence, t, by, 2 * MostSubjectWords);
        var end = rest.IndexOfAny(",;–—(");
        return end < 0 ? rest : rest[..end];
    }

    // The text of at most 'count' tokens from token 'first' (empty past the sentence's end).
    private static ReadOnlySpan<char> Near(string sentence, WordTokens t, int first, int count)
    {
        if (first < 0 || first >= t.Count || count <= 0)
        {
            return [];
        }

        var last = Math.Min(t.Count - 1, first + count - 1);
        return sentence.AsSpan(t.Items[first].Start, t.Items[last].Start + t.Items[last].Length - t.Items[first].Start);
    }

    private static bool HasComma(string sentence, WordTokens t, int last)
    {
        for (var k = last; k >= 0; k--)
        {
            if (sentence[t.Items[k].Start] is ',')
            {
                return true;
            }
        }

        return false;
    }

    // The index of the sentence's last "by" (the accuser of a passive charge comes after it), or -1.
    private static int LastBy(string sentence, WordTokens t)
    {
        for (var k = t.Count - 1; k >= 0; k--)
        {
            if (t.TextAt(sentence, k).Equals("by", StringComparison.OrdinalIgnoreCase))
            {
                return k;
            }
        }

        return -1;
    }

    private sealed record Lists(PhraseList Verbs, PhraseList PassiveVerbs, FrozenSet<string> SubjectWords, PhraseList CouncilVoice)
    {
        public static Lists Load()
        {
            const string Folder = "partisan/reported-accusation/";
            return new Lists(
                PhraseList.FromLexicon(Folder + "verbs.txt"),
                PhraseList.FromLexicon(Folder + "passive-verbs.txt"),
                PhraseList.FromLexicon(Folder + "subject-words.txt").Phrases.ToFrozenSet(StringComparer.OrdinalIgnoreCase),
                PhraseList.FromLexicon(Folder + "council-voice.txt"));
        }
    }
}
