using PublicityCheck.People;
using PublicityCheck.Policies;
using PublicityCheck.Releases;

namespace PublicityCheck.Analyzers.Quotations;

/// <summary>
/// In what capacity a quoted speaker may speak, as the policy in force sees it: the one decision of which PC0101
/// (not allowed at all), PC0102 (allowed, so their portfolio is checked) and PC0103 (beyond their capacity) each
/// report their own outcome.
/// </summary>
internal static class SpeakerCapacity
{
    /// <summary>What the policy makes of a speaker's capacity.</summary>
    internal enum Verdict
    {
        /// <summary>Someone outside the council, or not known: PC0105 has said so where it matters.</summary>
        NotChecked,

        /// <summary>Allowed in this kind of release, the local member where the policy allows them, or a chair on the work of the body the release's lead names.</summary>
        Allowed,

        /// <summary>Quoted in a party role, which no one is in a council release.</summary>
        PartyRole,

        /// <summary>
        /// A chair quoted beyond the work of their committee: the release's lead does not name it, nor, where the policy
        /// lets chairs speak in a general release, do the topics of its name meet the release's.
        /// </summary>
        ChairBeyondCapacity,

        /// <summary>Not one of those the policy allows in this kind of release.</summary>
        NotAllowed,
    }

    // Whether the release is the work of the body: its lead names it, or the topics its name covers (as a portfolio's
    // do: "Housing and Communities Committee") meet the release's. A body whose name says no topic ("General
    // Purposes Committee"), or a release with none, is given the benefit of the doubt.
    private static bool OnItsRemit(string body, QuotedSpeaker speaker, ReleaseProfile profile)
    {
        if (profile.Topics.IsEmpty || CommitteeInLead.IsNamedIn(body, profile.Lead))
        {
            return true;
        }

        var extra = speaker.Roles.Where(r => r.Committee == body).SelectMany(r => r.Topics);
        var remit = TopicCatalog.Default.TopicsOfPortfolio(body, extra);
        return remit.IsEmpty || remit.Intersect(profile.Topics, StringComparer.Ordinal).Any();
    }

    // The bodies the speaker chairs, where named: as the roster has them on the date, and as the release states.
    private static IEnumerable<string> ChairedBodies(QuotedSpeaker speaker) =>
        speaker.Roles.Where(r => r.Kind is RoleKind.ScrutinyChair or RoleKind.CommitteeChair).Select(r => r.Committee)
            .Append(speaker.Stated is { Kind: RoleKind.ScrutinyChair or RoleKind.CommitteeChair } stated ? stated.Portfolio : null)
            .OfType<string>();

    /// <summary>The name a finding gives the speaker.</summary>
    public static string NameOf(QuotedSpeaker speaker) => speaker.Person?.DisplayName ?? speaker.Quotation.Speaker!.Name;

    /// <summary>What the policy makes of the capacity of <paramref name="speaker"/>, who is attributed.</summary>
    public static Verdict Of(QuotedSpeaker speaker, PolicyPack policy, ReleaseProfile profile)
    {
        if (speaker.Stated is { SpeaksForParty: true })
        {
            return Verdict.PartyRole;
        }

        var roles = speaker.EffectiveRoles;
        if (roles.IsEmpty || (speaker.Person?.Kind == PersonKind.External && policy.ExternalSpeakersAllowed))
        {
            return Verdict.NotChecked;
        }

        var allowed = policy.QuotableIn(profile.Kind);
        var localMember = policy.LocalMembersMayBeQuoted && speaker.Person?.Ward is { } ward && profile.Wards.Contains(ward, StringComparer.OrdinalIgnoreCase);
        if (localMember)
        {
            return Verdict.Allowed;
        }

        if (roles.Any(allowed.Contains))
        {
            // A council run by committees quotes its committees' chairs where a cabinet council quotes Cabinet Members:
            // a chair allowed in a general release as nothing but a chair speaks on their committee's remit.
            return policy.ChairsInCapacityOnly && profile.Kind is ReleaseKind.General or ReleaseKind.Emergency
                && roles.Where(allowed.Contains).All(r => r is RoleKind.ScrutinyChair or RoleKind.CommitteeChair)
                && ChairedBodies(speaker).ToList() is { Count: > 0 } bodies && !bodies.Any(body => OnItsRemit(body, speaker, profile))
                ? Verdict.ChairBeyondCapacity
                : Verdict.Allowed;
        }

        if (policy.ChairsInCapacityOnly && roles.Any(r => r is RoleKind.ScrutinyChair or RoleKind.CommitteeChair))
        {
            return ChairedBodies(speaker).Any(body => CommitteeInLead.IsNamedIn(body, profile.Lead)) ? Verdict.Allowed : Verdict.ChairBeyondCapacity;
        }

        return Verdict.NotAllowed;
    }
}
