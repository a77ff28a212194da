using PublicityCheck.Documents;
using static PublicityCheck.Tests.Documents.Markdown.MarkdownTestSupport;

namespace PublicityCheck.Tests.Documents.Markdown;

/// <summary>Suppressions written as <c>publicitycheck-*</c> HTML comments.</summary>
public class MarkdownReaderSuppressionTest
{
    [Fact]
    public void Read_DisableThenEnableGivesRegionBetweenTheComments()
    {
        var document = Read("""
            # Candidates announced

            <!-- publicitycheck-disable PC0401 -->
            Cllr Jane Smith (Conservative) will stand again.
            <!-- publicitycheck-enable PC0401 -->

            Polling day is 7 May 2026.
            """);

        var suppression = Assert.Single(document.Suppressions);
        Assert.Equal<string>(["PC0401"], suppression.RuleIds);
        Assert.Equal((DocumentParts.Body, new SourcePosition(3, 1), new SourcePosition(5, 1)), (suppression.Part, suppression.Start, suppression.End));
        Assert.Equal(new SourcePosition(3, 1), suppression.Origin);
    }

    [Fact]
    public void Read_DisableCoversWordsInItsRegionOnly()
    {
        var document = Read("Polling day is 7 May 2026.\n\n<!-- publicitycheck-disable PC0401 -->\nCllr Jane Smith (Conservative) will stand again.\n<!-- publicitycheck-enable PC0401 -->\n\nCount at Loughborough Town Hall.\n");
        var suppression = Assert.Single(document.Suppressions);

        Assert.True(suppression.Covers("PC0401", DocumentParts.Body, document.GetLocation(Find(document, "Conservative")).Start));
        Assert.False(suppression.Covers("PC0401", DocumentParts.Body, document.GetLocation(Find(document, "Polling")).Start));
        Assert.False(suppression.Covers("PC0401", DocumentParts.Body, document.GetLocation(Find(document, "Count")).Start));
    }

    [Fact]
    public void Read_DisableWithoutEnableRunsToEndOfFile()
    {
        var document = Read("Intro.\n\n<!-- publicitycheck-disable PC0401 -->\nCllr Jane Smith (Conservative) will stand again.\n");

        var suppression = Assert.Single(document.Suppressions);
        Assert.Equal(new SourcePosition(6, 1), suppression.End);
    }

    [Fact]
    public void Read_DisableNextLineCoversTheWholeNextNonBlankLine()
    {
        var document = Read("Intro.\n\n<!-- publicitycheck-disable-next-line PC0401 -->\n\nCllr Jane Smith (Conservative) will stand again.\nPolling day is 7 May 2026.\n");

        var suppression = Assert.Single(document.Suppressions);
        Assert.Equal((new SourcePosition(5, 1), new SourcePosition(6, 1)), (suppression.Start, suppression.End));
        Assert.Equal(new SourcePosition(3, 1), suppression.Origin);
    }

    [Fact]
    public void Read_DisableWithoutIdsCoversEveryRule()
    {
        var document = Read("<!-- publicitycheck-disable -->\nVote for Cllr Jane Smith on 7 May.\n");

        var suppression = Assert.Single(document.Suppressions);
        Assert.Empty(suppression.RuleIds);
        Assert.True(suppression.Covers("PC0402"));
    }

    [Fact]
    public void Read_SeveralIdsSeparatedByCommasOrSpacesAreAllKept()
    {
        var document = Read("<!-- publicitycheck-disable PC0401, PC0402 PC0510 -->\nVote for Cllr Jane Smith on 7 May.\n");

        Assert.Equal<string>(["PC0401", "PC0402", "PC0510"], Assert.Single(document.Suppressions).RuleIds);
    }

    [Fact]
    public void Read_JustificationAfterDoubleDashIsKept()
    {
        var document = Read("<!-- publicitycheck-disable PC0401 -- approved by the Monitoring Officer, 3 March -->\nCllr Jane Smith (Conservative) opened the bridge.\n");

        var suppression = Assert.Single(document.Suppressions);
        Assert.Equal<string>(["PC0401"], suppression.RuleIds);
        Assert.Equal("approved by the Monitoring Officer, 3 March", suppression.Justification);
    }

    [Fact]
    public void Read_SuppressionWithoutJustificationHasNone()
    {
        var document = Read("<!-- publicitycheck-disable-next-line PC0401 -->\nCllr Jane Smith (Conservative) opened the bridge.\n");

        Assert.Null(Assert.Single(document.Suppressions).Justification);
    }

    [Fact]
    public void Read_EnableWithoutIdsEndsEveryOpenRegion()
    {
        var document = Read("<!-- publicitycheck-disable PC0401 -->\n<!-- publicitycheck-disable PC0402 -->\nCllr Jane Smith (Conservative) opened the bridge.\n<!-- publicitycheck-enable -->\n");

        Assert.Equal(2, document.Suppressions.Length);
        Assert.All(document.Suppressions, s => Assert.Equal(new SourcePosition(4, 1), s.End));
    }

    [Fact]
    public void Read_EnableOfOneIdLeavesTheOthersOpen()
    {
        var document = Read("<!-- publicitycheck-disable PC0401 PC0402 -->\nCllr Jane Smith (Conservative) opened the bridge.\n<!-- publicitycheck-enable PC0401 -->\nThe bridge cost £2m.\n");

        Assert.Equal(new SourcePosition(3, 1), document.Suppressions.Single(s => s.RuleIds.Contains("PC0401")).End);
        Assert.Equal(new SourcePosition(6, 1), document.Suppressions.Single(s => s.RuleIds.Contains("PC0402")).End);
    }

    [Fact]
    public void Read_InlineCommentInParagraphStartsRegionAtTheComment()
    {
        var document = Read("Cllr Jane Smith <!-- publicitycheck-disable PC0401 --> (Conservative) opened the bridge.\n");

        Assert.Equal(new SourcePosition(1, 17), Assert.Single(document.Suppressions).Start);
        Assert.DoesNotContain("publicitycheck", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CommentInCodeBlockIsNotASuppression()
    {
        var document = Read("How to suppress a finding:\n\n```\n<!-- publicitycheck-disable PC0401 -->\n```\n");

        Assert.Empty(document.Suppressions);
    }

    [Fact]
    public void Read_OrdinaryCommentIsNotASuppression()
    {
        var document = Read("<!-- check the date with the events team -->\nThe fireworks display is on 5 November.\n");

        Assert.Empty(document.Suppressions);
    }
}
