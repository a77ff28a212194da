using System.Collections.Immutable;
using NodaTime;
using PublicityCheck.People;

namespace PublicityCheck.Scanning;

/// <summary>
/// Where a quoted speaker stands on the publication date, as the balance of a council's releases is judged:
/// a member of the executive (Leader, Deputy Leader, Cabinet Member), a member of the administration outside the
/// executive (of a party that holds an executive role that day: a chair, the civic head, a backbencher), a member
/// of the opposition (of a party that holds none), a member whose party is not known, an officer, someone outside
/// the council, or nobody named. The administration is read from the roster on the day, so a change of control
/// mid-year is followed without configuration.
/// </summary>
public static class SpeakerStanding
{
    /// <summary>Leader, Deputy Leader or Cabinet Member on the day.</summary>
    public const string Executive = "executive";

    /// <summary>A member of a party that holds an executive role on the day, without one themselves.</summary>
    public const string NonExecutive = "non-executive";

    /// <summary>A member of a party that holds no executive role on the day.</summary>
    public const string Opposition = "opposition";

    /// <summary>A councillor whose party the roster does not give (or who is not in the roster).</summary>
    public const string Member = "member";

    /// <summary>An officer of the council.</summary>
    public const string Officer = "officer";

    /// <summary>Someone outside the council, or a speaker the roster does not know who is not called a councillor.</summary>
    public const string External = "external";

    /// <summary>A quotation the release attributes to nobody.</summary>
    public const string Unattributed = "unattributed";

    /// <summary>The standings of members, the three the balance of a council's releases is judged between.</summary>
    public static ImmutableArray<string> Political { get; } = [Executive, NonExecutive, Opposition];

    private static readonly RoleKind[] ExecutiveRoles = [RoleKind.Leader, RoleKind.DeputyLeader, RoleKind.CabinetMember];

    /// <summary>Where <paramref name="speaker"/> stands on <paramref name="date"/>, judged against <paramref name="roster"/>.</summary>
    public static string Of(QuotedSpeaker speaker, Roster roster, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(speaker);
        ArgumentNullException.ThrowIfNull(roster);
        if (speaker.Quotation.Speaker is null)
        {
            return Unattributed;
        }

        if (speaker.EffectiveRoles.Any(ExecutiveRoles.Contains))
        {
            return Executive;
        }

        if (!speaker.IsMember)
        {
            return speaker.Person?.Kind == PersonKind.Officer || speaker.EffectiveRoles.Contains(RoleKind.Officer) ? Officer : External;
        }

        if (speaker.Person?.Party is not { Length: > 0 } party)
        {
            return Member;
        }

        return AdministrationOn(roster, date).Contains(party) ? NonExecutive : Opposition;
    }

    /// <summary>The parties with a member in an executive role on <paramref name="date"/>.</summary>
    public static ImmutableHashSet<string> AdministrationOn(Roster roster, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(roster);
        return roster.People
            .Where(p => p.Kind == PersonKind.Member && p.Party is { Length: > 0 } && p.RolesOn(date).Any(r => ExecutiveRoles.Contains(r.Kind)))
            .Select(p => p.Party!)
            .ToImmutableHashSet(StringComparer.OrdinalIgnoreCase);
    }
}
