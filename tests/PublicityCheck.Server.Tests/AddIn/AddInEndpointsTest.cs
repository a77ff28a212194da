using System.Net;
using System.Xml.Linq;
using PublicityCheck.Server.Tests.Support;

namespace PublicityCheck.Server.Tests.AddIn;

/// <summary>The manifest and icons as served: real Kestrel on loopback over HTTPS with a test certificate.</summary>
public class AddInEndpointsTest
{
    [Fact]
    public async Task Manifest_NamesTheAddressTheServerBound()
    {
        await using var host = await KestrelHost.StartAsync(urls: "https://127.0.0.1:0");
        var origin = host.Address.GetLeftPart(UriPartial.Authority);

        var response = await host.Client.GetAsync("addin/manifest.xml");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        var manifest = await response.Content.ReadAsStringAsync();
        Assert.Empty(OfficeManifestRules.Broken(manifest));
        var addresses = OfficeManifestRules.Addresses(XDocument.Parse(manifest).Root!).ToList();
        Assert.NotEmpty(addresses);
        Assert.All(addresses, a => Assert.StartsWith(origin, a, StringComparison.Ordinal));
        Assert.NotEqual(0, host.Address.Port);
    }

    [Fact]
    public async Task Manifest_IsTheOneTheHostWritesForTheSameServer()
    {
        await using var host = await KestrelHost.StartAsync(urls: "https://127.0.0.1:0");

        var served = await host.Client.GetStringAsync("addin/manifest.xml");

        Assert.Equal(PublicityCheckServer.AddInManifest(host.App), served);
    }

    [Fact]
    public async Task Manifest_IgnoresTheHostTheRequestNames()
    {
        // With an API key any Host is answered; the manifest still names the address bound, not the one a client claims.
        await using var host = await KestrelHost.StartAsync(new ServerOptions { ApiKey = "wreake-valley-press-office" }, urls: "https://127.0.0.1:0");
        using var request = new HttpRequestMessage(HttpMethod.Get, "addin/manifest.xml");
        request.Headers.Host = "attacker.example";

        var manifest = await (await host.Client.SendAsync(request)).Content.ReadAsStringAsync();

        Assert.DoesNotContain("attacker.example", manifest, StringComparison.Ordinal);
        Assert.Contains($"<SourceLocation DefaultValue=\"{host.Address.GetLeftPart(UriPartial.Authority)}/addin/taskpane.html\" />", manifest, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Manifest_EveryAddressItGivesIsServed()
    {
        await using var host = await KestrelHost.StartAsync(urls: "https://127.0.0.1:0");
        var manifest = XDocument.Parse(await host.Client.GetStringAsync("addin/manifest.xml"));

        foreach (var address in OfficeManifestRules.Addresses(manifest.Root!).Where(a => new Uri(a).AbsolutePath != "/"))
        {
            var response = await host.Client.GetAsync(new Uri(address));
            Assert.Equal((address, HttpStatusCode.OK), (address, response.StatusCode));
            var expected = address.EndsWith(".png", StringComparison.Ordinal) ? "image/png" : "text/html";
            Assert.Equal((address, expected), (address, response.Content.Headers.ContentType?.MediaType));
        }
    }

    [Fact]
    public async Task Manifest_OverHttpOnly_IsNotFoundSayingHowToServe()
    {
        await using var host = await KestrelHost.StartAsync();

        var response = await host.Client.GetAsync("addin/manifest.xml");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("serve with --urls https://localhost:5443", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public void AddInManifest_OverHttpOnly_SaysWhy()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
        {
            using var app = PublicityCheckServer.Create(new ServerOptions { Urls = "http://127.0.0.1:0" });
            app.StartAsync().GetAwaiter().GetResult();
            try
            {
                return PublicityCheckServer.AddInManifest(app);
            }
            finally
            {
                app.StopAsync().GetAwaiter().GetResult();
            }
        });

        Assert.StartsWith("Word loads add-ins only over HTTPS", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(16)]
    [InlineData(32)]
    [InlineData(64)]
    [InlineData(80)]
    public async Task Icon_IsServedAsPng(int size)
    {
        await using var host = await KestrelHost.StartAsync();

        var response = await host.Client.GetAsync($"addin/icon-{size}.png");

        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        var image = PngImage.Read(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal((size, size), (image.Width, image.Height));
    }

    [Fact]
    public async Task Icon_SizeNotDrawn_IsNotFound()
    {
        await using var host = await KestrelHost.StartAsync();

        var response = await host.Client.GetAsync("addin/icon-48.png");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
