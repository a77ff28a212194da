using System.Text.RegularExpressions;
using PublicityCheck.Documents;
using PublicityCheck.People;

namespace PublicityCheck.Text.Quotations;

/// <summary>
/// Turns attributions into speakers, in reading order: names written out at their fullest, pronouns and
/// unattributed quotations tied to the speaker before them, roles remembered from earlier attributions. Across the
/// release: a pronoun refers to the person last named as speaking or as a sentence's subject; a first name or
/// surname alone (<c>Laura said</c>) to the fullest name that has it; a title (<c>said the Lord Mayor</c>) to the
/// holder the release names beside it; a quotation with no attribution that opens a paragraph to the person the
/// paragraph before is about, or to the names signed under it (every signatory of a joint statement).
/// </summary>
internal sealed partial class SpeakerResolver
{
    private readonly ReleaseDocument _document;
    private readonly Dictionary<Attribution, ParsedSubject?> _subjects = [];
    private readonly List<PersonName> _attributed = [];
    private readonly HashSet<string> _searched = new(StringComparer.Ordinal);
    private readonly List<PersonName> _titled = [];
    private readonly HashSet<int> _titledAt = [];
    private readonly HashSet<int> _untitledAt = [];
    private readonly Dictionary<string, PersonName> _fullest = new(StringComparer.Ordinal);
    private List<PersonName>? _everyName;
    private readonly List<PersonName> _untitled = [];
    private List<PersonName>? _allTitled;
    private readonly Dictionary<string, (string Role, TextSpan Span)> _roles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Role, TextSpan Span)?> _rolesBeside = new(StringComparer.Ordinal);
    private const int SubjectWindow = 1000;

    // The most names at the start of a sentence tried as its subject.
    private const int MaxSubjectCandidates = 3;
    private const int MaxSignOffWords = 16;
    private const int MaxCapacityLeadIn = 200;
    private const int MaxAntecedents = 32;
    private const int MaxTitleSearches = 16;
    private readonly Dictionary<string, PersonName?> _shortNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TitleHolders.Holder?> _holders = new(StringComparer.OrdinalIgnoreCase);
    private SpeakerMention? _last;
    private int _lastNamedAt = -1;
    private QuotedPassage? _lastPassage;

    public SpeakerResolver(ReleaseDocument document, IEnumerable<Attribution?> attributions)
    {
        _document = document;
        foreach (var attribution in attributions)
        {
            if (attribution is not null && Subject(attribution)?.Person is { } person)
            {
                _attributed.Add(person);
            }
        }
    }

    // Every name in the release, found in one pass over it the first time a lookup needs them.
    private List<PersonName> EveryName => _everyName ??= [.. PersonNames.FindTitled(_document.Text), .. PersonNames.FindUntitled(_document.Text)];

    public SpeakerMention? Resolve(QuotedPassage passage, Attribution? attribution)
    {
        var speaker = Attributed(passage, attribution) ?? Continued(passage) ?? Introduced(passage);
        speaker = WithRoleBeside(speaker);
        _lastPassage = passage;
        if (speaker is not null)
        {
            _last = speaker;
            if (speaker.NameSpan is { } named)
            {
                _lastNamedAt = Math.Max(_lastNamedAt, named.Start);
            }
        }

        return speaker;
    }

    /// <summary>
    /// The signatories under a quotation that has no attribution of its own: the paragraph after it is a list of
    /// names, one a line (<c>Cllr Ann Lee - Leader, Hollin Council</c>), with nothing else.
    /// </summary>
    public IReadOnlyList<SpeakerMention> SignedUnder(QuotedPassage passage)
    {
        var last = passage.LastBlock;
        if (last.Index + 1 >= _document.Blocks.Length
            || !_document.Text.AsSpan(passage.Span.End, last.Span.End - passage.Span.End).IsWhiteSpace())
        {
            return [];
        }

        var next = _document.Blocks[last.Index + 1];
        if (!string.Equals(next.Part, last.Part, StringComparison.Ordinal) || next.Text.Length > 1000)
        {
            return [];
        }

        // A paragraph of its own that finishes the sentence the quotation began: "said Councillor Ann Lee."
        if (TrailingAttribution(next) is { } trailing)
        {
            return [WithRoleBeside(trailing with { AttributedBy = AttributedBy.LaterParagraph })!];
        }

        var signed = new List<SpeakerMention>();
        var offset = next.Span.Start;
        foreach (var line in next.Text.Split('\n'))
        {
            if (SpeakerLine(line, offset) is not { } signatory)
            {
                return [];
            }

            signed.Add(signatory with { AttributedBy = AttributedBy.LaterParagraph });
            offset += line.Length + 1;
        }

        if (signed.Count > 1)
        {
            for (var i = 0; i < signed.Count; i++)
            {
                signed[i] = signed[i] with { AttributedBy = AttributedBy.Signatory };
            }
        }

        return signed;
    }

    /// <summary>Records the speaker a later pass gave a quotation, as the antecedent of what follows.</summary>
    public void Assign(SpeakerMention speaker)
    {
        _last = speaker;
        if (speaker.NameSpan is { } named)
        {
            _lastNamedAt = Math.Max(_lastNamedAt, named.Start);
        }
    }

    // A quotation that opens its paragraph, with no attribution, after a paragraph without quotation marks that
    // names its speaker: a line that is only a name and a role ("Cllr Ann Lee, Cabinet Member for Housing"), or a
    // last sentence about a person ("Chief Executive Ann Lee welcomed the decision."). The quotation may follow the
    // capacity its speaker speaks in ("In her capacity as Armed Forces Champion - “...”"), which is then its role.
    private SpeakerMention? Introduced(QuotedPassage passage)
    {
        var block = passage.FirstBlock;
        if (block.Index == 0)
        {
            return null;
        }

        var leadIn = _document.Text.AsSpan(block.Span.Start, passage.Span.Start - block.Span.Start);
        Group? capacity = null;
        if (!leadIn.IsWhiteSpace())
        {
            var match = leadIn.Length <= MaxCapacityLeadIn ? CapacityLeadIn().Match(leadIn.ToString()) : Match.Empty;
            if (!match.Success)
            {
                return ReportedBefore(block.Span.Start, leadIn);
            }

            capacity = match.Groups["role"];
        }

        var previous = _document.Blocks[block.Index - 1];
        if (!string.Equals(previous.Part, block.Part, StringComparison.Ordinal) || previous.Kind == BlockKind.Heading || HasQuoteMark(previous.Text))
        {
            return null;
        }

        var speaker = HeadingLine(previous) ?? TrailingAttribution(previous);
        if (speaker is null && SubjectOfLastSentence(previous.Span.Start, previous.Span.End) is { } subject)
        {
            speaker = subject with { How = AttributionKind.Continuation };
        }

        if (speaker is null)
        {
            return null;
        }

        if (capacity is not null)
        {
            speaker = speaker with { RoleText = capacity.Value, RoleSpan = new TextSpan(block.Span.Start + capacity.Index, capacity.Length) };
        }

        return speaker with { AttributedBy = AttributedBy.PreviousParagraph };
    }

    // A quotation that opens a sentence after one in its own paragraph that reports someone speaking ("Project
    // officer Niamh Doherty explained more about the scheme. “...”"): the subject of that sentence. Only the sentence
    // just before is read, and only when nothing before the quotation in the paragraph is quoted.
    private SpeakerMention? ReportedBefore(int start, ReadOnlySpan<char> leadIn)
    {
        var trimmed = leadIn.TrimEnd();
        if (trimmed.IsEmpty || trimmed[^1] is not ('.' or '!' or '?') || trimmed.Length > SubjectWindow || HasQuoteMark(trimmed))
        {
            return null;
        }

        var text = trimmed.ToString();
        var last = SentenceSplitter.Default.Split(text).LastOrDefault();
        if (last.Length == 0 || !SpeechVerbs.Verb.IsMatch(text.AsSpan(last.Start, last.Length)))
        {
            return null;
        }

        return SubjectOfLastSentence(start + last.Start, start + text.Length) is { } subject
            ? subject with { How = AttributionKind.Continuation, AttributedBy = AttributedBy.PreviousSentence }
            : null;
    }

    // A paragraph of one line that is only a speaker's name and role, set above what the speaker says; its role is
    // remembered for later attributions that give the name alone.
    private SpeakerMention? HeadingLine(Block previous)
    {
        if (previous.Text.Contains('\n', StringComparison.Ordinal) || SpeakerLine(previous.Text, previous.Span.Start) is not { } line
            || (line.RoleText is { } role && !RoleWordsOnly(role)))
        {
            return null;
        }

        if (line is { RoleText: { } stated, RoleSpan: { } span })
        {
            _roles[Fullest(line.Name)?.Text ?? line.Name] = (stated, span);
        }

        return line;
    }

    // A paragraph that is only a speech verb and who spoke, the end of the sentence a quotation before it began
    // ("said Councillor Ann Lee." on a line of its own, as some sites break a quotation from its attribution).
    private static SpeakerMention? TrailingAttribution(Block block)
    {
        if (block.Text.Length > 200 || block.Text.Contains('\n', StringComparison.Ordinal)
            || TrailingSpeechVerb().Match(block.Text) is not { Success: true } verb)
        {
            return null;
        }

        var who = verb.Groups["who"];
        return SpeakerLine(who.Value, block.Span.Start + who.Index);
    }

    // One line that is a name and, after a comma or a dash, a role, no more ("Cllr Ann Lee - Leader, Hollin
    // Council"): not "Cllr Ann Lee, Leader, said:", which introduces what follows and is read as an attribution.
    private static SpeakerMention? SpeakerLine(string line, int offset)
    {
        var end = line.TrimEnd();
        if (end.Length == 0 || end[^1] is ':' or ',' or ';' || end.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxSignOffWords || SpeechVerbs.Verb.IsMatch(line))
        {
            return null;
        }

        var cut = SignOffBreak().Match(line);
        var head = cut.Success ? line[..cut.Index] : line;
        var lead = head.Length - head.TrimStart().Length;
        if (PersonNames.FindIn(head.Trim()) is not { } name || name.Start != 0 || name.Text.Length != head.Trim().Length)
        {
            return null;
        }

        var role = cut.Success ? line[(cut.Index + cut.Length)..].Trim() : null;
        TextSpan? roleSpan = string.IsNullOrEmpty(role) ? null : new TextSpan(offset + line.IndexOf(role, cut.Index, StringComparison.Ordinal), role.Length);
        return new SpeakerMention(name.Text, new TextSpan(offset + lead, name.Text.Length), name.Title, string.IsNullOrEmpty(role) ? null : role, roleSpan, AttributionKind.Explicit);
    }

    private SpeakerMention? Attributed(QuotedPassage passage, Attribution? attribution)
    {
        var subject = attribution is null ? null : Subject(attribution);
        if (subject is null)
        {
            return null;
        }

        if (subject.IsPronoun)
        {
            var reported = LastTitledBefore(passage.Span.Start);
            var previous = reported is not null && (_last?.NameSpan is not { } lastSpan || reported.NameSpan!.Value.Start > lastSpan.Start) ? reported : _last;
            var from = _document.Blocks[Math.Max(0, passage.FirstBlock.Index - 1)].Span.Start;
            if (SubjectOfLastSentence(from, Math.Min(attribution!.Start, passage.Span.Start)) is { } named
                && named.NameSpan!.Value.Start > Math.Max(_lastNamedAt, reported?.NameSpan?.Start ?? -1))
            {
                previous = named;
            }

            previous ??= OnlyPersonBefore(passage.FirstBlock);
            return previous is null ? null : previous with { NameSpan = null, How = AttributionKind.Pronoun, AttributedBy = AttributedBy.Pronoun };
        }

        if (subject.Person is { } person)
        {
            var fullest = Fullest(person);
            TextSpan? roleSpan = subject.Role is null ? null : new TextSpan(subject.RoleStart, subject.Role.Length);
            var role = subject.Role;
            if (role is not null && roleSpan is { } span)
            {
                _roles[fullest.Text] = (role, span);
            }
            else if (_roles.TryGetValue(fullest.Text, out var known))
            {
                (role, roleSpan) = (known.Role, known.Span);
            }

            var by = attribution!.Where != AttributedBy.SameSentence ? attribution.Where
                : fullest.Text.Length <= person.Text.Length || person.Given.Length > 0 || person.Title is not null ? AttributedBy.SameSentence
                : AttributedBy.Surname;
            return new SpeakerMention(fullest.Text, new TextSpan(person.Start, person.Text.Length), fullest.Title, role, roleSpan, AttributionKind.Explicit) { AttributedBy = by };
        }

        var other = subject.Other!;
        var otherSpan = new TextSpan(subject.OtherStart, other.Length);
        foreach (var (name, (role, span)) in _roles)
        {
            if (role.StartsWith(other, StringComparison.OrdinalIgnoreCase))
            {
                return new SpeakerMention(name, otherSpan, Fullest(name)?.Title, role, span, AttributionKind.Explicit) { AttributedBy = AttributedBy.Title };
            }
        }

        if (ShortName(other) is { } shortened)
        {
            // The role an earlier attribution stated for the same person ("Jo Marlow, the council's senior road safety
            // officer, said: ..." and later "Jo said: ..."), as a full name's attribution already finds it.
            var byWord = shortened.Given.Length > 0 && string.Equals(shortened.Given[0], other, StringComparison.Ordinal) ? AttributedBy.FirstName : AttributedBy.Surname;
            var (knownRole, knownSpan) = _roles.TryGetValue(shortened.Text, out var known) ? (known.Role, (TextSpan?)known.Span) : (null, null);
            return new SpeakerMention(shortened.Text, otherSpan, shortened.Title, knownRole, knownSpan, AttributionKind.Explicit) { AttributedBy = byWord };
        }

        if (Spokesperson().IsMatch(other))
        {
            return new SpeakerMention(other, otherSpan, null, other, otherSpan, AttributionKind.Explicit) { AttributedBy = AttributedBy.Spokesperson };
        }

        if (Holder(other, subject.OtherStart) is { } holder)
        {
            var fullest = Fullest(holder.Name);
            return new SpeakerMention(fullest.Text, otherSpan, fullest.Title, holder.Role, holder.RoleSpan, AttributionKind.Explicit) { AttributedBy = AttributedBy.Title };
        }

        // "said the Leader of the Council": a post named for its holder, which is the speaker's role too.
        var post = StatedRoleParser.Parse(other) is { Kind: not RoleKind.Councillor };
        return new SpeakerMention(other, otherSpan, null, post ? other : null, post ? otherSpan : null, AttributionKind.Explicit) { AttributedBy = attribution!.Where };
    }

    // The holder of a title; each title is looked for once, and only so many titles in one release.
    private TitleHolders.Holder? Holder(string title, int at)
    {
        if (!_holders.TryGetValue(title, out var holder))
        {
            if (_holders.Count >= MaxTitleSearches)
            {
                return null;
            }

            holder = TitleHolders.Find(_document.Text, title, at);
            _holders.Add(title, holder);
        }

        return holder;
    }

    // "Laura said", "Patel added": a single word that is the first name or surname of a fuller name in the release.
    private PersonName? ShortName(string word)
    {
        if (word.Length < 2 || word.Length > 40 || !char.IsUpper(word[0]) || !word.All(c => char.IsLetter(c) || c is '-' or '\'' or '’'))
        {
            return null;
        }

        if (!_shortNames.TryGetValue(word, out var name))
        {
            if (_shortNames.Count >= MaxTitleSearches)
            {
                return null;
            }

            name = EveryName
                .Where(n => n.Given.Length > 0 && (string.Equals(n.Given[0], word, StringComparison.Ordinal) || string.Equals(n.Surname, word, StringComparison.Ordinal)))
                .MaxBy(n => n.Fullness);
            _shortNames.Add(word, name);
        }

        return name;
    }

    // A pronoun's antecedent where nobody has yet been named as speaking: the one person the paragraph before
    // names, in whatever clause ("... welcomed by council leader Owen Pryce, who warned ...", then "He said:").
    private SpeakerMention? OnlyPersonBefore(Block block)
    {
        if (block.Index == 0)
        {
            return null;
        }

        var previous = _document.Blocks[block.Index - 1];
        if (!string.Equals(previous.Part, block.Part, StringComparison.Ordinal) || previous.Kind == BlockKind.Heading || previous.Text.Length > SubjectWindow)
        {
            return null;
        }

        var named = EveryName
            .Where(n => n.Start >= previous.Span.Start && n.Start < previous.Span.End && !Institution().IsMatch(n.Text))
            .Take(MaxAntecedents)
            .Select(Fullest)
            .DistinctBy(n => n.Text, StringComparer.Ordinal)
            .Take(2)
            .ToList();
        return named is [var person]
            ? new SpeakerMention(person.Text, null, person.Title, null, null, AttributionKind.Pronoun)
            : null;
    }

    // The person a sentence is about: a name at its start, after nothing but capitalised words (a role: "PSNI Area
    // Commander, Superintendent Jo Magill, heard..."), in the last sentence of [from, to) that has a name there.
    private SpeakerMention? SubjectOfLastSentence(int from, int to)
    {
        // Only the stretch just before is read, so a long paragraph of many quotations is not read again for each.
        from = Math.Max(from, to - SubjectWindow);
        if (to <= from)
        {
            return null;
        }

        var text = _document.Text[from..to];
        foreach (var sentence in SentenceSplitter.Default.Split(text).Reverse())
        {
            var words = text.Substring(sentence.Start, sentence.Length);
            if (HasQuoteMark(words))
            {
                continue;
            }

            // "Laura's mission is ...": a name the release gives in full, as the owner the sentence is about.
            if (Possessive().Match(words) is { Success: true } owner && ShortName(owner.Groups["word"].Value) is { } person)
            {
                var at = owner.Groups["word"];
                return new SpeakerMention(person.Text, new TextSpan(from + sentence.Start + at.Index, at.Length), person.Title, null, null, AttributionKind.Pronoun);
            }

            // The first name that stands as the subject: capitalised words that are a post's, not a person's, may
            // come first ("Rivers Project Officer with the council, Niamh Doherty, explained ...").
            var name = PersonNames.FindTitled(words).Concat(PersonNames.FindUntitled(words))
                .Where(n => !PlaceOf(words.AsSpan(0, n.Start)))
                .OrderBy(n => n.Start)
                .Take(MaxSubjectCandidates)
                .FirstOrDefault(n => !Institution().IsMatch(n.Text) && RoleWordsOnly(words.AsSpan(0, n.Start)) && FollowedByPredicate(words, n.Start + n.Text.Length));
            if (name is null)
            {
                if (RoleAsSubject(words, from + sentence.Start) is { } holder)
                {
                    return holder;
                }

                continue;
            }

            var fullest = Fullest(name);
            return new SpeakerMention(fullest.Text, new TextSpan(from + sentence.Start + name.Start, name.Text.Length), fullest.Title, null, null, AttributionKind.Pronoun);
        }

        return null;
    }

    // A sentence whose subject is a post and nobody's name ("The Leader of the Council has set out plans ...", "The
    // council's Cabinet Member for Highways visited ..."): the holder of the post, named by it, whom a pronoun or a
    // quotation that follows speaks for. The roster, when there is one, says who held it on the publication date.
    private static SpeakerMention? RoleAsSubject(string sentence, int offset)
    {
        var match = PostAsSubject().Match(sentence);
        if (!match.Success)
        {
            return null;
        }

        // The pattern ends the post on a capitalised word, so "The Mayor of the borough ..." gives "Mayor".
        var post = match.Groups["post"];
        var role = post.Value;
        if (StatedRoleParser.Parse(role) is not { Kind: not RoleKind.Councillor })
        {
            return null;
        }

        var span = new TextSpan(offset + post.Index, role.Length);
        return new SpeakerMention(role, span, null, role, span, AttributionKind.Pronoun);
    }

    // Whether the words before a name end in "of" ("the Mayor of Wreake Valley", "Leader of Hollin Council"): the
    // name is a place's, not a person's.
    private static bool PlaceOf(ReadOnlySpan<char> before)
    {
        var trimmed = before.TrimEnd();
        return trimmed.EndsWith(" of", StringComparison.OrdinalIgnoreCase) || trimmed.Equals("of", StringComparison.OrdinalIgnoreCase)
            || trimmed.EndsWith(" of the", StringComparison.OrdinalIgnoreCase);
    }

    // Capitalised words ("PSNI Area Commander,"), or a short phrase set off by a comma ("Mardale's head of
    // planning,"): a role before the name, which is still the sentence's subject.
    private static bool RoleWordsOnly(ReadOnlySpan<char> text)
    {
        var trimmed = text.TrimEnd();
        if (trimmed.Length > 0 && trimmed[^1] == ',' && trimmed.Count(' ') < 8)
        {
            return true;
        }

        foreach (var range in text.Split(' '))
        {
            var word = text[range].Trim(",.;:()");
            if (word.Length > 0 && !char.IsUpper(word[0]) && !char.IsDigit(word[0]) && word is not ("of" or "the" or "and" or "for" or "&"))
            {
                return false;
            }
        }

        return true;
    }

    // A subject is followed by an apposition ("Ann Lee, the head of housing,") or its verb ("Ann Lee opened"), not by
    // more capitalised words ("Easterby Leisure Centre reopens" is a place, not a person) or a dash (a sign-off).
    private static bool FollowedByPredicate(string sentence, int end) =>
        end < sentence.Length && (sentence[end] == ',' || (sentence[end] == ' ' && end + 1 < sentence.Length && char.IsLower(sentence[end + 1])));

    private static bool HasQuoteMark(ReadOnlySpan<char> text) => text.IndexOfAny("\"“”‘") >= 0;

    private SpeakerMention? Continued(QuotedPassage passage)
    {
        if (_last is null || _lastPassage is null)
        {
            return null;
        }

        var block = passage.FirstBlock;
        var sameBlock = _lastPassage.LastBlock.Index == block.Index;
        var opensBlock = _document.Text.AsSpan(block.Span.Start, passage.Span.Start - block.Span.Start).IsWhiteSpace();
        var previousBlock = opensBlock && _lastPassage.LastBlock.Index == block.Index - 1
            && string.Equals(_lastPassage.LastBlock.Part, block.Part, StringComparison.Ordinal);
        return sameBlock || previousBlock ? _last with { NameSpan = null, How = AttributionKind.Continuation, AttributedBy = AttributedBy.Continuation } : null;
    }

    private SpeakerMention? LastTitledBefore(int offset)
    {
        // A named person who is reported as speaking ("Councillor Quinn said the council would...") is a pronoun's antecedent.
        // The names are looked at from the nearest back, and only so many, so a pronoun costs the same however
        // many names come before it.
        if (_allTitled is null)
        {
            _allTitled = [.. PersonNames.FindTitled(_document.Text), .. _attributed.Where(n => n.Title is not null)];
            _allTitled.Sort((a, b) => a.Start.CompareTo(b.Start));
        }

        int low = 0, high = _allTitled.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            (low, high) = _allTitled[middle].Start < offset ? (middle + 1, high) : (low, middle);
        }

        var before = low - 1;
        PersonName? name = null;
        for (var i = before; i >= 0 && i > before - MaxAntecedents; i--)
        {
            if (ReportedSpeech(_allTitled[i]))
            {
                name = _allTitled[i];
                break;
            }
        }

        if (name is null)
        {
            return null;
        }

        var fullest = Fullest(name);
        return new SpeakerMention(fullest.Text, new TextSpan(name.Start, name.Text.Length), fullest.Title, null, null, AttributionKind.Pronoun);
    }

    // "The Leader of the Council has ...", "The council's Cabinet Member for Highways visited ...", "The Mayor of
    // Wreake Valley, who ...": an article, perhaps a council's possessive, then a post in capitals (or the plain words
    // of one), then a verb or a comma.
    [GeneratedRegex(@"^\s*(?:The|the)\s+(?:(?:[Cc]ouncil|[Cc]ounty|[Bb]orough|[Cc]ity|\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})['’]s\s+)?(?<post>(?:(?:\p{Lu}[\p{L}-]*|of|the|for|and|&|leader|deputy|cabinet|member|chair|chairman|chairwoman|chairperson|mayor|provost|portfolio|holder|lead|chief|executive|director|head)\s+){0,9}\p{Lu}[\p{L}-]*)(?=,|\s+\p{Ll})", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PostAsSubject();

    [GeneratedRegex(@"^\s*(?<word>\p{Lu}\p{Ll}[\p{L}-]*)['’]s\s+\p{Ll}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Possessive();

    [GeneratedRegex(@"\b(?:spokes(?:person|man|woman)|press\s+office|representative)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Spokesperson();

    [GeneratedRegex(@"\s+[-–—]\s+|,\s*", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SignOffBreak();

    // The capacity a quotation's speaker speaks in, set before the quotation in its paragraph: "In his capacity as
    // Armed Forces Champion - ", "Speaking in her role as Chair of Licensing:".
    [GeneratedRegex(@"^\s*(?:Speaking\s+)?[Ii]n\s+(?:his|her|their|my)\s+(?:capacity|role)\s+as\s+(?:the\s+)?(?<role>\p{Lu}[^""“”‘’.!?\n]{1,150}?)\s*(?:[-–—:,]\s*)?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CapacityLeadIn();

    [GeneratedRegex(@"^\s*(?:said|says|added|adds|commented|explained|continued|concluded|stated)\s+(?<who>\p{Lu}[^""“”‘’.!?:;]{2,150}?)\s*\.?\s*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TrailingSpeechVerb();

    // A body's name that the name finder can take for a person's ("Welsh Government's"), never a pronoun's antecedent.
    [GeneratedRegex(@"\b(?:Government|Council|Assembly|Parliament|Executive|Department|Office|Authority|Agency|Trust|Board|Service|Police|Commission|Partnership)\b|['’]s$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Institution();

    private bool ReportedSpeech(PersonName name)
    {
        var end = Math.Min(_document.Text.Length, name.Start + name.Text.Length + 40);
        var after = _document.Text[(name.Start + name.Text.Length)..end];
        var verb = SpeechVerbs.Verb.Match(after);
        return verb.Success && after.IndexOfAny(['.', '\n', '"', '“', '‘']) is var stop && (stop < 0 || stop > verb.Index);
    }

    private ParsedSubject? Subject(Attribution attribution)
    {
        if (!_subjects.TryGetValue(attribution, out var subject))
        {
            subject = SubjectParser.Parse(attribution);
            _subjects.Add(attribution, subject);
        }

        return subject;
    }

    private SpeakerMention? WithRoleBeside(SpeakerMention? speaker) =>
        speaker is { RoleText: null, AttributedBy: not AttributedBy.Spokesperson } && RoleBeside(speaker.Name) is var (role, span)
            ? speaker with { RoleText = role, RoleSpan = span }
            : speaker;

    // The role the release writes beside the speaker's name elsewhere, when no attribution has given one: the
    // first mention of the name, in reading order, with a role the rules know beside it. Found once a name.
    private (string Role, TextSpan Span)? RoleBeside(string speaker)
    {
        if (_rolesBeside.TryGetValue(speaker, out var known))
        {
            return known;
        }

        if (_rolesBeside.Count >= MaxAntecedents || (Fullest(speaker) ?? (PersonNames.FindIn(speaker) is { } parsed ? Fullest(parsed) : null)) is not { } person)
        {
            return null;
        }

        // A speaker named by surname alone ("Cllr Stewart") is the person of that surname the release names in full,
        // when it names only one ("council leader Rob Stewart").
        var namesake = EveryName.Where(n => string.Equals(n.Surname, person.Surname, StringComparison.Ordinal)).Take(MaxAntecedents).ToList();
        var onePerson = person.Given.Length == 0 && namesake.Where(n => n.Given.Length > 0).Select(n => n.Given[0]).Distinct(StringComparer.Ordinal).Count() <= 1;
        (string Role, TextSpan Span)? found = null;
        foreach (var mention in namesake
            .Where(n => onePerson || string.Equals(Fullest(n).Text, speaker, StringComparison.Ordinal))
            .OrderBy(n => n.Start))
        {
            if (RolesBeside.Find(_document.Text, mention) is { } role)
            {
                found = role;
                break;
            }
        }

        _rolesBeside[speaker] = found;
        return found;
    }

    // The names in the release that may be this one written out more fully: each shares its surname (or, for a
    // first name alone, has it as a forename), so only the text around that word is searched, once.
    // A name written the same way again gives the same fullest name, so each is worked out once.
    private PersonName Fullest(PersonName name)
    {
        if (_fullest.TryGetValue(name.Text, out var known))
        {
            return known;
        }

        if (_searched.Add(name.Surname))
        {
            var (titled, untitled) = PersonNames.FindAround(_document.Text, name.Surname);
            _titled.AddRange(titled.Where(n => _titledAt.Add(n.Start)));
            _untitled.AddRange(untitled.Where(n => _untitledAt.Add(n.Start)));
            _titled.Sort((a, b) => a.Start.CompareTo(b.Start));
            _untitled.Sort((a, b) => a.Start.CompareTo(b.Start));
        }

        var fullest = Names.Where(name.CanBe).Append(name).MaxBy(n => n.Fullness)!;
        _fullest[name.Text] = fullest;
        return fullest;
    }

    private PersonName? Fullest(string text) => Names.FirstOrDefault(n => string.Equals(n.Text, text, StringComparison.Ordinal));

    // In the order a whole search would give them: titled, then untitled, then as the attributions name them.
    private IEnumerable<PersonName> Names => _titled.Concat(_untitled).Concat(_attributed);
}
