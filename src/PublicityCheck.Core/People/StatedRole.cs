using PublicityCheck.Releases;

namespace PublicityCheck.People;

/// <summary>A role as a release states it ("Leader of the Council", "Cabinet Member for Housing"), read as a kind of role.</summary>
/// <param name="Kind">The kind of role stated.</param>
/// <param name="Portfolio">For a Cabinet Member, the portfolio stated ("Housing"); for a chair, the committee.</param>
/// <param name="SpeaksForParty">Whether the role is a party one ("Leader of the Labour Group", "Green Party spokesperson").</param>
public sealed record StatedRole(RoleKind Kind, string? Portfolio, bool SpeaksForParty)
{
    /// <summary>Whether <paramref name="role"/>, held by the speaker, is the role stated.</summary>
    public bool IsMetBy(Role role)
    {
        ArgumentNullException.ThrowIfNull(role);
        if (IsChair(Kind) && IsChair(role.Kind))
        {
            return true; // "Chair of the Review Panel" is met by a scrutiny or committee chair alike.
        }

        if (role.Kind != Kind)
        {
            return false;
        }

        if (Kind != RoleKind.CabinetMember || Portfolio is null || role.Portfolio is null)
        {
            return true;
        }

        // "Cabinet Member for Housing" is met by a portfolio of "Housing and Homelessness" or one covering housing.
        if (role.Portfolio.Contains(Portfolio, StringComparison.OrdinalIgnoreCase) || Portfolio.Contains(role.Portfolio, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var stated = TopicCatalog.Default.TopicsOfPortfolio(Portfolio, []);
        var held = TopicCatalog.Default.TopicsOfPortfolio(role.Portfolio, role.Topics);
        return stated.Intersect(held).Any();
    }

    private static bool IsChair(RoleKind kind) => kind is RoleKind.ScrutinyChair or RoleKind.CommitteeChair;
}
