using System.Collections.Immutable;
using PublicityCheck.People;
using PublicityCheck.Releases;

namespace PublicityCheck.Policies;

/// <summary>
/// A council's protocol on press releases as data (<c>lexicons/policies/*.json</c>): which roles may be quoted in
/// which kind of release, and which of the other checks apply.
/// </summary>
public sealed record PolicyPack
{
    /// <summary>The pack's short name (<c>borough</c>, <c>county</c>).</summary>
    public required string Name { get; init; }

    /// <summary>Its title.</summary>
    public string Title { get; init; } = string.Empty;

    /// <summary>The protocol and paragraphs it encodes.</summary>
    public string Source { get; init; } = string.Empty;

    /// <summary>The roles that may be quoted, by kind of release. A kind not listed allows the roles of <see cref="ReleaseKind.General"/>.</summary>
    public ImmutableDictionary<ReleaseKind, ImmutableArray<RoleKind>> Quotable { get; init; } = ImmutableDictionary<ReleaseKind, ImmutableArray<RoleKind>>.Empty;

    /// <summary>A Cabinet Member may be quoted only on their own portfolio (the "relevant" Lead Member).</summary>
    public bool CabinetMemberMustBeRelevant { get; init; }

    /// <summary>Chairs speak only in their capacity as chair ("in that capacity only").</summary>
    public bool ChairsInCapacityOnly { get; init; }

    /// <summary>Speakers from outside the council (partners, residents) may be quoted.</summary>
    public bool ExternalSpeakersAllowed { get; init; } = true;

    /// <summary>The local member of a ward the release is about may be quoted on it.</summary>
    public bool LocalMembersMayBeQuoted { get; init; }

    /// <summary>A release about a particular ward must quote its local member or record that they were invited.</summary>
    public bool LocalMemberMustBeInvited { get; init; }

    /// <summary>Quotations must be politically balanced.</summary>
    public bool BalanceRequired { get; init; }

    /// <summary>The roles that may be quoted in a release of kind <paramref name="kind"/>.</summary>
    public ImmutableArray<RoleKind> QuotableIn(ReleaseKind kind) =>
        Quotable.TryGetValue(kind, out var roles) ? roles
        : Quotable.TryGetValue(ReleaseKind.General, out var general) ? general
        : [];
}
