using PublicityCheck.Documents;

namespace PublicityCheck.Text.Quotations;

/// <summary>
/// Turns attributions into speakers, in reading order: names written out at their fullest, pronouns and
/// unattributed quotations tied to the speaker before them, roles remembered from earlier attributions.
/// </summary>
internal sealed class SpeakerResolver
{
    private readonly ReleaseDocument _document;
    private readonly Dictionary<Attribution, ParsedSubject?> _subjects = [];
    private readonly List<PersonName> _attributed = [];
    private readonly HashSet<string> _searched = new(StringComparer.Ordinal);
    private readonly List<PersonName> _titled = [];
    private readonly List<PersonName> _untitled = [];
    private List<PersonName>? _allTitled;
    private readonly Dictionary<string, (string Role, TextSpan Span)> _roles = new(StringComparer.Ordinal);
    private SpeakerMention? _last;
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

    public SpeakerMention? Resolve(QuotedPassage passage, Attribution? attribution)
    {
        var speaker = Attributed(passage, attribution) ?? Continued(passage);
        _lastPassage = passage;
        if (speaker is not null)
        {
            _last = speaker;
        }

        return speaker;
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

            return new SpeakerMention(fullest.Text, new TextSpan(person.Start, person.Text.Length), fullest.Title, role, roleSpan, AttributionKind.Explicit);
        }

        var other = subject.Other!;
        foreach (var (name, (role, span)) in _roles)
        {
            if (role.StartsWith(other, StringComparison.OrdinalIgnoreCase))
            {
                return new SpeakerMention(name, new TextSpan(subject.OtherStart, other.Length), Fullest(name)?.Title, role, span, AttributionKind.Explicit);
            }
        }

        return new SpeakerMention(other, new TextSpan(subject.OtherStart, other.Length), null, null, null, AttributionKind.Explicit);
    }

    private SpeakerMention? Continued(QuotedPassage passage)
    {
        if (_last is null || _lastPassage is null)
        {
            return null;
        }

        var block = passage.FirstBlock;
        var sameBlock = _lastPassage.LastBlock.Index == block.Index;
        var opensBlock = string.IsNullOrWhiteSpace(_document.Text[block.Span.Start..passage.Span.Start]);
        var previousBlock = opensBlock && _lastPassage.LastBlock.Index == block.Index - 1
            && string.Equals(_lastPassage.LastBlock.Part, block.Part, StringComparison.Ordinal);
        return sameBlock || previousBlock ? _last with { NameSpan = null, How = AttributionKind.Continuation, AttributedBy = AttributedBy.Continuation } : null;
    }

    private SpeakerMention? LastTitledBefore(int offset)
    {
        // A named person who is reported as speaking ("Councillor Quinn said the council would...") is a pronoun's antecedent.
        _allTitled ??= [.. PersonNames.FindTitled(_document.Text), .. _attributed.Where(n => n.Title is not null)];
        var name = _allTitled.Where(n => n.Start < offset && ReportedSpeech(n)).MaxBy(n => n.Start);
        if (name is null)
        {
            return null;
        }

        var fullest = Fullest(name);
        return new SpeakerMention(fullest.Text, new TextSpan(name.Start, name.Text.Length), fullest.Title, null, null, AttributionKind.Pronoun);
    }

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

    // The names in the release that may be this one written out more fully: each shares its surname (or, for a
    // first name alone, has it as a forename), so only the text around that word is searched, once.
    private PersonName Fullest(PersonName name)
    {
        if (_searched.Add(name.Surname))
        {
            var (titled, untitled) = PersonNames.FindAround(_document.Text, name.Surname);
            _titled.AddRange(titled.Where(n => !_titled.Exists(t => t.Start == n.Start)));
            _untitled.AddRange(untitled.Where(n => !_untitled.Exists(u => u.Start == n.Start)));
            _titled.Sort((a, b) => a.Start.CompareTo(b.Start));
            _untitled.Sort((a, b) => a.Start.CompareTo(b.Start));
        }

        return Names.Where(name.CanBe).Append(name).MaxBy(n => n.Fullness)!;
    }

    private PersonName? Fullest(string text) => Names.FirstOrDefault(n => string.Equals(n.Text, text, StringComparison.Ordinal));

    // In the order a whole search would give them: titled, then untitled, then as the attributions name them.
    private IEnumerable<PersonName> Names => _titled.Concat(_untitled).Concat(_attributed);
}
