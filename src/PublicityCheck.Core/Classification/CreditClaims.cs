using System.Collections.Frozen;
using PublicityCheck.Documents;
using PublicityCheck.Text;

namespace PublicityCheck.Classification;

/// <summary>
/// Finds the frame of a credit claim in a sentence: a party, a council group or a political body that holds the council
/// ("the coalition", "our administration"; <c>lexicons/partisan/credit-claims/agents.txt</c>) as the subject of a verb of
/// achievement ("has delivered", "secured", "froze", "continued to deliver", "worked hard to secure";
/// <c>achievements.txt</c>; "is delivering", <c>achievements-progressive.txt</c>; "were instrumental in securing",
/// <c>achievements-after-be.txt</c>), a verb of achievement in the passive with such a body as its agent ("a scheme
/// secured by the Greens"), such a body thanked for what was done ("thanks to the Liberal Democrats"), or the
/// circumstance of a claim ("under a Labour administration, the council has delivered ..."); and the claim's future,
/// such a body's pledge ("the Liberal Democrats will prioritise safer roads", <c>pledges.txt</c>). Credit claims are the party-political sentence a
/// council's own text comes closest to: "the coalition has delivered three new play areas" is worded as a
/// council's own news is, with no word of praise or blame, and only who is credited makes it political. The sentence
/// encoder reads the topic of such a sentence better than its agent, so the ensemble adds this frame as a feature of its
/// own (<see cref="EnsembleWeights.CreditClaim"/>).
/// <para>
/// An election's result is not a claim ("the Greens doubled their seats", "one seat was won by the Greens";
/// <c>electoral.txt</c>; but "cut councillors' allowances" is a claim, <c>electoral-not-before.txt</c>), nor is an
/// intention, a hypothesis or a denial ("would deliver", "would have frozen", "have not delivered"; <c>not-after.txt</c>),
/// nor a claim reported as a party's ("the Greens say they have secured"; <c>reporting.txt</c>). A verb whose past is
/// also its present ("cut", "kept") counts only in the perfect. The agent and its verb are at most <see cref="MostWordsBetween"/> words apart, in one clause.
/// </para>
/// Matching is by the word lists' trees over the sentence's tokens, so it takes time in proportion to the sentence.
/// </summary>
internal static class CreditClaims
{
    /// <summary>Words between a claim's agent and its verb, at most ("the Plaid Cymru group on the council have prioritised").</summary>
    public const int MostWordsBetween = 6;

    // Tokens (words and marks) between a claim's agent and its verb, at most: its words, and the commas, apostrophes and
    // dashes among them.
    private const int MostTokensBetween = 3 * MostWordsBetween;

    // Words between a party's name and the noun that ends its body's name, at most (apostrophes count: "Labour's cabinet team").
    private const int MostWordsToHead = 3;

    // Words after a verb (before it, in the passive) read for an election's result: "won the Hollin ward", "doubled their tally of two councillors".
    private const int ElectoralReach = 6;

    private static readonly Lazy<Lists> Data = new(Lists.Load);

    /// <summary>The span of the first credit claim's frame in <paramref name="sentence"/> (its agent to its verb), or null.</summary>
    public static TextSpan? Find(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var lists = Data.Value;
        // The sentence is cut into words once, for every list below.
        var tokens = WordTokens.Of(sentence);
        var verbs = new List<(TextSpan Span, VerbForm Form)>();
        foreach (var verb in lists.Achievements.Matches(sentence, tokens))
        {
            verbs.Add((verb, VerbForm.Past));
        }

        foreach (var verb in lists.Pledges.Matches(sentence, tokens))
        {
            verbs.Add((verb, VerbForm.Past));
        }

        foreach (var verb in lists.AfterHave.Matches(sentence, tokens))
        {
            verbs.Add((verb, VerbForm.PerfectOnly));
        }

        foreach (var verb in lists.Progressive.Matches(sentence, tokens))
        {
            verbs.Add((verb, VerbForm.Progressive));
        }

        foreach (var verb in lists.AfterBe.Matches(sentence, tokens))
        {
            verbs.Add((verb, VerbForm.Progressive));
        }

        // Without a verb of achievement only "thanks to" can credit a party.
        if (verbs.Count == 0 && !sentence.Contains("thanks", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        verbs.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));

        var heads = lists.Heads.Matches(sentence, tokens).ToList();
        var agents = PartyNames.List.Matches(sentence, tokens).Select(party => WithHead(sentence, tokens, party, heads, verbs))
            .Concat(lists.Agents.Matches(sentence, tokens))
            .OrderBy(a => a.Start)
            .ToList();
        if (agents.Count == 0)
        {
            return null;
        }

        var electoral = lists.Electoral.Matches(sentence, tokens).Where(e => !BeforePay(sentence, tokens, e, lists)).Select(e => e.Start).ToHashSet();
        foreach (var agent in agents)
        {
            if (AfterPreposition(sentence, tokens, agent, lists))
            {
                continue;
            }

            // The verbs after the agent, nearest first, while they are in its clause: a few at most, however long the sentence.
            var from = tokens.IndexAt(agent.End, after: true);
            for (var v = FirstStartingAtOrAfter(verbs, agent.End, x => x.Span); v < verbs.Count; v++)
            {
                var (verb, form) = verbs[v];
                var first = tokens.IndexAt(verb.Start);
                if (!WithinClause(sentence, tokens, from, first, lists))
                {
                    break;
                }

                if (IsClaimed(sentence, tokens, first, tokens.IndexAt(verb.End - 1), form, lists, electoral))
                {
                    return TextSpan.FromBounds(agent.Start, verb.End);
                }
            }
        }

        return Passive(sentence, tokens, verbs, agents, lists, electoral) ?? Credited(sentence, tokens, verbs, agents, lists, electoral);
    }

    // A party's name with the noun that ends its body's name, when one follows within MostWordsToHead words in the
    // same clause and before any verb of achievement ("Green" in "the Green-led minority administration" is the administration's).
    private static TextSpan WithHead(string sentence, WordTokens tokens, TextSpan party, List<TextSpan> heads, List<(TextSpan Span, VerbForm Form)> verbs)
    {
        var h = FirstStartingAtOrAfter(heads, party.End);
        if (h == heads.Count)
        {
            return party;
        }

        // Not past the party's own verb: "the Labour administration froze council tax" ends at "administration".
        var head = heads[h];
        var v = FirstStartingAtOrAfter(verbs, party.End, x => x.Span);
        if (v < verbs.Count && verbs[v].Span.Start < head.Start)
        {
            return party;
        }

        var words = 0;
        for (var k = tokens.IndexAt(party.End, after: true); k < tokens.Count && tokens.Items[k].Start < head.Start; k++)
        {
            if ((!tokens.IsWordAt(sentence, k) && !IsApostrophe(sentence[tokens.Items[k].Start])) || ++words > MostWordsToHead)
            {
                return party;
            }
        }

        return TextSpan.FromBounds(party.Start, head.End);
    }

    // The index of the first span starting at or after 'offset' in spans sorted by their starts (their count if none does).
    private static int FirstStartingAtOrAfter(List<TextSpan> spans, int offset) => FirstStartingAtOrAfter(spans, offset, s => s);

    private static int FirstStartingAtOrAfter<T>(List<T> items, int offset, Func<T, TextSpan> span)
    {
        int low = 0, high = items.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (span(items[mid]).Start < offset)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    // Whether the verb from token 'first' to 'last' is a claim of something done: not after a word of intention or
    // denial, in the perfect where its past is its present, and not followed by what an election gives.
    private static bool IsClaimed(string sentence, WordTokens tokens, int first, int last, VerbForm form, Lists lists, HashSet<int> electoral)
    {
        var before = WordsBefore(sentence, tokens, first, 2);
        if (before.Any(w => lists.NotAfter.Contains(w) || w.Equals("t", StringComparison.OrdinalIgnoreCase)))
        {
            // An intention or a denial ("haven't": "t" after an apostrophe).
            return false;
        }

        // The passive's subject is another's ("was delivered"); the progressive needs its "is" ("is delivering").
        if (form == VerbForm.Progressive ? !before.Any(w => Lists.Be.Contains(w)) : before.Any(w => Lists.Be.Contains(w)))
        {
            return false;
        }

        if (form == VerbForm.PerfectOnly && !before.Any(w => Lists.Perfect.Contains(w)))
        {
            return false;
        }

        // "won't": an apostrophe and a "t" straight after the verb.
        if (last + 2 < tokens.Count && !tokens.Items[last + 1].AfterGap && IsApostrophe(sentence[tokens.Items[last + 1].Start])
            && sentence.AsSpan(tokens.Items[last + 2].Start, tokens.Items[last + 2].Length).Equals("t", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var winning = Lists.Winning.Contains(sentence.Substring(tokens.Items[last].Start, tokens.Items[last].Length));
        var words = 0;
        for (var k = last + 1; k < tokens.Count && words < ElectoralReach; k++)
        {
            var token = tokens.Items[k];
            if (!WordTokens.IsWordCharacter(sentence[token.Start]))
            {
                continue;
            }

            // A number straight after a verb of winning is what was won ("won 175", "got 12 of the 20"), but a sum is not
            // ("won £2m"); after another verb it is what was done ("has delivered 40 new homes").
            var isCount = words == 0 && winning && char.IsAsciiDigit(sentence[token.Start]) && !(k > 0 && sentence[tokens.Items[k - 1].Start] is '£' or '$' or '€');
            if (electoral.Contains(token.Start) || isCount)
            {
                return false;
            }

            words++;
        }

        return true;
    }

    // "... secured by the Greens": a verb of achievement, "by", perhaps "the", and an agent; not an election's result
    // ("one seat was won by the Greens") nor an intention ("will be delivered by the coalition").
    private static TextSpan? Passive(string sentence, WordTokens tokens, List<(TextSpan Span, VerbForm Form)> verbs, List<TextSpan> agents, Lists lists, HashSet<int> electoral)
    {
        foreach (var (verb, form) in verbs)
        {
            if (form != VerbForm.Past)
            {
                continue;
            }

            var k = tokens.IndexAt(verb.End - 1) + 1;
            if (!IsWord(sentence, tokens, k, "by"))
            {
                continue;
            }

            k++;
            if (IsWord(sentence, tokens, k, "the"))
            {
                k++;
            }

            var a = k < tokens.Count ? FirstStartingAtOrAfter(agents, tokens.Items[k].Start) : agents.Count;
            if (a == agents.Count || agents[a].Start != tokens.Items[k].Start)
            {
                continue;
            }

            var agent = agents[a];

            var first = tokens.IndexAt(verb.Start);
            var before = WordsBefore(sentence, tokens, first, ElectoralReach);
            if (before.Any(w => lists.NotAfter.Contains(w)) || StartsBefore(sentence, tokens, first, ElectoralReach).Any(electoral.Contains))
            {
                continue;
            }

            return TextSpan.FromBounds(verb.Start, agent.End);
        }

        return null;
    }

    // "thanks to the Greens", "thanks to Plaid Cymru's intervention": the agent credited outright; and "under a Labour
    // administration, the council has delivered ...": the agent as the circumstance of a claim that follows in the
    // sentence. Not what an election gives ("under Labour control") nor a vote of thanks ("a vote of thanks to the
    // Green group's leader").
    private static TextSpan? Credited(string sentence, WordTokens tokens, List<(TextSpan Span, VerbForm Form)> verbs, List<TextSpan> agents, Lists lists, HashSet<int> electoral)
    {
        for (var i = 0; i < agents.Count; i++)
        {
            var agent = agents[i];
            var first = tokens.IndexAt(agent.Start);
            var before = WordsBefore(sentence, tokens, first, 4);
            var at = before.Count > 0 && (Lists.Articles.Contains(before[0]) || Lists.Possessives.Contains(before[0])) ? 1 : 0;
            var thanks = at + 1 < before.Count
                && before[at].Equals("to", StringComparison.OrdinalIgnoreCase)
                && before[at + 1].Equals("thanks", StringComparison.OrdinalIgnoreCase)
                && !(at + 2 < before.Count && before[at + 2].Equals("of", StringComparison.OrdinalIgnoreCase));
            var under = at < before.Count && before[at].Equals("under", StringComparison.OrdinalIgnoreCase);
            if ((!thanks && !under) || ElectoralAfter(sentence, tokens, tokens.IndexAt(agent.End - 1), electoral))
            {
                continue;
            }

            var start = StartOfWordsBefore(sentence, tokens, first, at + (thanks ? 2 : 1));
            if (thanks)
            {
                return TextSpan.FromBounds(start, agent.End);
            }

            // "Under" is a circumstance: a claim only with a verb of achievement after it, claimed, before the next agent
            // (so that each verb is read for one agent at most, however long the sentence).
            var next = i + 1 < agents.Count ? agents[i + 1].Start : sentence.Length;
            for (var v = FirstStartingAtOrAfter(verbs, agent.End, x => x.Span); v < verbs.Count && verbs[v].Span.Start < next; v++)
            {
                var (verb, form) = verbs[v];
                if (IsClaimed(sentence, tokens, tokens.IndexAt(verb.Start), tokens.IndexAt(verb.End - 1), form, lists, electoral))
                {
                    return TextSpan.FromBounds(start, agent.End);
                }
            }
        }

        return null;
    }

    // Whether the word just after an electoral word (past an apostrophe and its "s") makes it what a council pays its
    // members, not what an election gives: "cut councillors' allowances", "reduced councillor allowances".
    private static bool BeforePay(string sentence, WordTokens tokens, TextSpan electoral, Lists lists)
    {
        for (var k = tokens.IndexAt(electoral.End - 1) + 1; k < tokens.Count; k++)
        {
            var token = tokens.Items[k];
            if (IsApostrophe(sentence[token.Start]) || (token.Length == 1 && char.ToLowerInvariant(sentence[token.Start]) == 's' && k > 0 && IsApostrophe(sentence[tokens.Items[k - 1].Start])))
            {
                continue;
            }

            return WordTokens.IsWordCharacter(sentence[token.Start])
                && lists.Pay.GetAlternateLookup<ReadOnlySpan<char>>().Contains(sentence.AsSpan(token.Start, token.Length));
        }

        return false;
    }

    // Whether one of the words just after token 'last' is what an election gives ("under Labour control").
    private static bool ElectoralAfter(string sentence, WordTokens tokens, int last, HashSet<int> electoral)
    {
        var words = 0;
        for (var k = last + 1; k < tokens.Count && words < 2; k++)
        {
            if (tokens.IsWordAt(sentence, k))
            {
                if (electoral.Contains(tokens.Items[k].Start))
                {
                    return true;
                }

                words++;
            }
        }

        return false;
    }

    // The start of the 'count'th word token before token 'index'.
    private static int StartOfWordsBefore(string sentence, WordTokens tokens, int index, int count)
    {
        var start = tokens.Items[index].Start;
        for (var k = index - 1; k >= 0 && count > 0; k--)
        {
            start = tokens.Items[k].Start;
            if (tokens.IsWordAt(sentence, k))
            {
                count--;
            }
        }

        return start;
    }

    // Whether the agent is the object of a preposition ("a surge by the SDLP"), not a subject: the word before it, past
    // an article, is one of prepositions.txt.
    private static bool AfterPreposition(string sentence, WordTokens tokens, TextSpan agent, Lists lists)
    {
        var before = WordsBefore(sentence, tokens, tokens.IndexAt(agent.Start), 2);
        var word = before.Count > 0 && Lists.Articles.Contains(before[0]) ? before.ElementAtOrDefault(1) : before.FirstOrDefault();
        return word is not null && lists.Prepositions.Contains(word);
    }

    // Whether the tokens from 'from' up to 'to' (not included) hold at most MostWordsBetween words, nothing that ends a
    // clause and no word that opens one of its own.
    private static bool WithinClause(string sentence, WordTokens tokens, int from, int to, Lists lists)
    {
        var words = 0;
        if (to - from > MostTokensBetween)
        {
            return false;
        }

        for (var k = from; k < to; k++)
        {
            var c = sentence[tokens.Items[k].Start];
            if (WordTokens.IsWordCharacter(c))
            {
                // "since the district was formed" opens a clause; "since 2018", a date, does not.
                if (++words > MostWordsBetween
                    || (lists.ClauseOpeners.Contains(sentence.Substring(tokens.Items[k].Start, tokens.Items[k].Length))
                        && !(k + 1 < to && char.IsAsciiDigit(sentence[tokens.Items[k + 1].Start]))))
                {
                    return false;
                }
            }
            else if (c is '.' or ';' or ':' or '!' or '?' or '(' or ')' or '“' or '”' or '"')
            {
                return false;
            }
        }

        return true;
    }

    // The words (not punctuation) of up to 'count' tokens before token 'index', nearest first.
    private static List<string> WordsBefore(string sentence, WordTokens tokens, int index, int count)
    {
        var words = new List<string>(count);
        for (var k = index - 1; k >= 0 && words.Count < count; k--)
        {
            var token = tokens.Items[k];
            if (WordTokens.IsWordCharacter(sentence[token.Start]))
            {
                words.Add(sentence.Substring(token.Start, token.Length));
            }
        }

        return words;
    }

    // The starts of up to 'count' word tokens before token 'index'.
    private static IEnumerable<int> StartsBefore(string sentence, WordTokens tokens, int index, int count)
    {
        var found = 0;
        for (var k = index - 1; k >= 0 && found < count; k--)
        {
            if (tokens.IsWordAt(sentence, k))
            {
                found++;
                yield return tokens.Items[k].Start;
            }
        }
    }

    private static bool IsWord(string sentence, WordTokens tokens, int index, string word) =>
        index < tokens.Count && tokens.TextAt(sentence, index).Equals(word, StringComparison.OrdinalIgnoreCase);

    private static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ';

    private sealed record Lists(
        PhraseList Agents,
        PhraseList Heads,
        PhraseList Achievements,
        PhraseList AfterHave,
        PhraseList Progressive,
        PhraseList AfterBe,
        PhraseList Pledges,
        FrozenSet<string> NotAfter,
        PhraseList Electoral,
        FrozenSet<string> Pay,
        FrozenSet<string> ClauseOpeners,
        FrozenSet<string> Prepositions)
    {
        // The forms of "be" that make a verb after them passive.
        public static readonly FrozenSet<string> Be = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "be", "been", "being", "is", "are", "was", "were");

        // The last words of the verbs of achievement that are also a party's verbs of winning ("won", "got", "managed to win", "succeeded in winning").
        public static readonly FrozenSet<string> Winning = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "won", "got", "win", "winning");

        public static readonly FrozenSet<string> Articles = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "the", "a", "an");

        public static readonly FrozenSet<string> Possessives = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "our", "this", "their");

        // The perfect's auxiliaries ("we've": "ve" after an apostrophe).
        public static readonly FrozenSet<string> Perfect = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "has", "have", "had", "having", "ve");

        public static Lists Load()
        {
            const string Folder = "partisan/credit-claims/";
            FrozenSet<string> Words(string file) => PhraseList.FromLexicon(Folder + file).Phrases.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
            return new Lists(
                PhraseList.FromLexicon(Folder + "agents.txt"),
                PhraseList.FromLexicon(Folder + "agent-heads.txt"),
                PhraseList.FromLexicon(Folder + "achievements.txt"),
                PhraseList.FromLexicon(Folder + "achievements-after-have.txt"),
                PhraseList.FromLexicon(Folder + "achievements-progressive.txt"),
                PhraseList.FromLexicon(Folder + "achievements-after-be.txt"),
                PhraseList.FromLexicon(Folder + "pledges.txt"),
                Words("not-after.txt"),
                PhraseList.FromLexicon(Folder + "electoral.txt"),
                Words("electoral-not-before.txt"),
                Words("clause-openers.txt").Union(Words("reporting.txt")).ToFrozenSet(StringComparer.OrdinalIgnoreCase),
                Words("prepositions.txt"));
        }
    }

    // How a verb of achievement is read: its past ("delivered"), a past that is also its present and counts only in the
    // perfect ("has cut"), or its progressive, which counts only after "is" or "are" ("is delivering").
    private enum VerbForm
    {
        Past,
        PerfectOnly,
        Progressive,
    }
}
