using PublicityCheck.Releases;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Tests.Releases;

public class TopicCatalogTest
{
    [Fact]
    public void TopicsOf_FindsTheTopicsOfARelease()
    {
        var document = TestDocuments.FromParagraphs(
            "bins.md",
            "Christmas bin collections",
            "Bin collections move by a day over Christmas. Garden waste collections pause until January.");

        Assert.Equal("environment-and-waste", TopicCatalog.Default.TopicsOf(document)[0]);
    }

    [Theory]
    [InlineData("Housing and Homelessness", "housing")]
    [InlineData("Environment and Climate", "environment-and-waste")]
    [InlineData("Finance, Assets and Property", "finance")]
    [InlineData("Leisure, Culture and Tourism", "leisure-and-culture")]
    [InlineData("Regeneration and Economy", "regeneration")]
    public void TopicsOfPortfolio_ReadsTheTopicFromThePortfolioName(string portfolio, string topic)
    {
        Assert.Contains(topic, TopicCatalog.Default.TopicsOfPortfolio(portfolio, []));
    }

    [Fact]
    public void TopicsOfPortfolio_AddsTopicsTheRoleLists()
    {
        Assert.Contains("transport", TopicCatalog.Default.TopicsOfPortfolio("Neighbourhoods", ["transport"]));
    }
}
