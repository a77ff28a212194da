using System.Security.Cryptography;
using System.Text;
using PublicityCheck.Diagnostics;

namespace PublicityCheck.Scanning;

/// <summary>
/// Stable identities for a file's findings: the file, the rule, the words the finding is about (whitespace and
/// case folded) and which occurrence of those words it is. Editing other paragraphs, or moving the words, keeps
/// the identity; changing the words gives a new finding and resolves the old one.
/// </summary>
internal static class FindingIdentities
{
    public static string[] Of(string relativePath, IReadOnlyList<Diagnostic> diagnostics)
    {
        var occurrences = Occurrences(diagnostics);
        var identities = new string[diagnostics.Count];
        for (var i = 0; i < diagnostics.Count; i++)
        {
            var key = diagnostics[i].Id + "\0" + Normalize(diagnostics[i].Text);
            var text = relativePath + "\0" + key + "\0" + occurrences[i].ToString(System.Globalization.CultureInfo.InvariantCulture);
            identities[i] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];
        }

        return identities;
    }

    /// <summary>For each finding, how many earlier findings of the file are about the same words under the same rule.</summary>
    public static int[] Occurrences(IReadOnlyList<Diagnostic> diagnostics)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var occurrences = new int[diagnostics.Count];
        for (var i = 0; i < diagnostics.Count; i++)
        {
            var key = diagnostics[i].Id + "\0" + Normalize(diagnostics[i].Text);
            occurrences[i] = seen.TryGetValue(key, out var n) ? n + 1 : 0;
            seen[key] = occurrences[i];
        }

        return occurrences;
    }

    private static string Normalize(string? text) =>
        text is null ? string.Empty : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
}
