using PublicityCheck.Documents;
using PublicityCheck.Tests.Support;
using static PublicityCheck.Tests.Support.WordDocumentBuilder;

namespace PublicityCheck.Tests.Documents.Word;

public sealed class WordReaderSuppressionTest
{
    private static DocumentReadResult ReadWithComment(string comment) =>
        WordTestReading.Read(new WordDocumentBuilder()
            .Paragraph("Ashworth Borough Council")
            .Body(P(Run("Cllr Jane Smith, Leader of the Council, said: "), CommentStart(7), Run("\u201CVote for a brighter Ashworth.\u201D"), CommentEnd(7)))
            .Comment(7, comment));

    [Fact]
    public void Read_DisableComment_GivesSuppressionOverItsRange()
    {
        var result = ReadWithComment("publicitycheck-disable PC0401, PC0402 -- approved by the Monitoring Officer, 2 March 2026");

        var suppression = Assert.Single(result.Document!.Suppressions);
        Assert.Equal(["PC0401", "PC0402"], suppression.RuleIds.ToArray());
        Assert.Equal(DocumentParts.Body, suppression.Part);
        Assert.Equal(new SourcePosition(2, 47), suppression.Start);
        Assert.Equal(new SourcePosition(2, 47 + "\u201CVote for a brighter Ashworth.\u201D".Length), suppression.End);
        Assert.Equal("approved by the Monitoring Officer, 2 March 2026", suppression.Justification);
    }

    [Fact]
    public void Read_DisableComment_CoversTheQuotedWords()
    {
        var document = ReadWithComment("publicitycheck-disable PC0401 -- approved by the Monitoring Officer").Document!;

        var vote = document.Text.IndexOf("Vote", StringComparison.Ordinal);
        var location = document.GetLocation(new TextSpan(vote, 4));
        var said = document.GetLocation(new TextSpan(document.Text.IndexOf("said", StringComparison.Ordinal), 4));
        Assert.True(document.Suppressions[0].Covers("PC0401", location.Part, location.Start));
        Assert.False(document.Suppressions[0].Covers("PC0401", said.Part, said.Start));
    }

    [Fact]
    public void Read_DisableCommentWithoutIds_SuppressesEveryRule()
    {
        var suppression = Assert.Single(ReadWithComment("publicitycheck-disable").Document!.Suppressions);

        Assert.True(suppression.RuleIds.IsEmpty);
        Assert.Null(suppression.Justification);
    }

    [Fact]
    public void Read_DisableComment_NotCountedAsReviewerComment()
    {
        var result = ReadWithComment("publicitycheck-disable PC0401 -- approved by the Monitoring Officer");

        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "PC0004");
    }

    [Fact]
    public void Read_OrdinaryComment_GivesNoSuppression()
    {
        var result = ReadWithComment("Please check this quote with the Leader's office.");

        Assert.Empty(result.Document!.Suppressions);
        Assert.Contains(result.Diagnostics, d => d.Id == "PC0004");
    }

    [Fact]
    public void Read_RangeAcrossParagraphs_EndsInLaterParagraph()
    {
        var result = WordTestReading.Read(new WordDocumentBuilder()
            .Body(CommentStart(3), P(Run("The Leader said the opposition had failed Ashworth.")), P(Run("Vote Smith on 7 May."), CommentEnd(3)), P(Run("Ends")))
            .Comment(3, "publicitycheck-disable PC0402 -- quoted from the council meeting minutes"));

        var suppression = Assert.Single(result.Document!.Suppressions);
        Assert.Equal((new SourcePosition(1, 1), new SourcePosition(2, 21)), (suppression.Start, suppression.End));
    }
}
