using System.Collections.Immutable;
using NodaTime;

namespace PublicityCheck.People;

/// <summary>Someone a release may quote: a councillor, an officer or an outside speaker, with their roles over time.</summary>
public sealed record Person
{
    /// <summary>A stable id ("jane-smith").</summary>
    public required string Id { get; init; }

    /// <summary>The name without title ("Jane Smith").</summary>
    public required string Name { get; init; }

    /// <summary>The usual title ("Councillor", "Dr"), or null.</summary>
    public string? Title { get; init; }

    /// <summary>Other names the person goes by ("Jan Smith", "J. Smith").</summary>
    public ImmutableArray<string> Aliases { get; init; } = [];

    /// <summary>Member, officer or external.</summary>
    public PersonKind Kind { get; init; } = PersonKind.Member;

    /// <summary>The person's party or political group, for members.</summary>
    public string? Party { get; init; }

    /// <summary>The ward or division a member represents.</summary>
    public string? Ward { get; init; }

    /// <summary>The roles held, over time.</summary>
    public ImmutableArray<Role> Roles { get; init; } = [];

    /// <summary>Ids of the elections (in <c>elections</c>) the person stands in as a candidate.</summary>
    public ImmutableArray<string> CandidateIn { get; init; } = [];

    /// <summary>
    /// The roles held on <paramref name="date"/>. A member who holds none of the listed roles that day is a
    /// councillor; an officer, an officer.
    /// </summary>
    public ImmutableArray<Role> RolesOn(LocalDate date)
    {
        var held = Roles.Where(r => r.IsHeldOn(date)).ToImmutableArray();
        if (held.IsEmpty)
        {
            return Kind switch
            {
                PersonKind.Officer => [new Role { Kind = RoleKind.Officer }],
                PersonKind.Member => [new Role { Kind = RoleKind.Councillor }],
                _ => [],
            };
        }

        return held;
    }

    /// <summary>The name as a release would give it: "Councillor Jane Smith".</summary>
    public string DisplayName => Title is null ? Name : $"{Title} {Name}";
}
