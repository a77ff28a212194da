using System.Globalization;
using System.Net;

namespace PublicityCheck.Server.Hosting;

/// <summary>Tells whether listening addresses, and the names requests give in <c>Host</c>, reach only this machine.</summary>
internal static class Loopback
{
    public static IEnumerable<string> Split(string urls) =>
        urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static bool IsLoopback(string url)
    {
        // Kestrel accepts wildcards ("*", "+", "0.0.0.0") that Uri cannot parse as hosts: they are not loopback.
        var host = url.Contains("://", StringComparison.Ordinal) ? url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..] : url;
        host = host.Split('/')[0];
        host = host.StartsWith('[') ? host[..(host.IndexOf(']', StringComparison.Ordinal) + 1)] : host.Split(':')[0];
        return host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
    }

    /// <summary>
    /// Whether <paramref name="host"/>, the name part of a <c>Host</c> header (no port), names this machine's loopback:
    /// <c>localhost</c>, a dotted IPv4 address in 127.0.0.0/8, or <c>[::1]</c>. Strict on purpose: only the forms a
    /// browser writes for a loopback page, nothing a name server could answer for.
    /// </summary>
    public static bool IsLoopbackHost(string host)
    {
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (host.Length > 2 && host[0] == '[' && host[^1] == ']')
        {
            return IPAddress.TryParse(host[1..^1], out var v6) && v6.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 && IPAddress.IsLoopback(v6);
        }

        var parts = host.Split('.');
        return parts.Length == 4
            && parts.All(p => p.Length is > 0 and <= 3 && p.All(char.IsAsciiDigit) && int.Parse(p, CultureInfo.InvariantCulture) <= 255)
            && parts[0] == "127";
    }

    /// <summary>The origins (scheme, host, port) of <paramref name="urls"/>, for CORS; port 0 gives none.</summary>
    public static IEnumerable<string> Origins(string urls) =>
        Split(urls)
            .Select(u => Uri.TryCreate(u, UriKind.Absolute, out var uri) && uri.Port != 0 ? uri.GetLeftPart(UriPartial.Authority) : null)
            .OfType<string>();
}
