using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using PublicityCheck.Server.Tests.Support;

namespace PublicityCheck.Server.Tests.Hostile;

/// <summary>
/// The rule that a server other machines can reach needs an API key holds for every way of choosing addresses, not
/// only <c>--urls</c>: Kestrel's configuration (<c>Kestrel__Endpoints__E1__Url</c>, appsettings) is checked before
/// binding, and whatever the server bound is checked before any request is answered.
/// </summary>
public class BoundAddressTest
{
    [Theory]
    [InlineData("http://0.0.0.0:5080")]
    [InlineData("http://*:5080")]
    [InlineData("http://[::]:5080")]
    [InlineData("http://press-office.example:5080")]
    public void Build_RefusesKestrelEndpointsBeyondLoopbackWithoutAKey(string url)
    {
        // What Kestrel__Endpoints__E1__Url in the environment, or an appsettings file, puts in the configuration.
        var builder = PublicityCheckServer.CreateBuilder(new ServerOptions());
        builder.Configuration["Kestrel:Endpoints:E1:Url"] = url;

        var error = Assert.Throws<InvalidOperationException>(() => PublicityCheckServer.Build(builder));

        Assert.Contains("API key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_ServesOnALoopbackEndpointFromKestrelsConfiguration()
    {
        // Kestrel's endpoints win over --urls: the server listens where they say, and the check sees that address.
        await using var host = await KestrelHost.StartAsync(configure: b => b.Configuration["Kestrel:Endpoints:E1:Url"] = "http://127.0.0.1:0");

        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("healthz")).StatusCode);
        Assert.True(IPAddress.IsLoopback(IPAddress.Parse(host.Address.Host)));
    }

    [Theory]
    [InlineData("http://0.0.0.0:5080")]
    [InlineData("http://[::]:5080")]
    [InlineData("http://127.0.0.1:5080", "http://192.0.2.10:5080")]
    public async Task Start_RefusesABoundAddressBeyondLoopbackWithoutAKeyBeforeAnsweringARequest(params string[] bound)
    {
        // A server that reports it bound these addresses (as Kestrel does for ASPNETCORE_URLS, code or any other
        // source) and that receives a request the moment it has bound, before the host has finished starting.
        var server = new BoundServer(bound);
        var builder = PublicityCheckServer.CreateBuilder(new ServerOptions());
        builder.Services.AddSingleton<IServer>(server);
        await using var app = PublicityCheckServer.Build(builder);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => app.StartAsync());

        Assert.Contains("API key", error.Message, StringComparison.Ordinal);
        Assert.Equal(StatusCodes.Status503ServiceUnavailable, server.EarlyStatus);
        Assert.Equal(StatusCodes.Status503ServiceUnavailable, await server.SendAsync());
    }

    [Fact]
    public async Task Start_ServesABoundAddressBeyondLoopbackWithAKey()
    {
        var server = new BoundServer("http://0.0.0.0:5080");
        var builder = PublicityCheckServer.CreateBuilder(new ServerOptions { ApiKey = "wreake-valley-press-office" });
        builder.Services.AddSingleton<IServer>(server);
        await using var app = PublicityCheckServer.Build(builder);

        await app.StartAsync();

        Assert.Equal(StatusCodes.Status200OK, await server.SendAsync());
    }

    /// <summary>An IServer that binds nothing, reports <paramref name="addresses"/> and can pass a request to the application.</summary>
    private sealed class BoundServer(params string[] addresses) : IServer
    {
        private Func<Task<int>>? _send;

        public IFeatureCollection Features { get; } = Create(addresses);

        public int EarlyStatus { get; private set; }

        public Task<int> SendAsync() => _send!();

        public async Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken)
            where TContext : notnull
        {
            _send = async () =>
            {
                var http = new DefaultHttpContext();
                http.Request.Method = "GET";
                http.Request.Path = "/healthz";
                http.Request.Host = new HostString("127.0.0.1:5080");
                http.Request.Scheme = "http";
                http.Response.Body = new MemoryStream();
                var context = application.CreateContext(http.Features);
                await application.ProcessRequestAsync(context);
                application.DisposeContext(context, null);
                return http.Response.StatusCode;
            };
            EarlyStatus = await _send();
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public void Dispose()
        {
        }

        private static FeatureCollection Create(string[] addresses)
        {
            var feature = new ServerAddressesFeature();
            foreach (var address in addresses)
            {
                feature.Addresses.Add(address);
            }

            var features = new FeatureCollection();
            features.Set<IServerAddressesFeature>(feature);
            return features;
        }
    }
}
