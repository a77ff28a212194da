using PublicityCheck.Server.AddIn;

namespace PublicityCheck.Server.Tests.AddIn;

public class ManifestOriginTest
{
    [Fact]
    public void Choose_TakesTheHttpsAddressBound()
    {
        var origin = ManifestOrigin.Choose(["http://127.0.0.1:5080", "https://localhost:5443"], [], out var error);

        Assert.Equal(new Uri("https://localhost:5443"), origin);
        Assert.Null(error);
    }

    [Fact]
    public void Choose_HttpOnly_SaysHowToServeOverHttps()
    {
        var origin = ManifestOrigin.Choose(["http://127.0.0.1:5080"], [], out var error);

        Assert.Null(origin);
        Assert.Equal("Word loads add-ins only over HTTPS, and this server has no https address: serve with --urls https://localhost:5443 (see docs/word-addin.md).", error);
    }

    [Theory]
    [InlineData("https://0.0.0.0:8443")]
    [InlineData("https://[::]:8443")]
    [InlineData("https://*:8443")]
    [InlineData("https://+:8443")]
    public void Choose_EveryInterface_NamesTheAllowedHost(string bound)
    {
        var origin = ManifestOrigin.Choose([bound], ["publicity.wreake-valley.example"], out _);

        Assert.Equal(new Uri("https://publicity.wreake-valley.example:8443"), origin);
    }

    [Fact]
    public void Choose_EveryInterfaceWithoutAName_AsksForOne()
    {
        var origin = ManifestOrigin.Choose(["https://0.0.0.0:8443"], [], out var error);

        Assert.Null(origin);
        Assert.Equal("https://0.0.0.0:8443 listens on every interface, so the manifest cannot name it: give the name Word should use with --allow-host NAME.", error);
    }

    [Fact]
    public void Choose_PrefersANamedAddressToEveryInterface()
    {
        var origin = ManifestOrigin.Choose(["https://0.0.0.0:8443", "https://127.0.0.1:9443"], ["publicity.wreake-valley.example"], out _);

        Assert.Equal(new Uri("https://127.0.0.1:9443"), origin);
    }
}
