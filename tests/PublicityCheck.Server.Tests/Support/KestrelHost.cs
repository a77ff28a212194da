using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace PublicityCheck.Server.Tests.Support;

/// <summary>
/// The service on a real Kestrel server on a free loopback port, for behaviour that depends on Kestrel (chunked
/// bodies, Host headers, bound addresses, HTTPS). Only ever 127.0.0.1.
/// </summary>
public sealed class KestrelHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private KestrelHost(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
        Client = new HttpClient(TestCertificate.TrustingHandler()) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
    }

    /// <summary>The started application, for what a host does with it once it has bound (the add-in's manifest).</summary>
    public WebApplication App => _app;

    /// <summary>The address the server bound, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Address { get; }

    public HttpClient Client { get; }

    /// <summary>Starts the service on <paramref name="urls"/> (loopback; an https one is served with <see cref="TestCertificate"/>).</summary>
    public static async Task<KestrelHost> StartAsync(ServerOptions? options = null, Action<WebApplicationBuilder>? configure = null, string urls = "http://127.0.0.1:0")
    {
        var builder = PublicityCheckServer.CreateBuilder((options ?? new ServerOptions()) with { Urls = urls });
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.ConfigureHttpsDefaults(https => https.ServerCertificate = TestCertificate.Server));
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
