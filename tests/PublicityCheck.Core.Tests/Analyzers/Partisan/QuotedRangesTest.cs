using PublicityCheck.Analyzers.Partisan;

namespace PublicityCheck.Tests.Analyzers.Partisan;

public class QuotedRangesTest
{
    [Fact]
    public void Find_PairsCurlyQuotes()
    {
        const string sentence = "Cllr Shah said: \u201CThe Labour group backed it.\u201D";

        var range = Assert.Single(QuotedRanges.Find(sentence));

        Assert.Equal(sentence.IndexOf('\u201C', StringComparison.Ordinal), range.Start);
        Assert.Equal(sentence.Length, range.End);
    }

    [Fact]
    public void Find_QuotesWhatComesBeforeAClosingMarkWithNoOpeningOne()
    {
        const string sentence = "The Labour group backed it,\" said Cllr Shah.";

        var range = Assert.Single(QuotedRanges.Find(sentence));

        Assert.Equal(0, range.Start);
        Assert.Equal(sentence.IndexOf('"', StringComparison.Ordinal) + 1, range.End);
    }

    [Fact]
    public void Find_IgnoresApostrophes()
    {
        Assert.Empty(QuotedRanges.Find("The Residents' group's motion was debated."));
    }
}
