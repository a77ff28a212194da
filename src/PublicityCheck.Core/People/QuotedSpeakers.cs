using System.Collections.Immutable;
using NodaTime;
using PublicityCheck.Text.Quotations;

namespace PublicityCheck.People;

/// <summary>Resolves the speakers of a release's quotations against the roster, as the release model is built.</summary>
internal static class QuotedSpeakers
{
    /// <summary>Resolves the speaker of each of <paramref name="quotations"/> against <paramref name="roster"/>, with the roles held on <paramref name="publishOn"/>.</summary>
    public static ImmutableArray<QuotedSpeaker> ResolveAll(IEnumerable<Quotation> quotations, Roster roster, LocalDate publishOn)
    {
        ArgumentNullException.ThrowIfNull(quotations);
        ArgumentNullException.ThrowIfNull(roster);
        return [.. quotations.Select(q =>
        {
            var match = q.Speaker is { } mention ? roster.Resolve(mention.Name) : SpeakerMatch.None;
            if (match.Person is null && q.Speaker is { Title: null } titled && (titled.AttributedBy == AttributedBy.SameSentence || IsPost(titled))
                && HolderOn(roster, titled.Name, publishOn) is { } holder)
            {
                // "said the Leader", or "The Leader of the Council has ... He said", with no name in the release: the
                // roster's holder of that post on the day.
                match = new SpeakerMatch(holder, null, []);
                q = q with { Speaker = titled with { Name = holder.DisplayName, RoleText = titled.RoleText ?? titled.Name, RoleSpan = titled.RoleSpan ?? titled.NameSpan, AttributedBy = AttributedBy.Roster } };
            }

            var roles = match.Person?.RolesOn(publishOn) ?? [];
            return new QuotedSpeaker(q, match, roles, StatedRoleParser.Parse(q.Speaker?.RoleText));
        })];
    }

    /// <summary>Whether the release names the speaker only by a post ("the Leader of the Council"), which is then both their name and their role.</summary>
    internal static bool IsPost(SpeakerMention mention) => string.Equals(mention.Name, mention.RoleText, StringComparison.Ordinal);

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
}
