namespace PublicityCheck.Server.Hosting;

/// <summary>Tells whether listening addresses reach only this machine.</summary>
internal static class Loopback
{
    public static IEnumerable<string> Split(string urls) =>
        urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static bool IsLoopbackOnly(string urls) => Split(urls).All(IsLoopback);

    public static bool IsLoopback(string url)
    {
        // Kestrel accepts wildcards ("*", "+", "0.0.0.0") that Uri cannot parse as hosts: they are not loopback.
        var host = url.Contains("://", StringComparison.Ordinal) ? url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..] : url;
        host = host.Split('/')[0];
        host = host.StartsWith('[') ? host[..(host.IndexOf(']', StringComparison.Ordinal) + 1)] : host.Split(':')[0];
        return host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || (System.Net.IPAddress.TryParse(host.Trim('[', ']'), out var address) && System.Net.IPAddress.IsLoopback(address));
    }

    /// <summary>The origins (scheme, host, port) of <paramref name="urls"/>, for CORS; port 0 gives none.</summary>
    public static IEnumerable<string> Origins(string urls) =>
        Split(urls)
            .Select(u => Uri.TryCreate(u, UriKind.Absolute, out var uri) && uri.Port != 0 ? uri.GetLeftPart(UriPartial.Authority) : null)
            .OfType<string>();
}
