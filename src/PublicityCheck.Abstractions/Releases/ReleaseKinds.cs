namespace PublicityCheck.Releases;

/// <summary>The names of release kinds as configuration, front matter and reports write them.</summary>
public static class ReleaseKinds
{
    /// <summary>The name: <c>general</c>, <c>scrutiny</c>, <c>committee</c>, <c>emergency</c>, <c>statutory-notice</c> or <c>civic</c>.</summary>
    public static string ToName(this ReleaseKind kind) => kind switch
    {
        ReleaseKind.Scrutiny => "scrutiny",
        ReleaseKind.Committee => "committee",
        ReleaseKind.Emergency => "emergency",
        ReleaseKind.StatutoryNotice => "statutory-notice",
        ReleaseKind.Civic => "civic",
        _ => "general",
    };

    /// <summary>Parses a name (case-insensitive; <c>statutory notice</c> and <c>statutory_notice</c> too).</summary>
    public static bool TryParse(string? name, out ReleaseKind kind)
    {
        switch (name?.Trim().ToLowerInvariant().Replace(' ', '-').Replace('_', '-'))
        {
            case "general":
                kind = ReleaseKind.General;
                return true;
            case "scrutiny":
                kind = ReleaseKind.Scrutiny;
                return true;
            case "committee":
                kind = ReleaseKind.Committee;
                return true;
            case "emergency":
                kind = ReleaseKind.Emergency;
                return true;
            case "statutory-notice" or "notice":
                kind = ReleaseKind.StatutoryNotice;
                return true;
            case "civic":
                kind = ReleaseKind.Civic;
                return true;
            default:
                kind = ReleaseKind.General;
                return false;
        }
    }
}
