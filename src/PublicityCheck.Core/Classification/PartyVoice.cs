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
/// speaker ("if you re-elect me"; <c>asked-votes.txt</c>), a reader's vote asked for ("lend me your vote", "I hope to
/// earn your support"; <c>asked-for.txt</c>), or a first person's own results at the polls ("we held 27 out of 30 seats",
/// "we had taken control of 18 councils"; <c>results-verbs.txt</c> before <c>results-objects.txt</c>; "our vote share",
/// "our best ever local election result"; <c>own-results.txt</c>), or a quotation whose attribution at the head of the
/// sentence names a party as the speaker's role ("The Sinn Féin representative said: “..."). A council speaks for all its members and stands in no election, so none of these is
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

    // Words of a quotation's attribution at the head of a sentence, at most ("Sarah Ashe, the Green Party's candidate for
    // Hollin ward, said:").
    private const int MostAttributionWords = 20;

    // The verbs that introduce a quotation after its attribution ("said:", "added:").
    private static readonly FrozenSet<string> SpeechVerbs = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "said", "says", "added", "adds", "commented", "explained", "stated", "continued", "concluded", "declared", "insisted");

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

    // The words between a first person and a verb of its results ("we have now gained", "we've held"), at most three.
    private static readonly FrozenSet<string> ResultAuxiliaries = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "have", "had", "ve", "d", "now", "still", "also", "just", "again", "already", "successfully", "comfortably", "narrowly");

    // The verbs of results-verbs.txt that also mean holding or taking something else: never before "councillors" ("we held
    // a briefing for councillors", "we took councillors round the site").
    private static readonly FrozenSet<string> HoldingVerbs = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "held", "hold", "holds", "holding", "took", "take", "taken", "taking");

    // The numbers and determiners between a verb of results and what was won ("27 out of 30 seats", "the Hollin ward",
    // "our majority", "two more council seats"), at most five; a capitalised word (a ward's or a party's name) counts as one.
    private static readonly FrozenSet<string> ResultFillers = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "the", "a", "an", "our", "my", "their", "every", "all", "both", "out", "of", "per", "cent", "record", "more", "new", "extra",
        "further", "another", "key", "marginal", "target", "council", "county", "city", "borough", "district", "town", "parish",
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozen", "dozens", "hundreds");

    private const int MostResultFillers = 5;

    // What "control of" must name, in the few words after it, to be control won at the polls ("taken control of 18
    // councils", "took control of Wreake Valley District Council"), not of a budget or a backlog ("we have taken control
    // of our finances").
    private static readonly FrozenSet<string> ControlledBodies = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "council", "councils", "authority", "authorities", "county", "borough", "district", "chamber", "hall");

    private const int ControlledBodyReach = 4;

    // A result made the speaker's own by a superlative after "our": "our best ever local election result".
    private static readonly FrozenSet<string> Superlatives = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "best", "worst", "strongest", "biggest", "highest");

    private static readonly FrozenSet<string> BeforeResult = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "ever", "local", "council", "general", "election", "elections", "by");

    private static readonly FrozenSet<string> Results = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "result", "results");

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

        // A first person's own results at the polls: "we held 27 out of 30 seats", "we had taken control of 18 councils";
        // only a sentence where an "I" or a "we" speaks looks its verbs up.
        foreach (var verb in (firstPerson ??= HasFirstPerson(sentence, t)) ? lists.ResultsVerbs.Matches(sentence, t) : [])
        {
            var v = t.IndexAt(verb.Start);
            if (ResultSubject(sentence, t, v) is { } subject && ResultObject(sentence, t, v, lists.ResultsObjects) is { } won)
            {
                Keep(TextSpan.FromBounds(t.Items[subject].Start, t.Items[won].End));
                break;
            }
        }

        // "Our" before a result: "our vote share", "our best ever local election result"; only a sentence that says "our"
        // looks for one.
        var saysOur = sentence.Contains("our", StringComparison.OrdinalIgnoreCase);
        foreach (var result in saysOur ? lists.OwnResults.Matches(sentence, t) : [])
        {
            var our = PreviousWord(sentence, t, t.IndexAt(result.Start) - 1);
            if (IsOur(sentence, t, our))
            {
                Keep(TextSpan.FromBounds(t.Items[our].Start, result.End));
                break;
            }
        }

        if (saysOur && OurSuperlativeResult(sentence, t) is { } superlative)
        {
            Keep(superlative);
        }

        foreach (var asked in lists.AskedFor.Matches(sentence, t))
        {
            Keep(asked);
            break;
        }

        if (QuotedParty(sentence, t) is { } quoted)
        {
            Keep(quoted);
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

    // A party's spokesperson, representative, candidate or group named in the attribution that opens the sentence, and the
    // quotation straight after its verb of speech ("The Sinn Féin representative said: “...", "Leader of the Plaid Cymru
    // group Colin Mann said: “We want ..."): what follows is the party speaking, and a council quotes its members in their
    // council roles. The attribution is the sentence's head up to the first verb of speech, at most MostAttributionWords
    // words; an opening clause of circumstance is not its speaker's ("Responding to the Labour group's motion, the Leader
    // said:"), so when the head opens with a word ending in "-ing" only what follows its first comma is read.
    private static TextSpan? QuotedParty(string sentence, WordTokens t)
    {
        var verb = -1;
        for (int k = 0, words = 0; k < t.Count && words <= MostAttributionWords; k++)
        {
            if (!t.IsWordAt(sentence, k))
            {
                continue;
            }

            if (IsWordIn(sentence, t, k, SpeechVerbs))
            {
                verb = k;
                break;
            }

            words++;
        }

        if (verb <= 0 || !OpensQuotation(sentence, t.Items[verb].End))
        {
            return null;
        }

        var from = 0;
        if (t.TextAt(sentence, NextWord(sentence, t, 0)).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
        {
            from = sentence.IndexOf(',', 0, t.Items[verb].Start) + 1;
            if (from == 0)
            {
                return null;
            }
        }

        foreach (var party in PartyNames.List.Matches(sentence, t))
        {
            // A party in brackets after a name is a label ("Cllr Ann Hale (Labour) said:"), not the role the speaker speaks in.
            if (party.Start >= from && party.End <= t.Items[verb].Start && !(party.Start > 0 && sentence[party.Start - 1] == '('))
            {
                return TextSpan.FromBounds(party.Start, t.Items[verb].End);
            }
        }

        return null;
    }

    // Whether a quotation mark opens at 'offset', past white space and a colon or a comma ("said: “", "said, \"").
    private static bool OpensQuotation(string sentence, int offset)
    {
        var i = offset;
        while (i < sentence.Length && char.IsWhiteSpace(sentence[i]))
        {
            i++;
        }

        if (i < sentence.Length && sentence[i] is ':' or ',')
        {
            i++;
        }

        while (i < sentence.Length && char.IsWhiteSpace(sentence[i]))
        {
            i++;
        }

        return i < sentence.Length && sentence[i] is '"' or '\u201C' or '\u2018' or '\'';
    }

    // The "we" or "I" before the verb of results at token 'verb', over at most three of ResultAuxiliaries; null when there is none.
    private static int? ResultSubject(string sentence, WordTokens t, int verb)
    {
        var k = PreviousWord(sentence, t, verb - 1);
        for (var words = 0; words < 3 && IsWordIn(sentence, t, k, ResultAuxiliaries); words++)
        {
            k = PreviousWord(sentence, t, k - 1);
        }

        return IsWordIn(sentence, t, k, FirstPersons) ? k : null;
    }

    // The token that ends what the verb at token 'verb' won or held (a word of results-objects.txt, after at most five
    // fillers; "control" with the "of" after it, when a council or an authority follows), or null.
    private static int? ResultObject(string sentence, WordTokens t, int verb, FrozenSet<string> objects)
    {
        var holding = IsWordIn(sentence, t, verb, HoldingVerbs);
        var k = NextWord(sentence, t, verb + 1);
        for (var fillers = 0; k >= 0; k = NextWord(sentence, t, k + 1))
        {
            var word = t.TextAt(sentence, k);
            if (objects.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            {
                if (word.Equals("control", StringComparison.OrdinalIgnoreCase))
                {
                    var of = NextWord(sentence, t, k + 1);
                    if (of < 0 || !t.TextAt(sentence, of).Equals("of", StringComparison.OrdinalIgnoreCase))
                    {
                        return null;
                    }

                    var body = NextWord(sentence, t, of + 1);
                    for (var words = 0; words < ControlledBodyReach && body >= 0; words++, body = NextWord(sentence, t, body + 1))
                    {
                        if (IsWordIn(sentence, t, body, ControlledBodies))
                        {
                            return of;
                        }
                    }

                    return null;
                }

                return holding && word.StartsWith("councillor", StringComparison.OrdinalIgnoreCase) ? null : k;
            }

            if (++fillers > MostResultFillers || !(ResultFillers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) || char.IsAsciiDigit(word[0]) || char.IsUpper(word[0])))
            {
                return null;
            }
        }

        return null;
    }

    // "Our" and a superlative result: "our best ever local election result", "our strongest results"; null when there is none.
    private static TextSpan? OurSuperlativeResult(string sentence, WordTokens t)
    {
        for (var k = 0; k < t.Count; k++)
        {
            if (!IsOur(sentence, t, k))
            {
                continue;
            }

            var next = NextWord(sentence, t, k + 1);
            if (!IsWordIn(sentence, t, next, Superlatives))
            {
                continue;
            }

            var m = NextWord(sentence, t, next + 1);
            for (var words = 0; words < 4 && IsWordIn(sentence, t, m, BeforeResult); words++)
            {
                m = NextWord(sentence, t, m + 1);
            }

            if (IsWordIn(sentence, t, m, Results))
            {
                return TextSpan.FromBounds(t.Items[k].Start, t.Items[m].End);
            }
        }

        return null;
    }

    // Whether token 'index' is the word "our" (its length looked at first: most tokens are passed over without a comparison).
    private static bool IsOur(string sentence, WordTokens t, int index) =>
        index >= 0 && index < t.Count && t.Items[index].Length == 3 && t.TextAt(sentence, index).Equals("our", StringComparison.OrdinalIgnoreCase);

    // Whether an "I" or a "we" speaks anywhere in the sentence.
    private static bool HasFirstPerson(string sentence, WordTokens tokens)
    {
        for (var k = 0; k < tokens.Count; k++)
        {
            // "I" and "we" are one or two letters: longer words are passed over before any lookup.
            if (tokens.Items[k].Length <= 2 && IsWordIn(sentence, tokens, k, FirstPersons))
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

    private sealed record Lists(PhraseList OwnBodies, FrozenSet<string> NotAfterBodies, PhraseList Heads, PhraseList Elected, PhraseList AskedVotes, PhraseList AskedFor, PhraseList ResultsVerbs, FrozenSet<string> ResultsObjects, PhraseList OwnResults)
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
                PhraseList.FromLexicon(Folder + "asked-for.txt"),
                PhraseList.FromLexicon(Folder + "results-verbs.txt"),
                PhraseList.FromLexicon(Folder + "results-objects.txt").Phrases.ToFrozenSet(StringComparer.OrdinalIgnoreCase),
                PhraseList.FromLexicon(Folder + "own-results.txt"));
        }
    }
}
