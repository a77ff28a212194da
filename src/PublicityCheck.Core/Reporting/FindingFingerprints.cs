using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using PublicityCheck.Diagnostics;

namespace PublicityCheck.Reporting;

/// <summary>
/// A finding's fingerprint, as SARIF's <c>partialFingerprints</c> carries it under <see cref="Key"/>: the first 32
/// hex digits of the SHA-256 of the rule id, the words the finding is about (runs of whitespace made one space,
/// upper-cased) and which occurrence of those words under that rule it is in the file (0 for the first), joined by
/// NUL characters. Line and column are not in it, so a paragraph inserted or removed elsewhere in the file keeps
/// every fingerprint; rewording the words gives a new finding. The file is not in it either: viewers pair the
/// fingerprint with the result's location.
/// </summary>
public static class FindingFingerprints
{
    /// <summary>The name under which SARIF results carry the fingerprint; its version changes if the scheme does.</summary>
    public const string Key = "findingText/v1";

    /// <summary>The fingerprint of each of one file's findings, in order.</summary>
    /// <param name="diagnostics">The file's findings, in the order reported (by position).</param>
    public static string[] Of(IReadOnlyList<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var occurrences = Occurrences(diagnostics);
        var fingerprints = new string[diagnostics.Count];
        for (var i = 0; i < diagnostics.Count; i++)
        {
            fingerprints[i] = Of(diagnostics[i].Id, diagnostics[i].Text, occurrences[i]);
        }

        return fingerprints;
    }

    /// <summary>The fingerprint of the <paramref name="occurrence"/>th finding of <paramref name="ruleId"/> about <paramref name="text"/>.</summary>
    public static string Of(string ruleId, string? text, int occurrence)
    {
        ArgumentNullException.ThrowIfNull(ruleId);
        var key = ruleId + "\0" + Normalize(text) + "\0" + occurrence.ToString(CultureInfo.InvariantCulture);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..32];
    }

    /// <summary>For each finding, how many earlier findings of the file are about the same words under the same rule.</summary>
    public static int[] Occurrences(IReadOnlyList<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
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

    /// <summary>The words as the fingerprint takes them: whitespace runs made one space, trimmed, upper-cased.</summary>
    public static string Normalize(string? text) =>
        text is null ? string.Empty : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
}
