namespace PublicityCheck.Analysis;

/// <summary>Rule families whose rules are reported by more than one analyzer.</summary>
public static class RuleCategories
{
    /// <summary>The pre-election period rules (PC03xx).</summary>
    public const string PreElection = "Pre-election period";
}
