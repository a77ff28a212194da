using System.Collections.Frozen;
using PublicityCheck.Documents;
using PublicityCheck.Text;

namespace PublicityCheck.Classification;

/// <summary>
/// Finds a party's or a candidate's own voice in a sentence: a first person that has a party or political body of its
/// own ("our party", "my group took over", "our Lib Dem councillors"; <c>lexicons/partisan/party-voice/own-bodies.txt</c>
/// and, after a party's name, <c>heads.txt</c>), a first person whose words depend on their own election ("if we are
/// re-elected", "should I be elected"; <c>elected.txt</c>, or with the subject left out, "if re-elected, I will", "we
/// would deliver if returned in May", when an "I" or a "we" speaks in the sentence), a reader asked to elect the
/// speaker ("if you re-elect me"; <c>asked-votes.txt</c>), or a reader's vote asked for ("lend me your vote", "I hope to
/// earn your support"; <c>asked-for.txt</c>). A council speaks for all its members and stands in no election, so none of these is
/// ever its voice, however plain the rest of the sentence: "our Independent group members are well connected to our
/// communities" reads, word by word, as a council's praise of its members, and only the speaker's own group makes it a
/// party's. The ensemble adds the frame as a feature of its own (<see cref="EnsembleWeights.PartyVoice"/>).
/// <para>
/// What is not read: a council's everyday bodies ("our group of volunteers", "our party in the park";
/// <c>not-after-bodies.txt</c>), its councillors and teams ("our councillors", "our Green Flag team": a party's name
/// must be followed at once by one of <c>heads.txt</c>), a past election ("when I was elected"), and a council's bids
/// ("if we are successful", "if we are chosen").
/// </para>
/// Matching is by the word lists' trees over the sentence's tokens, and each check looks a fixed number of tokens
/// around a match, so it takes time in proportion to the sentence.
/// </summary>
internal static class PartyVoice
{
    // Words between "our" or "my" and a party's name, at most ("our hard-working Lib Dem councillors").
    private const int MostWordsToParty = 2;

    // Words between a first person and the "be" before their election, at most ("if we are lucky enough to be returned").
    private const int MostWordsToElection = 5;

    private static readonly FrozenSet<string> Possessives = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "our", "my");

    private static readonly FrozenSet<string> FirstPersons = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "we", "i");

    private static readonly FrozenSet<string> Conditions = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "if", "should", "once", "unless", "when");

    // The conditions read with the subject left out ("if re-elected", "once elected"): not "when", since "when elected in
    // 2019" is as often a past as a condition.
    private static readonly FrozenSet<string> BareConditions = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "if", "once", "unless");

    // Words after a bare condition's participle that make it a form's or a ballot paper's, not a candidate's ("if returned
    // by post", "if returned after the close of poll", "if returned within 14 days").
    private static readonly FrozenSet<string> NotAfterBareElection = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "by", "after", "before", "within", "late", "later", "unsigned", "incomplete");

    // The forms of "be" and "get" before a present election ("are", "be", "get", "'re", "'m"); "was" and "were" are a past one.
    private static readonly FrozenSet<string> Be = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "am", "are", "be", "get", "re", "m");

    private static readonly FrozenSet<string> Electors = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "you");

    private static readonly FrozenSet<string> Speakers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "me", "us");

    private static readonly Lazy<Lists> Data = new(Lists.Load);

    /// <summary>The span of the first party's or candidate's own voice in <paramref name="sentence"/>, or null.</summary>
    public static TextSpan? Find(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var lists = Data.Value;
        // The sentence is cut into words once, for every list and check below.
        var t = WordTokens.Of(sentence);
        TextSpan? found = null;
        void Keep(TextSpan span)
        {
            if (found is not { } f || span.Start < f.Start)
            {
                found = span;
            }
        }

        foreach (var body in lists.OwnBodies.Matches(sentence, t))
        {
            var possessive = PreviousWord(sentence, t, t.IndexAt(body.Start) - 1);
            if (IsWordIn(sentence, t, possessive, Possessives) && !IsWordIn(sentence, t, NextWord(sentence, t, t.IndexAt(body.End - 1) + 1), lists.NotAfterBodies))
            {
                Keep(TextSpan.FromBounds(t.Items[possessive].Start, body.End));
                break;
            }
        }

        // Heads by where they start, so each party's name looks its head up at once however many a sentence holds.
        var heads = new Dictionary<int, TextSpan>();
        foreach (var h in lists.Heads.Matches(sentence, t))
        {
            heads.TryAdd(h.Start, h);
        }

        if (heads.Count > 0)
        {
            foreach (var party in PartyNames.List.Matches(sentence, t))
            {
                var next = NextWord(sentence, t, t.IndexAt(party.End - 1) + 1);
                if (next < 0 || !heads.TryGetValue(t.Items[next].Start, out var head))
                {
                    continue;
                }

                var k = t.IndexAt(party.Start) - 1;
                for (var words = 0; k >= 0 && words <= MostWordsToParty; k--)
                {
                    if (!t.IsWordAt(sentence, k))
                    {
                        continue;
                    }

                    if (IsWordIn(sentence, t, k, Possessives))
                    {
                        Keep(TextSpan.FromBounds(t.Items[k].Start, head.End));
                        break;
                    }

                    words++;
                }
            }
        }

        // An election after a first person's "be" ("if we are re-elected", "should I be elected"), or with the subject left
        // out ("if re-elected", "we would deliver if returned in May") in a sentence where an "I" or a "we" speaks:
        // "once elected, councillors must sign a declaration" is an elections office's guidance. Whether one speaks is read
        // once a sentence, however many conditions it holds.
        bool? firstPerson = null;
        foreach (var elected in lists.Elected.Matches(sentence, t))
        {
            var before = PreviousWord(sentence, t, t.IndexAt(elected.Start) - 1);
            if (IsWordIn(sentence, t, before, BareConditions))
            {
                if (!IsWordIn(sentence, t, NextWord(sentence, t, t.IndexAt(elected.End - 1) + 1), NotAfterBareElection)
                    && (firstPerson ??= HasFirstPerson(sentence, t)))
                {
                    Keep(TextSpan.FromBounds(t.Items[before].Start, elected.End));
                }

                continue;
            }

            if (!IsWordIn(sentence, t, before, Be))
            {
                continue;
            }

            // Back from the "be" to a first person that opens a condition: "if we", "should I".
            var k = before - 1;
            for (var words = 0; k >= 0 && words <= MostWordsToElection; k--)
            {
                if (!t.IsWordAt(sentence, k))
                {
                    continue;
                }

                if (IsWordIn(sentence, t, k, FirstPersons) && IsWordIn(sentence, t, PreviousWord(sentence, t, k - 1), Conditions))
                {
                    Keep(TextSpan.FromBounds(t.Items[PreviousWord(sentence, t, k - 1)].Start, elected.End));
                    break;
                }

                words++;
            }
        }

        foreach (var asked in lists.AskedFor.Matches(sentence, t))
        {
            Keep(asked);
            break;
        }

        foreach (var asked in lists.AskedVotes.Matches(sentence, t))
        {
            var you = PreviousWord(sentence, t, t.IndexAt(asked.Start) - 1);
            var object_ = NextWord(sentence, t, t.IndexAt(asked.End - 1) + 1);
            if (IsWordIn(sentence, t, you, Electors) && IsWordIn(sentence, t, PreviousWord(sentence, t, you - 1), Conditions) && IsWordIn(sentence, t, object_, Speakers))
            {
                Keep(TextSpan.FromBounds(t.Items[PreviousWord(sentence, t, you - 1)].Start, t.Items[object_].End));
            }
        }

        return found;
    }

    // Whether an "I" or a "we" speaks anywhere in the sentence.
    private static bool HasFirstPerson(string sentence, WordTokens tokens)
    {
        for (var k = 0; k < tokens.Count; k++)
        {
            if (IsWordIn(sentence, tokens, k, FirstPersons))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsWordIn(string sentence, WordTokens tokens, int index, FrozenSet<string> words) =>
        tokens.IsWordAt(sentence, index) && words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(tokens.TextAt(sentence, index));

    // The first word token at or after 'index' (apostrophes and dashes skipped, but not a comma or a full stop, which end the phrase).
    private static int NextWord(string sentence, WordTokens tokens, int index)
    {
        for (var k = index; k < tokens.Count; k++)
        {
            if (tokens.IsWordAt(sentence, k))
            {
                return k;
            }

            if (!IsJoining(sentence[tokens.Items[k].Start]))
            {
                return -1;
            }
        }

        return -1;
    }

    // The nearest word token at or before 'index', over apostrophes and dashes only.
    private static int PreviousWord(string sentence, WordTokens tokens, int index)
    {
        for (var k = index; k >= 0; k--)
        {
            if (tokens.IsWordAt(sentence, k))
            {
                return k;
            }

            if (!IsJoining(sentence[tokens.Items[k].Start]))
            {
                return -1;
            }
        }

        return -1;
    }

    private static bool IsJoining(char c) => c is '\'' or '’' or 'ʼ' or '-' or '‐' or '‑';

    private sealed record Lists(PhraseList OwnBodies, FrozenSet<string> NotAfterBodies, PhraseList Heads, PhraseList Elected, PhraseList AskedVotes, PhraseList AskedFor)
    {
        public static Lists Load()
        {
            const string Folder = "partisan/party-voice/";
            return new Lists(
                PhraseList.FromLexicon(Folder + "own-bodies.txt"),
                PhraseList.FromLexicon(Folder + "not-after-bodies.txt").Phrases.ToFrozenSet(StringComparer.OrdinalIgnoreCase),
                PhraseList.FromLexicon(Folder + "heads.txt"),
                PhraseList.FromLexicon(Folder + "elected.txt"),
                PhraseList.FromLexicon(Folder + "asked-votes.txt"),
                PhraseList.FromLexicon(Folder + "asked-for.txt"));
        }
    }
}
