using System.Net;
using System.Text.RegularExpressions;

namespace PublicityCheck.Server.AddIn;

/// <summary>
/// Decides the origin the add-in's manifest names, from the addresses the server bound (never from a request's
/// <c>Host</c> header, which any client may set): the first <c>https</c> address that names a host; for one that
/// listens on every interface (<c>0.0.0.0</c>, <c>[::]</c>), the first <c>--allow-host</c> name on its port, since
/// only the operator knows the name other machines reach it by.
/// </summary>
internal static partial class ManifestOrigin
{
    /// <summary>The origin, or null with <paramref name="error"/> saying why there is none and what to do.</summary>
    public static Uri? Choose(IEnumerable<string> boundAddresses, IReadOnlyList<string> allowedHosts, out string? error)
    {
        ArgumentNullException.ThrowIfNull(boundAddresses);
        ArgumentNullException.ThrowIfNull(allowedHosts);
        var secure = boundAddresses
            .Select(a => Uri.TryCreate(Wildcard().Replace(a, "://0.0.0.0:"), UriKind.Absolute, out var uri) ? uri : null)
            .OfType<Uri>()
            .Where(u => u.Scheme == Uri.UriSchemeHttps)
            .ToList();
        if (secure.Count == 0)
        {
            error = "Word loads add-ins only over HTTPS, and this server has no https address: serve with --urls https://localhost:5443 (see docs/word-addin.md).";
            return null;
        }

        if (secure.FirstOrDefault(u => !ListensEverywhere(u)) is { } named)
        {
            error = null;
            return new Uri(named.GetLeftPart(UriPartial.Authority));
        }

        var name = allowedHosts.Select(h => h.Trim().TrimEnd('.')).FirstOrDefault(h => h.Length > 0);
        if (name is null || Uri.CheckHostName(name.Trim('[', ']')) == UriHostNameType.Unknown)
        {
            error = $"{secure[0].GetLeftPart(UriPartial.Authority)} listens on every interface, so the manifest cannot name it: give the name Word should use with --allow-host NAME.";
            return null;
        }

        error = null;
        return new UriBuilder(Uri.UriSchemeHttps, name, secure[0].Port).Uri;
    }

    // Kestrel's own spellings of "every interface", which are not host names a URI can hold.
    [GeneratedRegex(@"://[*+]:")]
    private static partial Regex Wildcard();

    private static bool ListensEverywhere(Uri address) =>
        IPAddress.TryParse(address.Host.Trim('[', ']'), out var ip) && (ip.Equals(IPAddress.Any) || ip.Equals(IPAddress.IPv6Any));
}
