using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace PublicityCheck.Server.Tests.Support;

/// <summary>
/// The service on a real Kestrel server on a free loopback port, for behaviour that depends on Kestrel (chunked
/// bodies, Host headers, bound addresses). Only ever 127.0.0.1.
/// </summary>
public sealed class KestrelHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private KestrelHost(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
    }

    /// <summary>The address the server bound, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Address { get; }

    public HttpClient Client { get; }

    public static async Task<KestrelHost> StartAsync(ServerOptions? options = null, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = PublicityCheckServer.CreateBuilder((options ?? new ServerOptions()) with { Urls = "http://127.0.0.1:0" });
        configure?.Invoke(builder);
        var app = PublicityCheckServer.Build(builder);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new KestrelHost(app, new Uri(address + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
    }
}
