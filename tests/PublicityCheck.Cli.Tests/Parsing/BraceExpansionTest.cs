using PublicityCheck.Cli;
using PublicityCheck.Cli.Parsing;

namespace PublicityCheck.Tests.Parsing;

public class BraceExpansionTest
{
    [Fact]
    public void Expand_GivesEachAlternativeInTheOrderWritten()
    {
        Assert.Equal(["releases/county/*.md", "releases/pre-election/*.md"], BraceExpansion.Expand("releases/{county,pre-election}/*.md"));
    }

    [Fact]
    public void Expand_CombinesTwoGroups()
    {
        Assert.Equal(["2025/a.md", "2025/b.docx", "2026/a.md", "2026/b.docx"], BraceExpansion.Expand("{2025,2026}/{a.md,b.docx}"));
    }

    [Fact]
    public void Expand_OpensANestedGroup()
    {
        Assert.Equal(["drafts/a.md", "press/2025.md", "press/2026.md"], BraceExpansion.Expand("{drafts/a,press/{2025,2026}}.md"));
    }

    [Fact]
    public void Expand_KeepsAnEmptyAlternative()
    {
        Assert.Equal(["budget.md", "budget-draft.md"], BraceExpansion.Expand("budget{,-draft}.md"));
    }

    [Theory]
    [InlineData("drafts/{draft}.md")]
    [InlineData("drafts/{unclosed,brace.md")]
    [InlineData("drafts/*.md")]
    public void Expand_LeavesAPathWithoutAlternativesAsItIs(string pattern)
    {
        Assert.False(BraceExpansion.HasAlternatives(pattern));
        Assert.Equal([pattern], BraceExpansion.Expand(pattern));
    }

    [Fact]
    public void Expand_RefusesAPatternThatStandsForTooManyPaths()
    {
        var pattern = string.Concat(Enumerable.Repeat("{a,b}", 11)); // 2,048 paths

        var error = Assert.Throws<UsageException>(() => BraceExpansion.Expand(pattern));

        Assert.Contains("more than 1,024 paths", error.Message, StringComparison.Ordinal);
    }
}
