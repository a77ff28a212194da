using System.Globalization;

namespace PublicityCheck.Cli;

/// <summary>Counts in words as a reader expects them: "1 release", "2 releases", "0 releases".</summary>
internal static class Plural
{
    /// <summary><paramref name="n"/> and the noun, plural unless it is one (an <c>s</c> added unless <paramref name="plural"/> is given).</summary>
    public static string Count(int n, string singular, string? plural = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {(n == 1 ? singular : plural ?? singular + "s")}");
}
