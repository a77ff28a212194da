using NodaTime;
using PublicityCheck.Documents;
using static PublicityCheck.Tests.Documents.Markdown.MarkdownTestSupport;

namespace PublicityCheck.Tests.Documents.Markdown;

/// <summary>Front matter, title and publication date.</summary>
public class MarkdownReaderMetadataTest
{
    private const string Release = """
        ---
        Title: Charnwood leisure centre reopens
        publish: Tuesday 3 March 2026
        tags:
          - leisure
          - Loughborough
        ---

        # Leisure centre reopens after refit

        Cllr Jane Smith, Leader of the Council, said: "Residents have waited long enough."
        """;

    [Fact]
    public void Read_FrontMatterScalarBecomesOneValueUnderLowerCaseKey()
    {
        var document = Read(Release);

        Assert.Equal<string>(["Charnwood leisure centre reopens"], document.Metadata.Properties["title"]);
        Assert.Contains("title", document.Metadata.Properties.Keys);
    }

    [Fact]
    public void Read_FrontMatterSequenceKeepsEachItem()
    {
        var document = Read(Release);

        Assert.Equal<string>(["leisure", "Loughborough"], document.Metadata.Properties["tags"]);
    }

    [Fact]
    public void Read_FrontMatterNestedMappingIsFlattened()
    {
        var document = Read("---\ncontact:\n  name: Press Office\n  phone: 01509 634560\n---\n\nThe park reopens.\n");

        Assert.Equal("Press Office", document.Metadata.GetProperty("contact.name"));
    }

    [Fact]
    public void Read_FrontMatterIsNotAnalysisText()
    {
        var document = Read(Release);

        Assert.DoesNotContain("publish", document.Text, StringComparison.Ordinal);
        Assert.Equal("Leisure centre reopens after refit", document.Blocks[0].Text);
    }

    [Fact]
    public void Read_TitleComesFromFrontMatter()
    {
        var document = Read(Release);

        Assert.Equal("Charnwood leisure centre reopens", document.Metadata.Title);
    }

    [Fact]
    public void Read_TitleFallsBackToFirstHeading()
    {
        var document = Read("Press release\n\n## Garden waste collections resume\n\n# Later heading\n");

        Assert.Equal("Garden waste collections resume", document.Metadata.Title);
    }

    [Theory]
    [InlineData("publish: 3 March 2026", "publish")]
    [InlineData("embargo: 00:01 Tuesday 3 March 2026", "embargo")]
    [InlineData("date: 2026-03-03", "date")]
    public void Read_FrontMatterDateGivesPublicationDate(string line, string key)
    {
        var document = Read($"---\n{line}\n---\n\nThe park reopens.\n");

        Assert.Equal(new PublicationDate(new LocalDate(2026, 3, 3), PublishOnSource.FrontMatter, key), document.Metadata.Publication);
    }

    [Fact]
    public void Read_EmbargoedUntilLineGivesPublicationDate()
    {
        var document = Read("# Budget consultation opens\n\n**Embargoed until 00:01 Tuesday 3 March 2026**\nIssued by the press office\n\nResidents can have their say.\n");

        Assert.Equal((new LocalDate(2026, 3, 3), PublishOnSource.Dateline), (document.Metadata.PublishOn, document.Metadata.PublishOnSource));
    }

    [Fact]
    public void Read_MalformedFrontMatterIsSkippedWithTextSkippedWarning()
    {
        var result = ReadResult("---\ntitle: \"Bin collections\nchange: [unclosed\n---\n\nCollections run as normal.\n");

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal("PC0007", warning.Id);
        Assert.Equal(new SourcePosition(1, 1), warning.Location.Start);
        Assert.Empty(result.Document!.Metadata.Properties);
        Assert.Equal("Collections run as normal.", result.Document.Text);
    }

    [Fact]
    public void Read_FrontMatterAfterTemplateTagIsRead()
    {
        var document = Read("{% load static %}---\ntitle: Ward results\n--- \n# Local elections 2026\n");

        Assert.Equal("Ward results", document.Metadata.Title);
        Assert.Equal("Local elections 2026", Assert.Single(document.Blocks).Text);
    }

    [Fact]
    public void Read_ThematicBreakAtTopWithoutClosingMarkerIsNotFrontMatter()
    {
        var document = Read("---\n\nThe new play area opens today.\n");

        Assert.Empty(document.Metadata.Properties);
        Assert.Equal("The new play area opens today.", document.Text);
    }
}
