namespace PublicityCheck.Tests.Training.Corpus;

/// <summary>How a run of words shared with a published sentence is found, on sentences written for these tests.</summary>
public sealed class SharedPhrasesTest
{
    private static readonly string[] Published =
    [
        "The Harbourside ward by-election was won by the Green candidate on a recount late on Friday night.",
        "Polling stations in the district will be open from 7am until 10pm.",
    ];

    [Fact]
    public void In_ReportsAFiveWordRunSharedWithAPublishedSentence()
    {
        var phrases = new SharedPhrases(Published, []);

        var shared = phrases.In("The trophy was won by the Green Lane Rovers on Saturday.");

        Assert.Equal(["was won by the green"], shared);
    }

    [Fact]
    public void In_IgnoresCaseAndPunctuation()
    {
        var phrases = new SharedPhrases(Published, []);

        var shared = phrases.In("\"WON BY THE GREEN CANDIDATE!\" read the headline.");

        Assert.Equal(["won by the green candidate"], shared);
    }

    [Fact]
    public void In_ReportsNothingForFourWordsInARow()
    {
        var phrases = new SharedPhrases(Published, []);

        Assert.Empty(phrases.In("The seat was won by the Liberal Democrats."));
    }

    [Fact]
    public void In_AllowsARunInsideAStockPhrase()
    {
        var phrases = new SharedPhrases(Published, ["polling stations will be open from 7am until 10pm"]);

        Assert.Empty(phrases.In("On Thursday polling stations will be open from 7am until 10pm."));
    }

    [Fact]
    public void In_StillReportsRunsThatReachOutsideAStockPhrase()
    {
        var phrases = new SharedPhrases(Published, ["will be open from 7am until 10pm"]);

        var shared = phrases.In("Halls across the district will be open from 7am until 10pm.");

        Assert.Equal(["the district will be open", "district will be open from"], shared);
    }

    [Fact]
    public void In_IgnoresARunOfOnlyPartyNamesNumbersAndFunctionWords()
    {
        var phrases = new SharedPhrases(["The count left the council with 12 Labour and 7 Green members."], [], ["Labour", "Green Party"]);

        Assert.Empty(phrases.In("Before the by-election there were 12 Labour and 7 Green councillors."));
    }

    [Fact]
    public void In_StillReportsARunWithAWordOfItsOwnAmongPartyNames()
    {
        var phrases = new SharedPhrases(["Voters turned against Labour and the Greens in every ward."], [], ["Labour", "Green Party"]);

        Assert.Equal(["turned against labour and the"], phrases.In("Residents turned against Labour and the council."));
    }

    [Fact]
    public void Words_KeepAccentedLettersAndApostrophesInsideAWord()
    {
        Assert.Equal(["sinn", "féin's", "councillors", "won", "0"], SharedPhrases.Words("Sinn Féin’s councillors won: 0."));
    }
}
