using PublicityCheck.Releases;

namespace PublicityCheck.People;

/// <summary>Whether a role a release states is one the speaker holds, judged by the topic catalogue's portfolios.</summary>
internal static class StatedRoles
{
    /// <summary>Whether <paramref name="role"/>, held by the speaker, is the role <paramref name="stated"/>.</summary>
    public static bool IsMetBy(this StatedRole stated, Role role)
    {
        ArgumentNullException.ThrowIfNull(stated);
        ArgumentNullException.ThrowIfNull(role);
        if (IsChair(stated.Kind) && IsChair(role.Kind))
        {
            return true; // "Chair of the Review Panel" is met by a scrutiny or committee chair alike.
        }

        if (role.Kind != stated.Kind)
        {
            return false;
        }

        if (stated.Kind != RoleKind.CabinetMember || stated.Portfolio is null || role.Portfolio is null)
        {
            return true;
        }

        // "Cabinet Member for Housing" is met by a portfolio of "Housing and Homelessness" or one covering housing.
        if (role.Portfolio.Contains(stated.Portfolio, StringComparison.OrdinalIgnoreCase) || stated.Portfolio.Contains(role.Portfolio, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var statedTopics = TopicCatalog.Default.TopicsOfPortfolio(stated.Portfolio, []);
        var held = TopicCatalog.Default.TopicsOfPortfolio(role.Portfolio, role.Topics);
        return statedTopics.Intersect(held).Any();
    }

    private static bool IsChair(RoleKind kind) => kind is RoleKind.ScrutinyChair or RoleKind.CommitteeChair;
}
