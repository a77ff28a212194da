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
}
