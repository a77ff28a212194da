using PublicityCheck.Text;

namespace PublicityCheck.Tests.Text;

/// <summary>Finding the token at a place in a text, as the classifier's frames read a sentence around a match.</summary>
public class WordTokensTest
{
    private const string Text = "Our group met  on Monday.";

    [Theory]
    [InlineData(0, "Our")]
    [InlineData(5, "group")]
    [InlineData(13, "met")]
    [InlineData(24, ".")]
    public void IndexAt_AnOffset_GivesTheTokenHoldingItOrTheOneBefore(int offset, string token) =>
        Assert.Equal(token, TokenText(WordTokens.Of(Text).IndexAt(offset)));

    [Theory]
    [InlineData(13, "on")]
    [InlineData(4, "group")]
    public void IndexAt_AfterAnOffset_GivesTheFirstTokenStartingThere(int offset, string token) =>
        Assert.Equal(token, TokenText(WordTokens.Of(Text).IndexAt(offset, after: true)));

    [Fact]
    public void IndexAt_AfterTheLastToken_GivesTheCount()
    {
        var tokens = WordTokens.Of(Text);

        Assert.Equal(tokens.Count, tokens.IndexAt(Text.Length, after: true));
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(4, true)]
    [InlineData(5, false)]
    [InlineData(-1, false)]
    [InlineData(6, false)]
    public void IsWordAt_IsAWordNotPunctuationAndFalseOutsideTheTokens(int index, bool word) =>
        Assert.Equal(word, WordTokens.Of(Text).IsWordAt(Text, index));

    [Fact]
    public void TextAt_GivesTheTokensCharacters() =>
        Assert.Equal("Monday", WordTokens.Of(Text).TextAt(Text, 4).ToString());

    private static string TokenText(int index)
    {
        var token = WordTokens.Of(Text).Items[index];
        return Text.Substring(token.Start, token.Length);
    }
}
