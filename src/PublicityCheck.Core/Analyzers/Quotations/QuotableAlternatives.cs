using NodaTime;
using PublicityCheck.Diagnostics;
using PublicityCheck.People;
using PublicityCheck.Releases;

namespace PublicityCheck.Analyzers.Quotations;

/// <summary>
/// Who the release could quote instead of a speaker the policy does not allow in it, from the roster on the
/// publication date: the Cabinet Member whose portfolio (or the committee chair whose committee) covers the release's
/// topic, the Leader and Deputy Leader, the Scrutiny Chair or the chair of the committee the release names, each only
/// where the policy allows that role in this kind of release. Given as advice (a fix with no edit): changing who speaks means asking someone else for words.
/// </summary>
internal static class QuotableAlternatives
{
    private const int MostNamed = 3;
    private const int RelevantCabinetMembers = 2;

    /// <summary>The advice for <paramref name="speaker"/>, or null when the roster names no one the release could quote.</summary>
    public static SuggestedFix? For(ReleaseModel model, QuotedSpeaker speaker)
    {
        var allowed = model.Policy.QuotableIn(model.Profile.Kind);
        var named = Candidates(model, model.PublishOn)
            .Where(c => allowed.Contains(c.Role.Kind) && !ReferenceEquals(c.Person, speaker.Person) && c.Person.Id != speaker.Person?.Id)
            .DistinctBy(c => c.Person.Id)
            .Take(MostNamed)
            .Select(c => $"{c.Person.DisplayName} ({c.Role.Describe()})")
            .ToList();
        return named.Count == 0 ? null : SuggestedFix.Advice($"Quote {Join(named)} instead");
    }

    // Best first: the relevant Cabinet Member (or committee chair), the chair of a committee the release names, then the
    // Leader and Deputy.
    private static IEnumerable<(Person Person, Role Role)> Candidates(ReleaseModel model, LocalDate day)
    {
        var held = model.Roster.People
            .SelectMany(p => p.RolesOn(day).Select(r => (Person: p, Role: r)))
            .ToList();
        var topics = model.Profile.Topics;
        var text = model.Document.Text;
        // The portfolios that cover most of what the release is about, two at most, so the Leader is still named.
        // A committee's name is read as a portfolio is: where committees decide ("committee" policy), the chair of the
        // Housing Committee is the relevant member for a housing release.
        foreach (var c in held.Where(c => c.Role.Kind is RoleKind.CabinetMember or RoleKind.CommitteeChair)
            .Select(c => (Candidate: c, Covered: TopicCatalog.Default.TopicsOfPortfolio(c.Role.Kind == RoleKind.CabinetMember ? c.Role.Portfolio : c.Role.Committee, c.Role.Topics).Intersect(topics, StringComparer.Ordinal).Count()))
            .Where(c => c.Covered > 0)
            .OrderByDescending(c => c.Covered)
            .Take(RelevantCabinetMembers)
            .Select(c => c.Candidate))
        {
            yield return c;
        }

        foreach (var c in held.Where(c => c.Role.Kind is RoleKind.ScrutinyChair or RoleKind.CommitteeChair
            && c.Role.Committee is { Length: > 0 } committee && text.Contains(committee, StringComparison.OrdinalIgnoreCase)))
        {
            yield return c;
        }

        foreach (var c in held.Where(c => c.Role.Kind == RoleKind.Leader).Concat(held.Where(c => c.Role.Kind == RoleKind.DeputyLeader)))
        {
            yield return c;
        }
    }

    private static string Join(List<string> names) =>
        names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " or " + names[^1];
}
