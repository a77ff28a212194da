using NodaTime;
using PublicityCheck.Documents;
using PublicityCheck.Tests.Support;
using static PublicityCheck.Tests.Support.WordDocumentBuilder;

namespace PublicityCheck.Tests.Documents.Word;

public sealed class WordReaderMetadataTest
{
    [Fact]
    public void Read_CoreTitle_IsTitle()
    {
        var document = WordTestReading.ReadDocument(new WordDocumentBuilder()
            .Title("Parking charges frozen for 2026")
            .Body(StyledP("Heading1", "Good news for shoppers")));

        Assert.Equal("Parking charges frozen for 2026", document.Metadata.Title);
        Assert.Equal("Parking charges frozen for 2026", document.Metadata.GetProperty("title"));
    }

    [Fact]
    public void Read_NoCoreTitle_FirstHeadingIsTitle()
    {
        var document = WordTestReading.ReadDocument(new WordDocumentBuilder()
            .Paragraph("For immediate release")
            .Body(StyledP("Heading1", "Good news for shoppers")));

        Assert.Equal("Good news for shoppers", document.Metadata.Title);
    }

    [Fact]
    public void Read_CustomEmbargoProperty_GivesPublicationDate()
    {
        var document = WordTestReading.ReadDocument(new WordDocumentBuilder()
            .CustomProperty("Embargo", "3 March 2026")
            .Paragraph("Date: 1 March 2026"));

        Assert.Equal(["3 March 2026"], document.Metadata.Properties["embargo"].ToArray());
        Assert.Equal(new LocalDate(2026, 3, 3), document.Metadata.PublishOn);
        Assert.Equal(new PublicationDate(new LocalDate(2026, 3, 3), PublishOnSource.FrontMatter, "embargo"), document.Metadata.Publication);
    }

    [Fact]
    public void Read_CoverPagePublishDate_GivesPublicationDate()
    {
        var document = WordTestReading.ReadDocument(new WordDocumentBuilder()
            .CoverPublishDate("2026-03-03")
            .Paragraph("Ashworth Borough Council news"));

        Assert.Equal(new LocalDate(2026, 3, 3), document.Metadata.PublishOn);
    }

    [Fact]
    public void Read_EmbargoLine_GivesPublicationDate()
    {
        var document = WordTestReading.ReadDocument(new WordDocumentBuilder()
            .Paragraph("Embargoed until 00:01 on 3 March 2026")
            .Paragraph("The council will freeze parking charges."));

        Assert.Equal(new LocalDate(2026, 3, 3), document.Metadata.PublishOn);
    }
}
