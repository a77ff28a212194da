namespace PublicityCheck.Diagnostics;

/// <summary>The families built-in rules are listed under, one range of ids each.</summary>
public static class RuleCategories
{
    /// <summary>PC00xx: the engine's own findings about the file and the run.</summary>
    public const string Input = "Input";

    /// <summary>PC01xx: who may be quoted, in what capacity, on the publication date.</summary>
    public const string Quotations = "Quotations";

    /// <summary>PC02xx: party-political language.</summary>
    public const string PartyPolitical = "Party-political language";

    /// <summary>PC03xx: the pre-election period.</summary>
    public const string PreElection = "Pre-election period";

    /// <summary>PC04xx: confidential information.</summary>
    public const string Confidentiality = "Confidentiality";
}
