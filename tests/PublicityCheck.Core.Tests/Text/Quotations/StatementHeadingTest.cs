using System.Text;
using PublicityCheck.Documents;
using PublicityCheck.Tests.Support;
using PublicityCheck.Text.Quotations;

namespace PublicityCheck.Tests.Text.Quotations;

/// <summary>A statement's headline says who makes it; its quotations, attributed to nobody in the body, are theirs.</summary>
public sealed class StatementHeadingTest
{
    private static ReleaseDocument Markdown(string text)
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("statement.md", Encoding.UTF8.GetBytes(text));
        return DocumentReaders.Default.ReadFile(path).Document!;
    }

    [Fact]
    public void Extract_GivesAStatementsQuotationsTheRoleItsHeadlineNames()
    {
        var document = Markdown("# Finance settlement – statement from the Council Leader\n\n“The settlement leaves us £3 million short of what we need next year.”\n");

        var speaker = Assert.Single(document.Quotations).Speaker;

        Assert.Equal("Council Leader", speaker?.Name);
        Assert.Equal("Council Leader", speaker?.RoleText);
        Assert.Equal(AttributedBy.PreviousParagraph, speaker?.AttributedBy);
        Assert.Equal(TestDocuments.SpanOf(document, "Council Leader"), speaker?.RoleSpan);
    }

    [Fact]
    public void Extract_GivesAStatementsQuotationsThePersonItsHeadlineNames()
    {
        var document = Markdown("# Statement by Cllr Ann Lee, Leader of the Council\n\n“We will set a balanced budget, as we must.”\n");

        var speaker = Assert.Single(document.Quotations).Speaker;

        Assert.Equal("Cllr Ann Lee", speaker?.Name);
        Assert.Equal("Leader of the Council", speaker?.RoleText);
    }

    [Fact]
    public void Extract_LeavesAStatementFromTheCouncilUnattributed()
    {
        var document = Markdown("# Statement from Tarrow Council on the flooding\n\n“Crews have worked through the night to clear the drains.”\n");

        Assert.Null(Assert.Single(document.Quotations).Speaker);
    }

    [Fact]
    public void Extract_KeepsTheSpeakerTheBodyGivesAStatementsQuotation()
    {
        var document = Markdown("# Statement from the Council Leader\n\n“The grant is welcome,” said Mark Ellis, the council's Director of Finance.\n");

        Assert.Equal("Mark Ellis", Assert.Single(document.Quotations).Speaker?.Name);
    }

    [Fact]
    public void Extract_ReadsNoSpeakerFromAHeadingLongerThanAHeadline()
    {
        var document = Markdown("# " + string.Concat(Enumerable.Repeat("Budget and ", 2000)) + "statement from the Council Leader\n\n“We will set a balanced budget, as we must.”\n");

        Assert.Null(Assert.Single(document.Quotations).Speaker);
    }
}
