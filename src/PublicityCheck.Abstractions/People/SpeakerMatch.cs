using System.Collections.Immutable;

namespace PublicityCheck.People;

/// <summary>What the roster made of a speaker's name.</summary>
/// <param name="Person">The person it names, or null.</param>
/// <param name="Suggestion">When no one matches, the person whose name is nearest (a likely misspelling), or null.</param>
/// <param name="Ambiguous">When the name fits several people equally (a surname two councillors share), those people.</param>
public sealed record SpeakerMatch(Person? Person, Person? Suggestion, ImmutableArray<Person> Ambiguous)
{
    /// <summary>No match and no suggestion.</summary>
    public static SpeakerMatch None { get; } = new(null, null, []);
}
