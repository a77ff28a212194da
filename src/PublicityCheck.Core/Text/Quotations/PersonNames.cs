using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace PublicityCheck.Text.Quotations;

/// <summary>
/// Recognises people's names: an optional title (<c>Councillor</c>, <c>Cllr</c>, <c>County Councillor</c>,
/// <c>CC</c>, <c>Mayor</c>, <c>Dr</c>, <c>Mrs</c>, <c>Professor</c>...), forenames or initials, and a surname.
/// Capitalised words that name bodies, places or posts (<c>Borough Council</c>, <c>Chief Executive</c>) are not names.
/// </summary>
internal static partial class PersonNames
{
    private const string Title =
        @"County\s+Councillor|Borough\s+Councillor|District\s+Councillor|Parish\s+Councillor|Town\s+Councillor|Councillor|Cllr\.?|Coun\.?|CC|" +
        @"Deputy\s+Lord\s+Mayor|Lord\s+Mayor|Lord\s+Provost|Deputy\s+Mayor|Mayor|Provost|Alderman|Alderwoman|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Miss|Mx\.?|Professor|Prof\.?|Sir|Dame|Lord|Lady|Baroness|Baron|" +
        @"[Tt]he\s+Rev(?:erend|d)?\.?|Rev(?:erend|d)?\.?|Canon|Chief\s+Inspector|Inspector|Chief\s+Superintendent|Superintendent|Sergeant|Sgt\.?|PC|Captain|Father";

    private const string Word = @"\p{Lu}[\p{L}'’]*\p{Ll}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*\p{Ll}[\p{L}'’]*)?";

    private const string Initial = @"\p{Lu}\.?";

    // How far after a word a name that holds it can run: three more words and their spaces, generously.
    private const int NameReach = 200;

    private static readonly FrozenSet<string> NotNames = new[]
    {
        "Council", "Councils", "Borough", "County", "District", "Parish", "City", "Town", "Centre", "Society", "Trust", "Club",
        "Group", "Association", "Agency", "Service", "Services", "Police", "School", "College", "University", "Partnership",
        "Board", "Team", "Department", "Cabinet", "Committee", "Panel", "Commission", "Leader", "Deputy", "Member", "Chair",
        "Chairman", "Chairwoman", "Chief", "Executive", "Director", "Manager", "Head", "Officer", "Lead", "Portfolio", "Holder",
        "Secretary", "President", "Founder", "Coordinator", "Co-ordinator", "Spokesperson", "Spokesman", "Spokeswoman",
        "Councillor", "Councillors", "Limited", "Ltd", "Homes", "Housing", "Library", "Park", "Street", "Road", "Lane", "Hall",
        "Church", "Foundation", "Network", "Forum", "Alliance", "Festival", "Museum", "Hospital", "Fire", "Rescue",
        "Authority", "Office", "Unit", "Project", "Scheme", "Programme", "Week", "Day", "Market", "Square", "Bridge",
        "Station", "Mayor", "Speaking", "The", "This", "That", "These", "Our", "We", "It", "He", "She", "They", "His", "Her",
        "In", "On", "At", "And", "But", "For", "With", "Welcoming", "Commenting", "Responding", "According", "Residents",
        "Editor", "Editors", "Notes", "Manager", "Engineer", "Adviser", "Advisor", "Warden", "Volunteer", "Environment",
        "Health", "Planning", "Public", "Community", "Communities", "Business", "Corporate", "Strategic", "Assistant",
        "Senior", "Principal", "Governor", "Headteacher", "Trustee", "Owner", "Partner", "Government", "Minister",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "Butcher", "Baker", "Fishmonger", "Farmer", "Nurse", "Teacher", "Resident", "Pupil", "Student", "Landlord",
        "Shopkeeper", "Trader", "Caretaker", "Curator", "Vicar", "Artist", "Mum", "Dad", "Newly", "Local", "Former",
        "Retired", "Youth", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "Alderman", "Alderwoman", "Cllr", "Coun", "Convener", "Convenor", "Depute", "Vice", "Lieutenant", "Sheriff",
        "Supervisor", "Apprentice", "Ranger", "Technician", "Operative", "Consultant", "Administrator", "Laureate",
        "Champion", "Ambassador", "Steward", "Clerk", "Treasurer", "Solicitor", "Surveyor", "Planner", "Librarian",
        "Archivist", "Keeper", "Gardener",

        // The words of parties' names that are no one's name ("a Liberal Democrat councillors' spokesman", "the Plaid
        // Cymru representative"); "Green" and "Reform" stay out, since a Cllr Ann Green is someone.
        "Liberal", "Democrat", "Democrats", "Conservative", "Conservatives", "Labour", "Tory", "Tories", "Unionist",
        "Unionists", "Nationalist", "Nationalists", "Plaid", "Cymru", "Sinn", "Féin", "Fein", "Independent", "Independents",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Words above that are also common surnames ("Councillor Mark Hall", "Cllr Sunita Baker"): the last word of a titled
    // name with a forename before it is the surname, not a trade or a place, when no capitalised word follows it.
    private static readonly FrozenSet<string> Surnames = new[]
    {
        "Baker", "Butcher", "Farmer", "Hall", "Lane", "Day", "Park", "Church", "Street", "Bridge", "Head", "Nurse",
        "Warden", "Mayor", "May", "March",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> PostModifiers = new[]
    {
        "Youth", "Junior", "Young", "Children's", "Childrens", "Student", "Shadow", "Honorary", "Acting", "Interim",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Every titled name in <paramref name="text"/> (<c>Cllr Smith</c>, <c>Dr Amir Patel</c>).</summary>
    public static IEnumerable<PersonName> FindTitled(string text) =>
        Names(TitledName(), text, 0, text.Length, AcceptTitled).Select(found => found.Name);

    /// <summary>Every untitled name of two or more words in <paramref name="text"/> (<c>Doreen Pascoe</c>), as fuller forms of names written shorter elsewhere.</summary>
    public static IEnumerable<PersonName> FindUntitled(string text) =>
        Names(NameAnywhere(), text, 0, text.Length, AcceptUntitled).Select(found => found.Name);

    /// <summary>
    /// The titled and the untitled names of <see cref="FindTitled"/> and <see cref="FindUntitled"/> that have
    /// <paramref name="word"/> as a word: the fuller forms a speaker's name may have. Only the stretch of
    /// capitalised words around each place the word occurs is searched, and from where a search of the whole text
    /// would pass, so the names are the ones a whole search finds there.
    /// </summary>
    public static (List<PersonName> Titled, List<PersonName> Untitled) FindAround(string text, string word)
    {
        var titledNames = new List<PersonName>();
        var untitledNames = new List<PersonName>();
        var titled = new HashSet<int>();
        var untitled = new HashSet<int>();
        if (word.Length > 0)
        {
            for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
            {
                var end = at + word.Length;
                if ((at > 0 && char.IsLetter(text[at - 1])) || (end < text.Length && char.IsLetter(text[end])))
                {
                    continue;
                }

                // A name holding the word ends within a few words after it, so the search stops there: a release with
                // no name near the word is not read to its end for each place the word occurs.
                var from = RunStart(text, at);
                var length = Math.Min(text.Length, end + NameReach) - from;
                foreach (var (match, name) in Names(TitledName(), text, from, length, AcceptTitled).TakeWhile(found => found.Match.Index <= at))
                {
                    if (match.Index + match.Length >= end && titled.Add(match.Index))
                    {
                        titledNames.Add(name);
                    }
                }

                foreach (var (match, name) in Names(NameAnywhere(), text, from, length, AcceptUntitled).TakeWhile(found => found.Match.Index <= at))
                {
                    if (match.Index + match.Length >= end && untitled.Add(match.Index))
                    {
                        untitledNames.Add(name);
                    }
                }
            }
        }

        titledNames.Sort((a, b) => a.Start.CompareTo(b.Start));
        untitledNames.Sort((a, b) => a.Start.CompareTo(b.Start));
        return (titledNames, untitledNames);
    }

    // Where a search of the whole text would be, with no name begun, before the word at 'at': the start of the run
    // of words that may be part of a name (capitalised, or "the" of "the Reverend") running up to it. A word that
    // ends in other punctuation, or does not start with a capital, can only end or start a name, so the run stops
    // there; a very long run (a title in capitals) is cut short.
    private static int RunStart(string text, int at)
    {
        var start = at;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
        {
            start--;
        }

        if (!char.IsUpper(text[start]))
        {
            return start;
        }

        for (var words = 0; words < 64; words++)
        {
            var end = start;
            while (end > 0 && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            if (end == start || end == 0)
            {
                return start;
            }

            var begin = end;
            while (begin > 0 && !char.IsWhiteSpace(text[begin - 1]))
            {
                begin--;
            }

            var word = text.AsSpan(begin, end - begin);
            var isThe = word is "the" or "The";
            if (!isThe && !HasCapital(word))
            {
                return start;
            }

            start = begin;
            if (!isThe && (!char.IsUpper(word[0]) || !(char.IsLetter(word[^1]) || word[^1] is '.' or '\'' or '’')))
            {
                return start;
            }
        }

        return start;
    }

    private static bool HasCapital(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The best name in a phrase of an attribution: the whole phrase when it is a name, otherwise the longest run of
    /// words that is one, titled names first; null when there is none.
    /// </summary>
    public static PersonName? FindIn(string phrase)
    {
        var whole = WholeName().Match(phrase);
        if (whole.Success && Accept(whole, phrase) is { } name)
        {
            return name;
        }

        PersonName? best = null;

        // A match that is no name may hold one after a post ("the Mayor Alderman Ann Lee"): it is searched inside.
        foreach (var (match, found) in Names(NameAnywhere(), phrase, 0, phrase.Length, static (m, t) => new Retry(Accept(m, t), TryInside: true)))
        {
            var before = phrase[..match.Index].TrimEnd();
            PersonName? candidate;
            if (before.EndsWith(" of", StringComparison.Ordinal) || before.EndsWith(" for", StringComparison.Ordinal)
                || before.EndsWith(" at", StringComparison.Ordinal) || before.EndsWith(" in", StringComparison.Ordinal)
                || before.EndsWith(" from", StringComparison.Ordinal) || before.EndsWith(" to", StringComparison.Ordinal))
            {
                // A place or a portfolio, unless a titled name follows it without a comma ("Portfolio Holder for
                // Finance Cllr Pat Kerry"): then the name is the title and what follows it. A titled name straight
                // after the word is a person's ("a message from Cllr Ann Lee"): no place has a title.
                var titled = TitledName().Match(phrase, match.Index, match.Length);
                candidate = match.Groups["title"].Success && found.Title is not null ? found
                    : titled.Success && titled.Index > match.Index ? Accept(titled, phrase) : null;
            }
            else
            {
                candidate = found;
            }

            if (candidate is not null && (best is null || Score(candidate) > Score(best)))
            {
                best = candidate;
            }
        }

        return best;
    }

    /// <summary>The name that starts exactly at <paramref name="index"/> of <paramref name="text"/>, or null; only a short stretch is read.</summary>
    public static PersonName? StartingAt(string text, int index)
    {
        if (index < 0 || index >= text.Length)
        {
            return null;
        }

        var match = NameAnywhere().Match(text, index, Math.Min(120, text.Length - index));
        return match.Success && match.Index == index ? Accept(match, text) : null;
    }

    private static int Score(PersonName name) => (name.Title is null ? 0 : 10000) + name.Fullness;

    /// <summary>
    /// The names <paramref name="regex"/> finds in <paramref name="text"/> from <paramref name="from"/> for
    /// <paramref name="length"/> characters, as <paramref name="accept"/> takes them. A match it rejects may hold a
    /// name further in, after capitalised words that are a post or a body ("Lord Mayor Councillor Duffy", "Swansea
    /// Council Leader Rob Stewart"): the search goes on from the match's second word, not its end, so each word is
    /// tried as a start at most once (a match is four words or five at most).
    /// </summary>
    private static IEnumerable<(Match Match, PersonName Name)> Names(Regex regex, string text, int from, int length, Func<Match, string, Retry> accept)
    {
        var end = from + length;
        var at = from;
        while (at < end)
        {
            var match = regex.Match(text, at, end - at);
            if (!match.Success)
            {
                yield break;
            }

            var verdict = accept(match, text);
            if (verdict.Name is { } name)
            {
                yield return (match, name);
            }

            at = verdict.Name is null && verdict.TryInside ? SecondWord(text, match) : match.Index + match.Length;
        }
    }

    // Where the word after a match's first begins, or the match's end when it has one word.
    private static int SecondWord(string text, Match match)
    {
        var end = match.Index + match.Length;
        var i = match.Index;
        while (i < end && !char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        while (i < end && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i < end ? i : end;
    }

    private static Retry AcceptTitled(Match match, string text) => new(Accept(match, text), TryInside: true);

    // A titled match is a titled name's, never searched inside for an untitled one ("Councillor Jane Smith" holds no
    // untitled "Jane Smith").
    private static Retry AcceptUntitled(Match match, string text) =>
        match.Groups["title"].Success ? new(null, TryInside: false)
        : Accept(match, text) is { Title: null, Given.Length: > 0 } name ? new(name, TryInside: false)
        : new(null, TryInside: true);

    private readonly record struct Retry(PersonName? Name, bool TryInside);

    private static PersonName? Accept(Match match, string input)
    {
        var name = Build(match, input, IsPostBeforeTitle(match, input));
        return name is not null && (name.Title is not null || name.Given.Length > 0) ? name : null;
    }

    // "Youth Mayor Chloe Ramsbottom": the word before "Mayor" makes it a post, not the person's title.
    private static bool IsPostBeforeTitle(Match match, string input)
    {
        if (!match.Groups["title"].Success)
        {
            return false;
        }

        // Only the word before is read (not a copy of all the text before it, for every name in a long release).
        var before = input.AsSpan(0, match.Groups["title"].Index).TrimEnd();
        var cut = before.Length;
        while (cut > 0 && !char.IsWhiteSpace(before[cut - 1]))
        {
            cut--;
        }

        return PostModifiers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(before[cut..]);
    }

    private static PersonName? Build(Match match, string input, bool titleIsPost)
    {
        var title = match.Groups["title"].Success && !titleIsPost ? Regex.Replace(match.Groups["title"].Value, @"\s+", " ") : null;
        var words = match.Groups["given"].Captures.Select(c => (c.Value, c.Index)).ToList();
        words.Add((match.Groups["surname"].Value, match.Groups["surname"].Index));

        // "Councillor Jane Smith Leader": a trailing post is not the surname; "Councillor Jane Hall" is a surname.
        var surnameKept = title is not null && words.Count >= 2 && Surnames.Contains(words[^1].Value) && !NotNames.Contains(words[^2].Value)
            && !NextIsCapitalised(input, match.Index + match.Length);
        while (!surnameKept && words.Count > 0 && NotNames.Contains(words[^1].Value))
        {
            words.RemoveAt(words.Count - 1);
        }

        // "Youth Mayor Chloe Ramsbottom", "Butcher Geoff Ainsworth": a post or trade before the name is not part of it.
        var lastNotName = words.FindLastIndex(w => NotNames.Contains(w.Value));
        if (title is null && lastNotName >= 0)
        {
            words.RemoveRange(0, lastNotName + 1);
        }

        // "Cabinet Member for Parks Ann Lee": after a post's "for" or "of", the first of three untitled words that end a
        // run of capitalised words is the portfolio's, not a forename.
        if (title is null && words.Count >= 3 && !NextIsCapitalised(input, match.Index + match.Length) && FollowsPostPreposition(input, words[0].Index))
        {
            words.RemoveRange(0, words.Count - 2);
        }

        if (words.Count == 0 || words.SkipLast(surnameKept ? 1 : 0).Any(w => NotNames.Contains(w.Value)) || words[^1].Value.Length < 2 || !char.IsLower(words[^1].Value[^1]))
        {
            return null;
        }

        var start = title is not null ? match.Groups["title"].Index : words[0].Index;
        var end = words[^1].Index + words[^1].Value.Length;
        var text = match.Value.Substring(start - match.Index, end - start);
        return new PersonName(Regex.Replace(text, @"\s+", " "), start, title, [.. words.SkipLast(1).Select(w => w.Value)], words[^1].Value);
    }

    // Whether the two words before 'start' are a post and "for" or "of" ("Member for", "Chair of"); only those words are read.
    private static bool FollowsPostPreposition(string input, int start)
    {
        var before = input.AsSpan(0, start).TrimEnd();
        var preposition = LastWord(before);
        if (!preposition.SequenceEqual("for") && !preposition.SequenceEqual("of"))
        {
            return false;
        }

        var post = LastWord(before[..^preposition.Length].TrimEnd());
        return post.Length > 0 && NotNames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(post);
    }

    private static ReadOnlySpan<char> LastWord(ReadOnlySpan<char> text)
    {
        var cut = text.Length;
        while (cut > 0 && !char.IsWhiteSpace(text[cut - 1]))
        {
            cut--;
        }

        return text[cut..];
    }

    // Whether the next word after a match is capitalised ("Councillor Ann Hall Lane" is not "Councillor Ann Hall").
    private static bool NextIsCapitalised(string input, int end)
    {
        var i = end;
        while (i < input.Length && i < end + 3 && input[i] is ' ' or '\u00A0')
        {
            i++;
        }

        return i > end && i < input.Length && char.IsUpper(input[i]);
    }

    [GeneratedRegex(@"^\s*(?:(?<title>" + Title + @")\s+)?(?:(?<given>" + Initial + "|" + Word + @")\s+){0,3}(?<surname>(?:(?:de|van|von|der|da|di|le|la|al)\s+)?" + Word + @")\s*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex WholeName();

    [GeneratedRegex(@"(?<![\p{L}])(?:(?<title>" + Title + @")\s+)?(?:(?<given>" + Initial + "|" + Word + @")\s+){0,3}(?<surname>" + Word + @")(?![\p{L}])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NameAnywhere();

    [GeneratedRegex(@"(?<![\p{L}])(?<title>" + Title + @")\s+(?:(?<given>" + Initial + "|" + Word + @")\s+){0,3}(?<surname>" + Word + @")(?![\p{L}])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TitledName();
}
