using System.Text;
using PublicityCheck.Configuration;

namespace PublicityCheck.Tests.Configuration;

public class HelpBaseUrlTest
{
    private static HelpBaseUrl Parse(string value) =>
        HelpBaseUrl.TryParse(value, out var problem) ?? throw new InvalidOperationException(problem);

    [Theory]
    [InlineData("https://intranet.wreakevalley.example/publicity/rules")]
    [InlineData("https://intranet.wreakevalley.example/publicity/rules/")]
    public void PageFor_AddressWithoutPlaceholder_AddsTheIdAsTheLastSegment(string value)
    {
        Assert.Equal(new Uri("https://intranet.wreakevalley.example/publicity/rules/PC0201"), Parse(value).PageFor("PC0201"));
    }

    [Theory]
    [InlineData("https://intranet.wreakevalley.example/publicity/rules/{id}.html", "https://intranet.wreakevalley.example/publicity/rules/PC0201.html")]
    [InlineData("http://comms.wreakevalley.example/wiki/{id}.md", "http://comms.wreakevalley.example/wiki/PC0201.md")]
    public void PageFor_AddressWithPlaceholder_PutsTheIdInItsPlace(string value, string expected)
    {
        Assert.Equal(new Uri(expected), Parse(value).PageFor("PC0201"));
    }

    [Fact]
    public void PageFor_Index_IsThePageNamedReadme()
    {
        Assert.Equal(new Uri("https://intranet.wreakevalley.example/rules/README.html"), Parse("https://intranet.wreakevalley.example/rules/{id}.html").PageFor("README"));
    }

    [Theory]
    [InlineData("rules/", "must be the absolute http or https address")]
    [InlineData("/srv/publicity/rules", "must be the absolute http or https address")]
    [InlineData("ftp://files.wreakevalley.example/rules", "must be the absolute http or https address")]
    [InlineData("javascript:alert(1)//", "must be the absolute http or https address")]
    [InlineData("file:///srv/publicity/rules", "must be the absolute http or https address")]
    [InlineData("https://intranet.wreakevalley.example/rules?page=", "a query (?) or fragment (#)")]
    [InlineData("https://intranet.wreakevalley.example/rules#", "a query (?) or fragment (#)")]
    [InlineData("https://press:secret@intranet.wreakevalley.example/rules", "a user name or password")]
    [InlineData("https://intranet.wreakevalley.example/{id}/{id}.html", "{id} may appear once")]
    [InlineData("https://{id}.wreakevalley.example/rules", "{id} goes in the path")]
    [InlineData("https://intranet.wreakevalley.example/rules/{rule}.html", "the only placeholder is {id}")]
    [InlineData("https://intranet.wreakevalley.example/rules /PC", "a space or a control character")]
    [InlineData("https://intranet.wreakevalley.example/rules\n/PC", "a space or a control character")]
    public void TryParse_RefusesWhatCannotBeABaseForHelpLinks(string value, string reason)
    {
        Assert.Null(HelpBaseUrl.TryParse(value, out var problem));
        Assert.Contains(reason, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ReadsHelpBaseUrl()
    {
        var (configuration, _) = ConfigurationFileParser.Parse("press/publicitycheck.json", Encoding.UTF8.GetBytes("""
            { "helpBaseUrl": "https://intranet.wreakevalley.example/publicity/rules" }
            """));

        Assert.Equal("https://intranet.wreakevalley.example/publicity/rules", configuration.HelpBaseUrl?.Value);
    }

    [Fact]
    public void Parse_NamesTheFileAndLineOfABadHelpBaseUrl()
    {
        var error = Assert.Throws<ConfigurationException>(() => ConfigurationFileParser.Parse("press/publicitycheck.json", Encoding.UTF8.GetBytes("""
            {
              "root": true,
              "helpBaseUrl": "https://intranet.wreakevalley.example/rules?id="
            }
            """)));

        Assert.Equal("$.helpBaseUrl", error.JsonPath);
        Assert.StartsWith("press/publicitycheck.json(3,3): error: $.helpBaseUrl: \"https://intranet.wreakevalley.example/rules?id=\" must be the absolute http or https address", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RefusesAHelpBaseUrlThatIsNotAString()
    {
        var error = Assert.Throws<ConfigurationException>(() => ConfigurationFileParser.Parse("press/publicitycheck.json", Encoding.UTF8.GetBytes("""
            { "helpBaseUrl": ["https://intranet.wreakevalley.example/rules"] }
            """)));

        Assert.Equal("$.helpBaseUrl", error.JsonPath);
        Assert.Contains("as a string", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OverlaidWith_NearerFilesHelpBaseUrlWins_AndAFileWithoutOneKeepsTheFartherOne()
    {
        var farther = new PublicityCheckConfiguration { HelpBaseUrl = Parse("https://intranet.wreakevalley.example/rules") };
        var nearer = new PublicityCheckConfiguration { HelpBaseUrl = Parse("https://press.wreakevalley.example/rules/{id}.html") };

        Assert.Equal(nearer.HelpBaseUrl, farther.OverlaidWith(nearer).HelpBaseUrl);
        Assert.Equal(farther.HelpBaseUrl, farther.OverlaidWith(PublicityCheckConfiguration.Default).HelpBaseUrl);
    }
}
