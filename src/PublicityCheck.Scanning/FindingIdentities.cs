using System.Security.Cryptography;
using System.Text;
using PublicityCheck.Diagnostics;
using PublicityCheck.Reporting;

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
        var occurrences = FindingFingerprints.Occurrences(diagnostics);
        var identities = new string[diagnostics.Count];
        for (var i = 0; i < diagnostics.Count; i++)
        {
            var key = diagnostics[i].Id + "\0" + FindingFingerprints.Normalize(diagnostics[i].Text);
            var text = relativePath + "\0" + key + "\0" + occurrences[i].ToString(System.Globalization.CultureInfo.InvariantCulture);
            identities[i] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];
        }

        return identities;
    }
}
