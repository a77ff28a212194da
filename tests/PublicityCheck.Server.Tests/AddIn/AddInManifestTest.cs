using System.Xml.Linq;
using PublicityCheck.Server.AddIn;
using PublicityCheck.Server.Tests.Support;

namespace PublicityCheck.Server.Tests.AddIn;

public class AddInManifestTest
{
    private static readonly Uri Origin = new("https://localhost:5443");

    [Fact]
    public void Create_KeepsTheOfficeManifestRules()
    {
        var manifest = AddInManifest.Create(Origin);

        Assert.Empty(OfficeManifestRules.Broken(manifest));
    }

    [Fact]
    public void Create_EveryAddressIsOnTheOrigin()
    {
        var addresses = OfficeManifestRules.Addresses(XDocument.Parse(AddInManifest.Create(new Uri("https://publicity.wreake-valley.example:8443"))).Root!).ToList();

        Assert.Equal(10, addresses.Count);
        Assert.All(addresses, a => Assert.StartsWith("https://publicity.wreake-valley.example:8443", a, StringComparison.Ordinal));
    }

    [Fact]
    public void Create_OpensTheTaskPaneFromTheRibbonAndBySourceLocation()
    {
        var root = XDocument.Parse(AddInManifest.Create(Origin)).Root!;

        Assert.Equal("https://localhost:5443/addin/taskpane.html", (string?)root.Element(OfficeManifestRules.App + "DefaultSettings")!.Element(OfficeManifestRules.App + "SourceLocation")!.Attribute("DefaultValue"));
        var action = Assert.Single(root.Descendants(OfficeManifestRules.Ov + "Action"));
        Assert.Equal("ShowTaskpane", (string?)action.Attribute(OfficeManifestRules.Xsi + "type"));
        var url = Assert.Single(root.Descendants(OfficeManifestRules.Bt + "Url"), u => (string?)u.Attribute("id") == (string?)action.Element(OfficeManifestRules.Ov + "SourceLocation")!.Attribute("resid"));
        Assert.Equal("https://localhost:5443/addin/taskpane.html", (string?)url.Attribute("DefaultValue"));
    }

    [Fact]
    public void Create_SupportUrlIsTheServedHelpPage()
    {
        var root = XDocument.Parse(AddInManifest.Create(Origin)).Root!;

        Assert.Equal("https://localhost:5443/addin/help.html", (string?)root.Element(OfficeManifestRules.App + "SupportUrl")!.Attribute("DefaultValue"));
    }

    [Fact]
    public void Create_IconsAreTheServedSizes()
    {
        var root = XDocument.Parse(AddInManifest.Create(Origin)).Root!;

        Assert.Equal("https://localhost:5443/addin/icon-32.png", (string?)root.Element(OfficeManifestRules.App + "IconUrl")!.Attribute("DefaultValue"));
        Assert.Equal("https://localhost:5443/addin/icon-64.png", (string?)root.Element(OfficeManifestRules.App + "HighResolutionIconUrl")!.Attribute("DefaultValue"));
        Assert.Equal(
            ["https://localhost:5443/addin/icon-16.png", "https://localhost:5443/addin/icon-32.png", "https://localhost:5443/addin/icon-80.png"],
            root.Descendants(OfficeManifestRules.Bt + "Image").Select(i => (string?)i.Attribute("DefaultValue")).OfType<string>());
    }

    [Fact]
    public void Create_HttpOrigin_IsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => AddInManifest.Create(new Uri("http://127.0.0.1:5080")));

        Assert.StartsWith("Word loads add-ins only over HTTPS", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_ReportAnHttpAddressAndAMissingResource()
    {
        // The rules themselves can fail: an address downgraded to http and a button whose label is not defined.
        var manifest = AddInManifest.Create(Origin)
            .Replace("id=\"Help.Url\" DefaultValue=\"https://", "id=\"Help.Url\" DefaultValue=\"http://", StringComparison.Ordinal)
            .Replace("<bt:String id=\"Open.Label\"", "<bt:String id=\"Open.Caption\"", StringComparison.Ordinal);

        Assert.Equal(
            ["'http://localhost:5443/addin/help.html' is not an absolute https address", "Label names resource 'Open.Label', which is not defined", "Title names resource 'Open.Label', which is not defined"],
            OfficeManifestRules.Broken(manifest));
    }
}
