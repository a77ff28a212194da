using System.Collections.Immutable;
using PublicityCheck.Documents;
using PublicityCheck.Text.Quotations;

namespace PublicityCheck.People;

/// <summary>A quotation with what the roster says of its speaker on the publication date.</summary>
/// <param name="Quotation">The quotation.</param>
/// <param name="Match">What the roster made of the speaker's name (no match when the quotation is unattributed).</param>
/// <param name="Roles">The roles the speaker holds on the publication date; empty when not in the roster.</param>
/// <param name="Stated">The role the release gives the speaker, read as a kind of role, or null.</param>
public sealed record QuotedSpeaker(Quotation Quotation, SpeakerMatch Match, ImmutableArray<Role> Roles, StatedRole? Stated)
{
    /// <summary>The person quoted, or null.</summary>
    public Person? Person => Match.Person;

    /// <summary>Whether the speaker is a councillor: by the roster, or by the title or role the release gives them.</summary>
    public bool IsMember =>
        Person?.Kind == PersonKind.Member
        || (Person is null && Quotation.Speaker is { } mention
            && (IsCouncillorTitle(mention.Title) || Stated?.Kind is RoleKind.Leader or RoleKind.DeputyLeader or RoleKind.CabinetMember or RoleKind.ScrutinyChair or RoleKind.CommitteeChair or RoleKind.Councillor));

    /// <summary>The span findings about the speaker point at: the name as written, else the quotation.</summary>
    public TextSpan Anchor => Quotation.Speaker?.NameSpan ?? Quotation.Span;

    /// <summary>The roles to judge the speaker by: the roster's on the date, or, for someone not in the roster, the role the release states.</summary>
    public ImmutableArray<RoleKind> EffectiveRoles =>
        Person is not null ? [.. Roles.Select(r => r.Kind)]
        : Stated is not null ? [Stated.Kind]
        : [];

    /// <summary>Whether <paramref name="title"/>, as a release writes it before a name, is a councillor's ("Cllr", "County Councillor", "CC").</summary>
    internal static bool IsCouncillorTitle(string? title) =>
        title is not null && (title.StartsWith("Cllr", StringComparison.OrdinalIgnoreCase)
            || title.Contains("Councillor", StringComparison.OrdinalIgnoreCase)
            || string.Equals(title, "CC", StringComparison.Ordinal)
            || title.StartsWith("Coun", StringComparison.OrdinalIgnoreCase));
}
