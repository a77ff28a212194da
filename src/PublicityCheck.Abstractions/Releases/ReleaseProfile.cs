using System.Collections.Immutable;

namespace PublicityCheck.Releases;

/// <summary>
/// What a release is about: its kind (general, scrutiny, committee, emergency, statutory notice, civic), its topics, and the
/// wards it names. Worked out once, when the model is built, and read by every rule from the
/// <see cref="ReleaseModel"/>.
/// </summary>
public sealed record ReleaseProfile
{
    /// <summary>The kind of release.</summary>
    public required ReleaseKind Kind { get; init; }

    /// <summary>Whether the author stated the kind (<c>category</c>) rather than it being read from the text.</summary>
    public bool KindStated { get; init; }

    /// <summary>The release's topics, most mentioned first.</summary>
    public ImmutableArray<string> Topics { get; init; } = [];

    /// <summary>Every ward or division the release names, from the roster's wards.</summary>
    public ImmutableArray<string> Wards { get; init; } = [];

    /// <summary>The wards the release is about: named in its title or opening paragraphs.</summary>
    public ImmutableArray<string> LeadWards { get; init; } = [];

    /// <summary>
    /// The release's lead (<see cref="ReleaseLead"/>: title, first heading, two paragraphs), one block a line, with the
    /// roles its speakers are given blanked out: what the release says it is about, not who says so.
    /// </summary>
    public string Lead { get; init; } = string.Empty;
}
