using System.Net;
using System.Text;
using PublicityCheck.Server.Tests.Support;

namespace PublicityCheck.Server.Tests.Hosting;

public class SecurityTest
{
    private const string Key = "wreake-valley-press-office";

    private static StringContent Body() => new(SampleReleases.Json(SampleReleases.DepotSale), Encoding.UTF8, "application/json");

    [Fact]
    public async Task ApiKey_RefusesARequestWithoutIt()
    {
        await using var host = await TestServerHost.StartAsync(new ServerOptions { ApiKey = Key });

        var response = await host.Client.PostAsync("api/v1/check", Body());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ApiKey_AcceptsARequestWithIt()
    {
        await using var host = await TestServerHost.StartAsync(new ServerOptions { ApiKey = Key });
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/v1/check") { Content = Body() };
        request.Headers.Add("X-API-Key", Key);

        var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ApiKey_IsNotNeededForTheHealthCheck()
    {
        await using var host = await TestServerHost.StartAsync(new ServerOptions { ApiKey = Key });

        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("healthz")).StatusCode);
    }

    [Fact]
    public void CreateBuilder_RefusesToListenBeyondLoopbackWithoutAKey()
    {
        var error = Assert.Throws<InvalidOperationException>(() => PublicityCheckServer.CreateBuilder(new ServerOptions { Urls = "http://0.0.0.0:5080" }));

        Assert.Contains("API key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateBuilder_ListensBeyondLoopbackWithAKey()
    {
        var builder = PublicityCheckServer.CreateBuilder(new ServerOptions { Urls = "http://0.0.0.0:5080", ApiKey = Key });

        Assert.NotNull(builder);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080", "http://127.0.0.1:5080", true)]
    [InlineData("http://127.0.0.1:5080", "https://evil.example", false)]
    [InlineData("http://127.0.0.1:5080", "https://localhost:3000", true)]
    public async Task Cors_AllowsOnlyTheAddInsOrigins(string urls, string origin, bool allowed)
    {
        await using var host = await TestServerHost.StartAsync(new ServerOptions { Urls = urls, AllowedOrigins = ["https://localhost:3000"] });
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "api/v1/check");
        preflight.Headers.Add("Origin", origin);
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "content-type");

        var response = await host.Client.SendAsync(preflight);

        Assert.Equal(allowed, response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) && values.Single() == origin);
    }
}
