namespace PublicityCheck.People;

/// <summary>Facts about kinds of role that several rules judge speakers by.</summary>
public static class RoleKinds
{
    /// <summary>Whether <paramref name="kind"/> is a role on the executive: the Leader, a Deputy Leader or a Cabinet Member.</summary>
    public static bool IsExecutive(this RoleKind kind) => kind is RoleKind.Leader or RoleKind.DeputyLeader or RoleKind.CabinetMember;
}
