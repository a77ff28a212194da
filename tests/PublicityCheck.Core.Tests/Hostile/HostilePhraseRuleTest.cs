using PublicityCheck.Tests.Support;
using PublicityCheck.Text;

namespace PublicityCheck.Tests.Hostile;

public sealed class HostilePhraseRuleTest
{
    // (a+)+b is the classic catastrophic pattern: a backtracking engine takes exponential time on "aaaa…c".
    private const string Configuration = """
        {
          "phrases": [
            { "id": "LOCAL001", "match": ["(a+)+b", "(.*a){20}", "a a a a a a a a a a a a a a a a a a a a b"], "message": "hostile" }
          ]
        }
        """;

    [Fact]
    public void Matches_RegexMetacharacters_MatchedLiterally()
    {
        var phrases = new PhraseList(["(a+)+b"]);

        Assert.Empty(phrases.Matches("aaaaaaaaaaaaaaaab"));
        Assert.Single(phrases.Matches("the pattern (a+)+b appears"));
    }

    [Fact]
    public void Matches_HostileInputForBacktracking_FinishesWithinBound()
    {
        var phrases = new PhraseList(["(a+)+b", "a a a a a a a a a a a a a a a a a a a a b"]);
        var hostile = string.Concat(Enumerable.Repeat("a-", 500_000)) + "c";
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();

        var matches = phrases.Matches(hostile).ToList();

        Assert.Empty(matches);
        Assert.True(stopwatch.Elapsed < HostileCheck.Bound, stopwatch.Elapsed.ToString());
    }

    [Fact]
    public void CheckFile_CouncilRuleOnHostileRelease_FinishesWithinBound()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("release.md", "# Hostile\n\n" + string.Concat(Enumerable.Repeat("a ", 200_000)) + "c\n\nThe pattern (a+)+b is here.\n");

        var (result, _) = HostileCheck.Run(folder, path, Configuration);

        Assert.Single(result.Diagnostics, d => d.Id == "LOCAL001");
    }
}
