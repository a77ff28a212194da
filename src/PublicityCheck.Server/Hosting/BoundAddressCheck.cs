using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace PublicityCheck.Server.Hosting;

/// <summary>
/// Holds the rule that a server reachable from other machines needs an API key, checked on the addresses the server
/// actually bound, whatever set them (<c>--urls</c>, <c>ASPNETCORE_URLS</c>, <c>Kestrel__Endpoints__*</c>, an
/// appsettings file, code). It runs once the server has started and before the host reports it started; until it
/// has passed, <see cref="RequestGuard"/> refuses every request, so none is served on a forbidden address.
/// </summary>
internal sealed class BoundAddressCheck(IServer server, ServerOptions options) : IHostedLifecycleService
{
    private volatile bool _verified;

    /// <summary>Whether the bound addresses have been checked and found allowed.</summary>
    public bool Verified => _verified;

    /// <summary>The error for listening on <paramref name="addresses"/> with no key, or null when that is allowed.</summary>
    public static string? ErrorFor(IEnumerable<string> addresses, string? apiKey)
    {
        if (apiKey is not null)
        {
            return null;
        }

        var open = addresses.Where(a => !Loopback.IsLoopback(a)).ToList();
        return open.Count == 0
            ? null
            : $"{string.Join(", ", open)} is reachable from other machines: set an API key with --api-key or PUBLICITYCHECK_API_KEY, or listen on 127.0.0.1";
    }

    /// <summary>The endpoint addresses Kestrel's configuration (<c>Kestrel:Endpoints:NAME:Url</c>) asks for; they win over <c>--urls</c>.</summary>
    public static IEnumerable<string> ConfiguredEndpoints(IConfiguration configuration) =>
        configuration.GetSection("Kestrel:Endpoints").GetChildren().Select(e => e["Url"]).OfType<string>();

    public Task StartedAsync(CancellationToken cancellationToken)
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        if (ErrorFor(addresses, options.ApiKey) is { } error)
        {
            throw new InvalidOperationException(error);
        }

        _verified = true;
        return Task.CompletedTask;
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
