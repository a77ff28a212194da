using System.Collections.Immutable;
using NodaTime;
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

    /// <summary>Resolves the speaker of each of <paramref name="quotations"/> against <paramref name="roster"/>, with the roles held on <paramref name="publishOn"/>.</summary>
    public static ImmutableArray<QuotedSpeaker> ResolveAll(IEnumerable<Quotation> quotations, Roster roster, LocalDate publishOn)
    {
        ArgumentNullException.ThrowIfNull(quotations);
        ArgumentNullException.ThrowIfNull(roster);
        return [.. quotations.Select(q =>
        {
            var match = q.Speaker is { } mention ? roster.Resolve(mention.Name) : SpeakerMatch.None;
            if (match.Person is null && q.Speaker is { Title: null, AttributedBy: AttributedBy.SameSentence } titled && HolderOn(roster, titled.Name, publishOn) is { } holder)
            {
                // "said the Leader", with no name in the release: the roster's holder of that post on the day.
                match = new SpeakerMatch(holder, null, []);
                q = q with { Speaker = titled with { Name = holder.DisplayName, RoleText = titled.RoleText ?? titled.Name, RoleSpan = titled.RoleSpan ?? titled.NameSpan, AttributedBy = AttributedBy.Roster } };
            }

            var roles = match.Person?.RolesOn(publishOn) ?? [];
            return new QuotedSpeaker(q, match, roles, StatedRoleParser.Parse(q.Speaker?.RoleText));
        })];
    }

    // The one person who holds the post a title names on the date: the Leader, the Deputy Leader, the civic head,
    // or a post the roster gives by that exact title ("Chief Executive").
    private static Person? HolderOn(Roster roster, string title, LocalDate date)
    {
        var post = title.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? title[4..] : title;
        var kind = StatedRoleParser.Parse(post)?.Kind;
        var holders = roster.People
            .Where(p => p.RolesOn(date).Any(r =>
                string.Equals(r.Title, post, StringComparison.OrdinalIgnoreCase)
                || (kind is RoleKind.Leader or RoleKind.DeputyLeader or RoleKind.CivicHead && r.Kind == kind && post.Split(' ').Length <= 4)))
            .Take(2)
            .ToList();
        return holders.Count == 1 ? holders[0] : null;
    }

    private static bool IsCouncillorTitle(string? title) =>
        title is not null && (title.StartsWith("Cllr", StringComparison.OrdinalIgnoreCase)
            || title.Contains("Councillor", StringComparison.OrdinalIgnoreCase)
            || string.Equals(title, "CC", StringComparison.Ordinal)
            || title.StartsWith("Coun", StringComparison.OrdinalIgnoreCase));
}
