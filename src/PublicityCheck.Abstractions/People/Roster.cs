using System.Collections.Immutable;

namespace PublicityCheck.People;

/// <summary>
/// The people a council's releases quote, from <c>people</c> in <c>publicitycheck.json</c> and the <c>roster</c>
/// CSV. Resolves a speaker's name as a release writes it (<c>Councillor Jane Smith</c>, <c>Cllr Smith</c>,
/// <c>Cllr J. Smith</c>, an alias) to a person, and suggests the nearest name for a likely misspelling.
/// </summary>
public sealed class Roster
{
    private readonly ImmutableArray<(Person Person, IReadOnlyList<string> Words)> _names;
    private readonly Dictionary<string, Person> _byId;

    /// <summary>Creates a roster.</summary>
    public Roster(IEnumerable<Person> people)
    {
        ArgumentNullException.ThrowIfNull(people);
        People = [.. people];
        _names = [.. People.SelectMany(p => p.Aliases.Prepend(p.Name).Select(n => (p, PersonName.Words(n)))).Where(n => n.Item2.Count > 0)];
        _byId = new Dictionary<string, Person>(People.Length, StringComparer.OrdinalIgnoreCase);
        foreach (var person in People)
        {
            _byId.TryAdd(person.Id, person);
        }
    }

    /// <summary>A roster with no one in it.</summary>
    public static Roster Empty { get; } = new([]);

    /// <summary>Everyone in the roster.</summary>
    public ImmutableArray<Person> People { get; }

    /// <summary>Whether the roster lists no one.</summary>
    public bool IsEmpty => People.IsEmpty;

    /// <summary>The person with id <paramref name="id"/>, or null.</summary>
    public Person? FindById(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _byId.GetValueOrDefault(id);
    }

    /// <summary>Resolves <paramref name="mention"/>, a name as written in a release, title and all.</summary>
    public SpeakerMatch Resolve(string mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        var words = PersonName.Words(mention);
        if (words.Count == 0 || _names.IsEmpty)
        {
            return SpeakerMatch.None;
        }

        var councillorTitle = IsCouncillorTitle(mention);
        foreach (var rule in new Func<IReadOnlyList<string>, IReadOnlyList<string>, bool>[] { SameWords, FirstAndLast, InitialAndSurname, SurnameOnly })
        {
            var found = _names.Where(n => rule(words, n.Words)).Select(n => n.Person).Distinct().ToList();
            if (found.Count > 1 && councillorTitle && found.Any(p => p.Kind == PersonKind.Member))
            {
                found = [.. found.Where(p => p.Kind == PersonKind.Member)];
            }

            if (found.Count == 1)
            {
                return new SpeakerMatch(found[0], null, []);
            }

            if (found.Count > 1)
            {
                return new SpeakerMatch(null, null, [.. found]);
            }
        }

        return new SpeakerMatch(null, Nearest(words), []);
    }

    private static bool SameWords(IReadOnlyList<string> mention, IReadOnlyList<string> name) => mention.SequenceEqual(name);

    private static bool FirstAndLast(IReadOnlyList<string> mention, IReadOnlyList<string> name) =>
        mention.Count >= 2 && name.Count >= 2 && mention[0] == name[0] && mention[^1] == name[^1];

    private static bool InitialAndSurname(IReadOnlyList<string> mention, IReadOnlyList<string> name) =>
        mention.Count >= 2 && name.Count >= 2 && mention[^1] == name[^1]
        && mention.Take(mention.Count - 1).All(w => w.Length == 1) && name[0].StartsWith(mention[0], StringComparison.Ordinal);

    private static bool SurnameOnly(IReadOnlyList<string> mention, IReadOnlyList<string> name) =>
        mention.Count == 1 && name.Count >= 1 && mention[0] == name[^1];

    private Person? Nearest(IReadOnlyList<string> words)
    {
        var key = string.Join(' ', words);
        var best = _names
            .Select(n => (n.Person, Distance: words.Count == 1
                ? PersonName.Distance(key, n.Words[^1])
                : PersonName.Distance(key, string.Join(' ', n.Words))))
            .OrderBy(c => c.Distance)
            .FirstOrDefault();
        var allowed = Math.Max(1, Math.Min(3, key.Length / 4));
        return best.Person is not null && best.Distance <= allowed ? best.Person : null;
    }

    private static bool IsCouncillorTitle(string mention)
    {
        var lower = mention.TrimStart().ToLowerInvariant();
        return lower.StartsWith("cllr", StringComparison.Ordinal) || lower.StartsWith("councillor", StringComparison.Ordinal)
            || lower.StartsWith("county councillor", StringComparison.Ordinal) || lower.StartsWith("cc ", StringComparison.Ordinal)
            || lower.StartsWith("coun", StringComparison.Ordinal);
    }
}
