using PublicityCheck.Text;

namespace PublicityCheck.Tests.Text;

public class SentenceSplitterTest
{
    private static string[] Split(string text) =>
        SentenceSplitter.Default.Split(text).Select(span => text.Substring(span.Start, span.Length)).ToArray();

    [Fact]
    public void Split_EndsSentencesAtFullStops()
    {
        var sentences = Split("The new library opens on Monday. Residents can borrow up to 20 books.");

        Assert.Equal(["The new library opens on Monday.", "Residents can borrow up to 20 books."], sentences);
    }

    [Theory]
    [InlineData("Cllr. Jane Smith opened the centre.")]
    [InlineData("Dr. Amir Patel, Director of Public Health, welcomed the figures.")]
    [InlineData("The market in St. Mary's Square reopens today.")]
    [InlineData("Bring proof of address, e.g. a council tax bill, to the hub.")]
    [InlineData("Leaflets go to No. 10 Downing Street and every household in the ward.")]
    [InlineData("The meeting starts at 10 a.m. on Tuesday 3 March 2026.")]
    [InlineData("Cllr J. Smith, Leader of the Council, thanked volunteers.")]
    [InlineData("The scheme costs £2.5m and runs to 2027.")]
    [InlineData("Find out more at www.charnwood.gov.uk/bins today.")]
    public void Split_KeepsAbbreviationsInsideTheSentence(string sentence)
    {
        Assert.Equal([sentence], Split(sentence));
    }

    [Fact]
    public void Split_EndsAfterClosingQuotationMark()
    {
        var sentences = Split("Cllr Smith said: “We are delighted.” The park reopens in May.");

        Assert.Equal(["Cllr Smith said: “We are delighted.”", "The park reopens in May."], sentences);
    }

    [Fact]
    public void Split_EndsAtQuestionAndExclamationMarks()
    {
        var sentences = Split("Have you registered to vote? The deadline is 16 April! Apply online.");

        Assert.Equal(["Have you registered to vote?", "The deadline is 16 April!", "Apply online."], sentences);
    }

    [Fact]
    public void Split_EndsAfterAmWhenANewSentenceStarts()
    {
        var sentences = Split("Doors open at 9 a.m. Parking is free.");

        Assert.Equal(["Doors open at 9 a.m.", "Parking is free."], sentences);
    }

    [Fact]
    public void Split_ReturnsTextWithoutFinalStopAsOneSentence()
    {
        Assert.Equal(["Notes to editors"], Split("  Notes to editors  "));
    }

    [Fact]
    public void Split_ReturnsNothingForBlankText()
    {
        Assert.Empty(Split("   "));
    }
}
