using System.Collections.Immutable;
using NodaTime;

namespace PublicityCheck.People;

/// <summary>A role a person holds, with the dates it runs between, so a release is judged on its publication date.</summary>
public sealed record Role
{
    /// <summary>The kind of role.</summary>
    public required RoleKind Kind { get; init; }

    /// <summary>The portfolio of a Cabinet Member ("Housing"), or null.</summary>
    public string? Portfolio { get; init; }

    /// <summary>Topics the portfolio covers, from configuration; added to those of the portfolio's topic list.</summary>
    public ImmutableArray<string> Topics { get; init; } = [];

    /// <summary>The committee a chair chairs ("Overview and Scrutiny Committee", "Planning Committee"), or null.</summary>
    public string? Committee { get; init; }

    /// <summary>The role as the council writes it ("Cabinet Member for Housing", "Chief Executive"), or null.</summary>
    public string? Title { get; init; }

    /// <summary>The first day the role is held, or null if it has always been.</summary>
    public LocalDate? From { get; init; }

    /// <summary>The last day the role is held, or null if it is still held.</summary>
    public LocalDate? To { get; init; }

    /// <summary>Whether the role is held on <paramref name="date"/>.</summary>
    public bool IsHeldOn(LocalDate date) => (From is null || From <= date) && (To is null || date <= To);

    /// <summary>How the role reads in a message: its title, or a phrase made from its kind and portfolio or committee.</summary>
    public string Describe() => Title ?? Kind switch
    {
        RoleKind.Leader => "Leader of the Council",
        RoleKind.DeputyLeader => "Deputy Leader",
        RoleKind.CabinetMember => Portfolio is null ? "Cabinet Member" : $"Cabinet Member for {Portfolio}",
        RoleKind.ScrutinyChair => Committee is null ? "Scrutiny Chair" : $"Chair of {Committee}",
        RoleKind.CommitteeChair => Committee is null ? "Committee Chair" : $"Chair of {Committee}",
        RoleKind.CivicHead => "Mayor",
        RoleKind.Councillor => "Councillor",
        _ => "Officer",
    };
}
