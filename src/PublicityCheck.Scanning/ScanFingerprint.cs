using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using PublicityCheck.Configuration;
using PublicityCheck.Diagnostics;
using PublicityCheck.IO;
using PublicityCheck.Reporting;

namespace PublicityCheck.Scanning;

/// <summary>
/// A hash of everything besides a file's content that decides its findings: the tool version, the Core assembly
/// build (its module version id changes with every build, so lexicons and the model built into it are covered),
/// the rules, the <c>--publish-on</c> date, and each release's effective configuration files, the roster CSVs and
/// policy packs they point to (contents), and the council analyzer assemblies they load. A file's stored findings are reused only under the same fingerprint.
/// Configuration, roster and policy files are read through <see cref="UntrustedFile"/>, up to
/// <see cref="MaxDataFileBytes"/>: one that is a FIFO, a device or too large is noted as unreadable, never read.
/// </summary>
internal sealed class ScanFingerprint
{
    /// <summary>The largest configuration, roster or policy file whose content is hashed: 50 MB, as for a release.</summary>
    public const long MaxDataFileBytes = 50L * 1024 * 1024;

    private readonly PublicityChecker _checker;
    private readonly ConcurrentDictionary<string, string> _byConfiguration = new(StringComparer.Ordinal);

    public ScanFingerprint(PublicityChecker checker, PublicityCheckerOptions options, IEnumerable<DiagnosticDescriptor> rules)
    {
        _checker = checker;
        var text = new StringBuilder()
            .Append(ToolInfo.Name).Append(' ').Append(ToolInfo.Version).Append('\n')
            .Append(typeof(PublicityChecker).Assembly.ManifestModule.ModuleVersionId).Append('\n')
            .Append(typeof(ScanFingerprint).Assembly.ManifestModule.ModuleVersionId).Append('\n')
            .Append(options.PublishOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "-").Append('\n');
        foreach (var rule in rules.OrderBy(r => r.Id, StringComparer.Ordinal))
        {
            text.Append(rule.Id).Append('|').Append(rule.DefaultSeverity).Append('|').Append(rule.MessageFormat).Append('\n');
        }

        Global = Hash(text.ToString());
    }

    /// <summary>The part shared by every file.</summary>
    public string Global { get; }

    /// <summary>The fingerprint for the file at <paramref name="fullPath"/>.</summary>
    public string For(string fullPath)
    {
        var configuration = _checker.ConfigurationFor(fullPath);
        var key = string.Join('\n', configuration.Sources) + "\0" + string.Join('\n', configuration.DataFiles) + "\0" + string.Join('\n', configuration.Analyzers);
        return _byConfiguration.GetOrAdd(key, _ => Hash(Global + "\n" + Describe(configuration)));
    }

    private static string Describe(PublicityCheckConfiguration configuration)
    {
        var text = new StringBuilder();
        foreach (var source in configuration.Sources)
        {
            text.Append(source).Append('\n').Append(HashOrReason(source)).Append('\n');
        }

        foreach (var data in configuration.DataFiles)
        {
            text.Append(data).Append('\n').Append(HashOrReason(data)).Append('\n');
        }

        foreach (var assembly in configuration.Analyzers)
        {
            var info = new FileInfo(assembly);
            text.Append(assembly).Append(info.Exists ? $"|{info.Length}|{info.LastWriteTimeUtc.Ticks}" : "|missing").Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The SHA-256 of the file's content, or why it could not be read.</summary>
    private static string HashOrReason(string path)
    {
        try
        {
            using var stream = UntrustedFile.OpenRead(path, MaxDataFileBytes);
            return Convert.ToHexStringLower(SHA256.HashData(stream));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return "(unreadable: " + ex.Message + ")";
        }
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
