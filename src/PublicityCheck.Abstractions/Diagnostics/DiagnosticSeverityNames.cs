namespace PublicityCheck.Diagnostics;

/// <summary>The names of severities as they appear in configuration, output and on the command line.</summary>
public static class DiagnosticSeverityNames
{
    /// <summary>The lower-case name: <c>error</c>, <c>warning</c>, <c>info</c> or <c>none</c>.</summary>
    public static string ToName(this DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "info",
        _ => "none",
    };

    /// <summary>Parses a severity name (case-insensitive; <c>suggestion</c>, <c>hidden</c> and <c>silent</c>, as in <c>.editorconfig</c>, read as info and none).</summary>
    public static bool TryParse(string? name, out DiagnosticSeverity severity)
    {
        switch (name?.Trim().ToLowerInvariant())
        {
            case "error":
                severity = DiagnosticSeverity.Error;
                return true;
            case "warning" or "warn":
                severity = DiagnosticSeverity.Warning;
                return true;
            case "info" or "suggestion" or "note":
                severity = DiagnosticSeverity.Info;
                return true;
            case "none" or "off" or "hidden" or "silent":
                severity = DiagnosticSeverity.None;
                return true;
            default:
                severity = DiagnosticSeverity.None;
                return false;
        }
    }
}
