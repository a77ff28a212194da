using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;

namespace PublicityCheck.Server.Tests.Support;

/// <summary>The service on an in-memory test server (Microsoft.AspNetCore.TestHost), with a client for it.</summary>
public sealed class TestServerHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestServerHost(WebApplication app, HttpClient client)
    {
        _app = app;
        Client = client;
    }

    public HttpClient Client { get; }

    /// <summary>The application's services, to look at what the server holds.</summary>
    public IServiceProvider Services => _app.Services;

    public static async Task<TestServerHost> StartAsync(ServerOptions? options = null)
    {
        var builder = PublicityCheckServer.CreateBuilder(options ?? new ServerOptions());
        builder.WebHost.UseTestServer();
        var app = PublicityCheckServer.Build(builder);
        await app.StartAsync();
        var client = app.GetTestClient();
        client.BaseAddress = new Uri("http://127.0.0.1:5080/");
        return new TestServerHost(app, client);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
    }
}
