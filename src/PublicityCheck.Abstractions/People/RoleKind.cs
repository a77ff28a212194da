namespace PublicityCheck.People;

/// <summary>The roles that decide who may be quoted in a council press release.</summary>
public enum RoleKind
{
    /// <summary>Leader of the Council.</summary>
    Leader,

    /// <summary>A Deputy Leader.</summary>
    DeputyLeader,

    /// <summary>A Cabinet (Executive) Lead Member for a portfolio.</summary>
    CabinetMember,

    /// <summary>The chair of a scrutiny committee, panel or review.</summary>
    ScrutinyChair,

    /// <summary>The chair of another committee (planning, licensing, audit...).</summary>
    CommitteeChair,

    /// <summary>The civic head: the Mayor or Chair of the Council.</summary>
    CivicHead,

    /// <summary>A councillor with no other role.</summary>
    Councillor,

    /// <summary>An officer of the council.</summary>
    Officer,
}
