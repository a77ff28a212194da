namespace PublicityCheck.People;

/// <summary>A role as a release states it ("Leader of the Council", "Cabinet Member for Housing"), read as a kind of role.</summary>
/// <param name="Kind">The kind of role stated.</param>
/// <param name="Portfolio">For a Cabinet Member, the portfolio stated ("Housing"); for a chair, the committee.</param>
/// <param name="SpeaksForParty">Whether the role is a party one ("Leader of the Labour Group", "Green Party spokesperson").</param>
public sealed record StatedRole(RoleKind Kind, string? Portfolio, bool SpeaksForParty);
