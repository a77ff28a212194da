using System.Collections.Immutable;
using PublicityCheck.Documents;
using PublicityCheck.Releases;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Tests.Releases;

public class ReleaseKindDetectorTest
{
    [Fact]
    public void Detect_FindsAScrutinyReleaseFromItsLead()
    {
        var document = TestDocuments.FromParagraphs(
            "flood.md",
            "Scrutiny review calls for better flood warnings",
            "The Overview and Scrutiny Committee has published its review of how the council warns residents about flooding.");

        Assert.Equal((ReleaseKind.Scrutiny, false), ReleaseKindDetector.Detect(document));
    }

    [Fact]
    public void Detect_FindsACommitteeRelease()
    {
        var document = TestDocuments.FromParagraphs("plan.md", "Planning Committee approves 120 homes at Tanyard Lane", "The scheme includes 36 affordable homes.");

        Assert.Equal(ReleaseKind.Committee, ReleaseKindDetector.Detect(document).Kind);
    }

    [Fact]
    public void Detect_AScrutinyCommitteeNamedAsWhereTheFeedbackGoesNext_IsNoScrutinyRelease()
    {
        var document = TestDocuments.FromParagraphs(
            "bins.md",
            "What you told us about garden waste",
            "Councillor Ann Lee, Cabinet Member for Environment, said:",
            "“We have read every response, and we will take what residents told us to the next Overview and Scrutiny Committee in March before the Cabinet decides.”");

        Assert.Equal(ReleaseKind.General, ReleaseKindDetector.Detect(document).Kind);
    }

    [Fact]
    public void Detect_ATaskAndFinishGroupTheCabinetSetsUp_IsNoScrutinyRelease()
    {
        var document = TestDocuments.FromParagraphs(
            "recycling.md",
            "Cabinet orders review of recycling collections",
            "The Cabinet has agreed to set up a task and finish group to look at missed collections in Easterby.");

        Assert.Equal(ReleaseKind.General, ReleaseKindDetector.Detect(document).Kind);
    }

    [Fact]
    public void Detect_ATaskAndFinishGroupReportingItsOwnWork_IsAScrutinyRelease()
    {
        var document = TestDocuments.FromParagraphs(
            "recycling.md",
            "Councillors' review of missed collections reports",
            "A task and finish group of five councillors has recommended a new way of reporting missed bins.");

        Assert.Equal(ReleaseKind.Scrutiny, ReleaseKindDetector.Detect(document).Kind);
    }

    [Fact]
    public void Detect_IgnoresScrutinyMentionedOnlyAtTheEnd()
    {
        var document = TestDocuments.FromParagraphs(
            "leisure.md",
            "Easterby Leisure Centre reopens",
            "The pool reopens on Monday after a £4.2m refurbishment.",
            "The new changing rooms are fully accessible.",
            "The project was reviewed by the scrutiny committee in 2025.");

        Assert.Equal(ReleaseKind.General, ReleaseKindDetector.Detect(document).Kind);
    }

    [Fact]
    public void Detect_TakesTheKindTheAuthorStated()
    {
        var metadata = DocumentMetadata.Empty with
        {
            Properties = DocumentMetadata.Empty.Properties.Add("category", ImmutableArray.Create("emergency")),
        };
        var block = new Block(BlockKind.Paragraph, DocumentParts.Body, "Residents of Hollin Bridge are asked to avoid the river path.", new SourceMapBuilder().Append("Residents of Hollin Bridge are asked to avoid the river path.", new SourcePosition(1, 1)).ToSourceMap());
        var document = new ReleaseDocument("river.md", ReleaseFormat.Markdown, [block], metadata);

        Assert.Equal((ReleaseKind.Emergency, true), ReleaseKindDetector.Detect(document));
    }

    [Fact]
    public void Detect_ReadsTheLeadPastTheDatelineThatOpensTheRelease()
    {
        const string text = """
            # Volunteers recognised at annual awards

            Published: Monday 7 April 2025

            Volunteers from across the county have been recognised for their work in their communities.

            The Provost presented 30 certificates at a ceremony at County Buildings.
            """;
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));
        var document = new PublicityCheck.Documents.Markdown.MarkdownReader().Read("awards.md", stream, ReaderOptions.Default).Document!;

        Assert.Equal(PublishOnSource.Dateline, document.Metadata.Publication?.Source);
        Assert.Equal(ReleaseKind.Civic, ReleaseKindDetector.Detect(document).Kind);
    }

    [Theory]
    [InlineData("The Council Convener visited Mrs Ainsworth on her 100th birthday to offer the council's congratulations.", ReleaseKind.Civic)]
    [InlineData("Depute Provost Ann Lee presented the certificates at the ceremony.", ReleaseKind.Civic)]
    [InlineData("The Convener of the Education Committee visited the new school on its first day.", ReleaseKind.General)]
    public void Detect_ReadsAScottishCivicHeadsPostButNotACommitteeConvener(string lead, ReleaseKind kind)
    {
        var document = TestDocuments.FromParagraphs("visit.md", "Birthday visit to Hollin Bridge", lead);

        Assert.Equal(kind, ReleaseKindDetector.Detect(document).Kind);
    }

    [Fact]
    public void Detect_FindsACivicReleaseFromTheCivicHeadInItsLead()
    {
        var document = TestDocuments.FromParagraphs(
            "garden.md",
            "Mayor opens community garden at Elm Park",
            "The Mayor of Wreake Valley, Councillor Joan Pritchard, has opened a community garden built by volunteers.");

        Assert.Equal((ReleaseKind.Civic, false), ReleaseKindDetector.Detect(document));
    }

    [Theory]
    [InlineData("Chairman of Mid Wreake District Council presents community awards")]
    [InlineData("Provost's awards open for nominations")]
    [InlineData("Lord Mayor's new year message")]
    [InlineData("Civic reception for the county's Olympians")]
    public void Detect_FindsACivicReleaseFromTheCivicPostInItsHeadline(string headline)
    {
        var document = TestDocuments.FromParagraphs("civic.md", headline, "Nominations close on 30 January.");

        Assert.Equal(ReleaseKind.Civic, ReleaseKindDetector.Detect(document).Kind);
    }

    [Theory]
    [InlineData("Flag raised to honour the Armed Forces", "The council raised the flag on Monday for Armed Forces Day, which falls on Saturday.")]
    [InlineData("Holocaust Memorial Day service", "Residents are invited to an online service for Holocaust Memorial Day on 27 January.")]
    [InlineData("Book of condolence opens", "A book of condolence is open at the Town Hall from 10am today.")]
    [InlineData("Town remembers the end of the war in Europe", "Bells will ring at noon on VE Day, and residents are asked to join a two-minute silence.")]
    [InlineData("Oak planted for the Platinum Jubilee", "An oak has been planted in the market square to mark the Platinum Jubilee.")]
    public void Detect_FindsACivicReleaseFromAnOccasionOfTheCivicCalendar(string headline, string lead)
    {
        var document = TestDocuments.FromParagraphs("occasion.md", headline, lead);

        Assert.Equal(ReleaseKind.Civic, ReleaseKindDetector.Detect(document).Kind);
    }

    [Theory]
    [InlineData("Young mayor wants every school to have a garden", "Ten-year-old Sam Reid has been named the borough's Children's Mayor.")]
    [InlineData("Bus fares capped across the region", "The Mayor of Greater Manchester has capped single fares at £2.")]
    [InlineData("Library moves to the Civic Centre", "The library reopens in the Civic Centre on Monday.")]
    public void Detect_DoesNotTakeAnotherMayorOrACivicBuildingForTheCivicHead(string headline, string lead)
    {
        var document = TestDocuments.FromParagraphs("other.md", headline, lead);

        Assert.Equal(ReleaseKind.General, ReleaseKindDetector.Detect(document).Kind);
    }

    [Fact]
    public void Detect_TakesACommitteeBeforeTheCivicHeadWhoChairsIt()
    {
        var document = TestDocuments.FromParagraphs("plan.md", "Planning Committee approves 120 homes", "The Mayor of Wreake Valley, who chairs the council, attended the planning committee.");

        Assert.Equal(ReleaseKind.Committee, ReleaseKindDetector.Detect(document).Kind);
    }
}
