namespace PublicityCheck.People;

/// <summary>Whether a person is a councillor, an officer of the council, or someone from outside it.</summary>
public enum PersonKind
{
    /// <summary>An elected member (councillor).</summary>
    Member,

    /// <summary>An officer (employee) of the council.</summary>
    Officer,

    /// <summary>Someone outside the council: a partner, a resident, a business.</summary>
    External,
}
