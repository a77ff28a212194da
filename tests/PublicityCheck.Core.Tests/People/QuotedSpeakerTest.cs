using NodaTime;
using PublicityCheck.People;
using PublicityCheck.Tests.Support;
using PublicityCheck.Text.Quotations;

namespace PublicityCheck.Tests.People;

public class QuotedSpeakerTest
{
    private static QuotedSpeaker Resolve(LocalDate publishOn, params string[] paragraphs)
    {
        var document = TestDocuments.FromParagraphs("release.md", paragraphs);
        return Assert.Single(QuotedSpeakers.ResolveAll(QuotationExtractor.Default.Extract(document), WreakeValley.Configuration().Roster, publishOn));
    }

    [Theory]
    [InlineData(2026, 3, 3, "helen-marsh", "Councillor Helen Marsh")]
    [InlineData(2026, 6, 1, "rajesh-patel", "Councillor Rajesh Patel")]
    public void ResolveAll_ATitleTheReleaseGivesNoNameFor_IsTheRostersHolderOnThePublicationDate(int year, int month, int day, string id, string name)
    {
        var speaker = Resolve(new LocalDate(year, month, day), "“The new pool is a great day for Easterby,” said the Leader.");

        Assert.Equal(id, speaker.Person?.Id);
        Assert.Equal(name, speaker.Quotation.Speaker?.Name);
        Assert.Equal(AttributedBy.Roster, speaker.Quotation.Speaker?.AttributedBy);
        Assert.Equal("Leader", speaker.Quotation.Speaker?.RoleText);
    }

    [Fact]
    public void ResolveAll_APronounForAPostTheReleaseGivesNoNameFor_IsTheRostersHolder()
    {
        var speaker = Resolve(
            new LocalDate(2026, 3, 3),
            "The Leader of the Council has set out plans for a new leisure centre in Syston.",
            "He said: “Residents have told us they want a pool they can walk to.”");

        Assert.Equal("helen-marsh", speaker.Person?.Id);
        Assert.Equal(AttributedBy.Roster, speaker.Quotation.Speaker?.AttributedBy);
        Assert.Equal("Leader of the Council", speaker.Quotation.Speaker?.RoleText);
    }

    [Fact]
    public void ResolveAll_ATitleTheReleaseNamesAHolderFor_KeepsTheReleasesHolder()
    {
        var speaker = Resolve(
            new LocalDate(2026, 3, 3),
            "The Leader, Councillor Rajesh Patel, opened the pool.",
            "“The new pool is a great day for Easterby,” said the Leader.");

        Assert.Equal("rajesh-patel", speaker.Person?.Id);
        Assert.Equal(AttributedBy.Title, speaker.Quotation.Speaker?.AttributedBy);
    }

    [Fact]
    public void ResolveAll_AnUnnamedSpokesperson_IsNotGivenARosterHolder()
    {
        var speaker = Resolve(new LocalDate(2026, 3, 3), "A council spokesperson said: “The pool reopens on Monday.”");

        Assert.Null(speaker.Person);
        Assert.Equal(AttributedBy.Spokesperson, speaker.Quotation.Speaker?.AttributedBy);
    }
}
