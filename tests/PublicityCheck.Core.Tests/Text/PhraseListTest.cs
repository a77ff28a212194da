using PublicityCheck.Text;

namespace PublicityCheck.Tests.Text;

public class PhraseListTest
{
    private static string[] Find(PhraseList list, string text) =>
        [.. list.Matches(text).Select(s => text.Substring(s.Start, s.Length))];

    [Fact]
    public void Matches_FindsPhrasesWholeWordAndIgnoringCase()
    {
        var list = new PhraseList(["exempt information"]);

        Assert.Equal(["Exempt Information"], Find(list, "The report contains Exempt Information about the sale."));
        Assert.Empty(Find(list, "The report contains nonexempt informationally useful notes."));
    }

    [Fact]
    public void Matches_OverWordsAlreadyCutFromTheText_FindsWhatTheTextAloneFinds()
    {
        var list = new PhraseList(["Green group", "re-elected", "Lib Dem"]);
        const string Text = "If we are re-elected, the Green group and the Lib Dem councillors will meet; the green-group's re elected chair too.";

        var matches = list.Matches(Text, WordTokens.Of(Text));

        Assert.Equal(list.Matches(Text), matches);
        Assert.Equal(5, matches.Count());
    }

    [Fact]
    public void Matches_LetsASpaceMatchHyphensAndLineBreaks()
    {
        var list = new PhraseList(["Part II report"]);

        Assert.Equal(["Part II\nreport", "Part-II report"], Find(list, "See the Part II\nreport and the Part-II report."));
    }

    [Fact]
    public void Matches_MatchesAPhraseInCapitalsOnlyInCapitals()
    {
        var list = new PhraseList(["OFFICIAL-SENSITIVE"]);

        Assert.Equal(["OFFICIAL-SENSITIVE"], Find(list, "OFFICIAL-SENSITIVE: briefing"));
        Assert.Empty(Find(list, "An official, sensitive to local concerns, attended."));
    }

    [Fact]
    public void Matches_MatchesAPhraseWrittenAfterAnEqualsSignOnlyAsWritten()
    {
        var list = PhraseList.Parse("=Labour\n");

        Assert.Equal(["Labour", "Labour"], Find(list, "Labour's group leader spoke on the labour market, and Labour replied."));
        Assert.Empty(Find(list, "The LABOUR costs rose as the labour force shrank."));
    }

    [Fact]
    public void Matches_ReadsAnEqualsSignAsAMarkNotAWord()
    {
        var list = new PhraseList(["= Sinn Féin", "="]);

        Assert.Equal(["Sinn Féin"], Find(list, "Sinn Féin = a party; sinn féin is not matched."));
    }

    [Fact]
    public void Matches_PrefersTheLongestOverlappingPhrase()
    {
        var list = new PhraseList(["internal use only", "for internal use only"]);

        Assert.Equal(["For internal use only"], Find(list, "For internal use only."));
    }

    [Fact]
    public void Parse_SkipsCommentsAndBlankLines()
    {
        var list = PhraseList.Parse("# Source: Schedule 12A\n\nexempt information\n  Schedule 12A  \n");

        Assert.Equal(["exempt information", "Schedule 12A"], list.Phrases.ToArray());
    }

    [Fact]
    public void Matches_StaysFastOnAHostileLine()
    {
        var list = new PhraseList(["not for circulation", "not for onward circulation"]);
        var hostile = string.Concat(Enumerable.Repeat("not for onward ", 200_000));

        Assert.Empty(Find(list, hostile));
    }

    [Fact]
    public void Matches_KeepsPunctuationInsideAPhraseAsWritten()
    {
        var list = new PhraseList(["St Anne's ward"]);

        Assert.Equal(["st anne's Ward"], Find(list, "Residents of st anne's Ward and of St Annes ward, St Anne s ward."));
    }

    [Fact]
    public void Matches_FindsAPhraseThatStartsWithPunctuation()
    {
        var list = new PhraseList(["(Part II)"]);

        Assert.Equal(["(Part II)"], Find(list, "The appendix (Part II) was not published."));
    }
}
