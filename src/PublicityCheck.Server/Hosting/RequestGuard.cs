using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace PublicityCheck.Server.Hosting;

/// <summary>
/// The first thing every request meets. It refuses everything until the addresses the server bound have been
/// checked (<see cref="BoundAddressCheck"/>); without an API key it refuses a <c>Host</c> that is not loopback or
/// allowed (a DNS-rebinding page names its own host); and on the API it refuses a browser request from a foreign
/// origin, and a form or text post that a page elsewhere could send without asking first (a cross-site request
/// forgery), unless it carries <see cref="ClientHeader"/> or the API key, which a browser sends cross-site only
/// after a CORS preflight the server answers for its own origins alone.
/// </summary>
internal sealed class RequestGuard
{
    /// <summary>The header the service's own pages send with every API request; any value will do.</summary>
    public const string ClientHeader = "X-PublicityCheck";

    // The content types a browser sends cross-site without a preflight (the Fetch standard's CORS-safelisted ones).
    private static readonly string[] SimpleMediaTypes = ["application/x-www-form-urlencoded", "multipart/form-data", "text/plain"];

    private readonly RequestDelegate _next;
    private readonly ServerOptions _options;
    private readonly BoundAddressCheck _addresses;
    private readonly HashSet<string> _hosts;
    private readonly HashSet<string> _origins;

    public RequestGuard(RequestDelegate next, ServerOptions options, BoundAddressCheck addresses)
    {
        _next = next;
        _options = options;
        _addresses = addresses;
        _hosts = new HashSet<string>(options.AllowedHosts.Select(h => h.Trim().TrimEnd('.')), StringComparer.OrdinalIgnoreCase);
        _origins = new HashSet<string>(Loopback.Origins(options.Urls).Concat(options.AllowedOrigins).Select(o => o.TrimEnd('/')), StringComparer.OrdinalIgnoreCase);
    }

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!_addresses.Verified)
        {
            return Refuse(context, StatusCodes.Status503ServiceUnavailable, "Not ready", "The service has not finished starting.");
        }

        if (_options.ApiKey is null && !IsAllowedHost(request.Host))
        {
            return Refuse(
                context,
                StatusCodes.Status400BadRequest,
                "Host not allowed",
                "This service answers requests addressed to localhost, 127.0.0.1 or [::1]; start it with --allow-host NAME to answer to another name.");
        }

        if (request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            if (request.Headers.Origin.ToString() is { Length: > 0 } origin && !IsAllowedOrigin(request, origin))
            {
                return Refuse(
                    context,
                    StatusCodes.Status403Forbidden,
                    "Cross-site request refused",
                    "The API answers pages from the server's own origin and those given with --allow-origin.");
            }

            if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) && !HttpMethods.IsOptions(request.Method)
                && IsSimpleContentType(request.ContentType)
                && string.IsNullOrEmpty(request.Headers[ClientHeader]) && string.IsNullOrEmpty(request.Headers[ApiKeyFilter.Header]))
            {
                return Refuse(
                    context,
                    StatusCodes.Status403Forbidden,
                    "Cross-site request refused",
                    $"A form or text post (or one with no content type) must carry the {ClientHeader} header (any value) or {ApiKeyFilter.Header}: any web page can send such a post without them.");
            }
        }

        return _next(context);
    }

    private bool IsAllowedHost(HostString host)
    {
        if (!host.HasValue)
        {
            return false;
        }

        // HostString.Host keeps an IPv6 address's brackets and drops the port.
        var name = host.Host;
        return Loopback.IsLoopbackHost(name) || _hosts.Contains(name) || _hosts.Contains(host.Value);
    }

    private bool IsAllowedOrigin(HttpRequest request, string origin)
    {
        if (_origins.Contains(origin.TrimEnd('/')))
        {
            return true;
        }

        // The page's own origin: the scheme and authority the request was sent to. "null" (a sandboxed frame, a file)
        // is not a URI, so it is refused.
        return Uri.TryCreate(origin, UriKind.Absolute, out var from)
            && Uri.TryCreate($"{request.Scheme}://{request.Host.Value}/", UriKind.Absolute, out var self)
            && string.Equals(from.GetLeftPart(UriPartial.Authority), self.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsSimpleContentType(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            // fetch() in no-cors mode posts a Blob with no type and so no Content-Type at all.
            return true;
        }

        var mediaType = MediaTypeHeaderValue.TryParse(contentType, out var parsed) ? parsed.MediaType.ToString() : contentType.Split(';')[0].Trim();
        return SimpleMediaTypes.Contains(mediaType, StringComparer.OrdinalIgnoreCase) || !MediaTypeHeaderValue.TryParse(contentType, out _);
    }

    private static Task Refuse(HttpContext context, int status, string title, string detail) =>
        Results.Problem(statusCode: status, title: title, detail: detail).ExecuteAsync(context);
}
