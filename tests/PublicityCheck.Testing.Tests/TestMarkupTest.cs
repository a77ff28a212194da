namespace PublicityCheck.Testing.Tests;

public sealed class TestMarkupTest
{
    [Fact]
    public void Parse_RemovesSquareMarkup_AndKeepsTheSpanOfTheMarkedWords()
    {
        var (text, spans) = TestMarkup.Parse("Approved by [|the authority|] today.");

        Assert.Equal("Approved by the authority today.", text);
        Assert.Equal(new MarkedSpan(null, null, 12, 25), Assert.Single(spans));
    }

    [Fact]
    public void Parse_ReadsARuleIdFromBraceMarkup()
    {
        var (text, spans) = TestMarkup.Parse("Cabinet met on {|WVB202:Monday 3 March 2026|}.");

        Assert.Equal("Cabinet met on Monday 3 March 2026.", text);
        Assert.Equal(new MarkedSpan("WVB202", null, 15, 34), Assert.Single(spans));
    }

    [Fact]
    public void Parse_ReadsALocationKeyFromBraceMarkup()
    {
        var (_, spans) = TestMarkup.Parse("{|#0:The authority|} agreed.");

        Assert.Equal(new MarkedSpan(null, 0, 0, 13), Assert.Single(spans));
    }

    [Fact]
    public void Parse_NestedSpans_AreListedInTheOrderTheyOpen()
    {
        var (text, spans) = TestMarkup.Parse("{|#1:Said [|the authority|]|} today.");

        Assert.Equal("Said the authority today.", text);
        Assert.Equal<MarkedSpan>([new MarkedSpan(null, 1, 0, 18), new MarkedSpan(null, null, 5, 18)], spans);
    }

    [Fact]
    public void Parse_AnUnclosedSpan_IsAnErrorNamingItsPlace()
    {
        var error = Assert.Throws<ArgumentException>(() => TestMarkup.Parse("First line.\nSecond [|line."));

        Assert.StartsWith("Test markup at (2,8): '[|' is never closed.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_AClosingTokenOfTheWrongKind_IsAnError()
    {
        var error = Assert.Throws<ArgumentException>(() => TestMarkup.Parse("Said [|the authority|} today."));

        Assert.StartsWith("Test markup at (1,21): '|}' closes no '{|'.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BraceMarkupWithoutIdOrKey_IsAnError()
    {
        var error = Assert.Throws<ArgumentException>(() => TestMarkup.Parse("Said {|the authority|} today."));

        Assert.Contains("'{|' must be followed by a rule id or a location key and a colon", error.Message, StringComparison.Ordinal);
    }
}
