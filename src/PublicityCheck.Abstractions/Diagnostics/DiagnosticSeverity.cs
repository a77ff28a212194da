namespace PublicityCheck.Diagnostics;

/// <summary>How serious a finding is. Ordered: <see cref="None"/> is least, <see cref="Error"/> most.</summary>
public enum DiagnosticSeverity
{
    /// <summary>The rule is turned off: its findings are not reported.</summary>
    None = 0,

    /// <summary>Something worth knowing; no action needed.</summary>
    Info = 1,

    /// <summary>Something to look at before publishing.</summary>
    Warning = 2,

    /// <summary>Something that must be fixed before publishing.</summary>
    Error = 3,
}
