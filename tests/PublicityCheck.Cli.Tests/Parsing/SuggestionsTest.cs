using PublicityCheck.Cli.Parsing;

namespace PublicityCheck.Tests.Parsing;

public class SuggestionsTest
{
    private static readonly string[] Verbs = ["init", "check", "scan", "rules", "calendar", "inspect", "annotate", "classify", "serve"];

    [Theory]
    [InlineData("chekc", "check")]
    [InlineData("chek", "check")]
    [InlineData("checks", "check")]
    [InlineData("CHECK", "check")]
    [InlineData("calender", "calendar")]
    [InlineData("anotate", "annotate")]
    public void For_OffersTheVerbAFewEditsAway(string typed, string expected)
    {
        Assert.Equal([expected], Suggestions.For(typed, Verbs));
    }

    [Theory]
    [InlineData("xml")]
    [InlineData("frobnicate")]
    [InlineData("")]
    public void For_OffersNothingWhenNoNameIsClose(string typed)
    {
        Assert.Empty(Suggestions.For(typed, Verbs));
    }

    [Fact]
    public void For_OffersEveryNameEquallyNear_InOrder()
    {
        Assert.Equal(["PC0101", "PC0110"], Suggestions.For("PC0100", ["PC0110", "PC0101", "PC0201", "PC0401"]));
    }

    [Fact]
    public void For_OffersNothingForAPastedParagraph()
    {
        Assert.Empty(Suggestions.For(new string('c', 10_000), Verbs));
    }

    [Fact]
    public void DidYouMean_WritesTheNameAsItIsTyped()
    {
        Assert.Equal(" Did you mean '--format'?", Suggestions.DidYouMean("fromat", ["format", "output", "config"], name => "--" + name));
    }

    [Fact]
    public void DidYouMean_JoinsSeveralNamesWithOr()
    {
        Assert.Equal(" Did you mean 'PC0101' or 'PC0110'?", Suggestions.DidYouMean("PC0100", ["PC0110", "PC0101"]));
    }

    [Theory]
    [InlineData("check", "chekc", 1)]
    [InlineData("check", "chck", 1)]
    [InlineData("check", "scan", 5)]
    [InlineData("", "scan", 4)]
    public void Distance_CountsASwapOfNeighboursAsOneEdit(string a, string b, int expected)
    {
        Assert.Equal(expected, Suggestions.Distance(a, b));
    }
}
