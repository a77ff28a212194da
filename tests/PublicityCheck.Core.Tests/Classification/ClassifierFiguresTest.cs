using PublicityCheck.Classification;

namespace PublicityCheck.Tests.Classification;

/// <summary>A classifier's figures on labelled sentences: what it found, what it called partisan wrongly, and by kind.</summary>
public class ClassifierFiguresTest
{
    private static readonly LabelledSentence[] Rows =
    [
        new(true, "Only the Greens have kept your libraries open.", "credit-claim"),
        new(true, "Tory cuts have left our libraries on their knees.", "attack-government"),
        new(true, "Labour councillors delivered the new leisure centre.", "credit-claim"),
        new(false, "The library on Mill Lane reopens on Monday.", "council-news"),
        new(false, "The council has 24 Conservative and 15 Labour councillors.", "factual-party"),
        new(false, "The count starts at 10pm at the leisure centre.", "council-news"),
    ];

    private static readonly double[] Scores = [0.97, 0.99, 0.40, 0.02, 0.93, 0.10];

    [Fact]
    public void Of_CountsWhatItFoundAndItsFalseAlarmsAtTheThreshold()
    {
        var figures = ClassifierFigures.Of(Rows, Scores, 0.91);

        Assert.Equal((3, 3, 2, 1), (figures.Partisan, figures.Neutral, figures.Found, figures.FalseAlarms));
        Assert.Equal(2.0 / 3, figures.Precision, 6);
        Assert.Equal(2.0 / 3, figures.Recall, 6);
        Assert.Equal(2.0 / 3, figures.F1, 6);
        Assert.Equal(1.0 / 3, figures.FalseAlarmRate, 6);
    }

    [Fact]
    public void Of_GivesEachKindItsShareRightPartisanKindsFirst()
    {
        var figures = ClassifierFigures.Of(Rows, Scores, 0.91);

        Assert.Equal(
            [
                new KindFigures("attack-government", true, 1, 1),
                new KindFigures("credit-claim", true, 2, 1),
                new KindFigures("council-news", false, 2, 2),
                new KindFigures("factual-party", false, 1, 0),
            ],
            figures.Kinds);
    }

    [Fact]
    public void Of_AtAHigherThreshold_TradesWhatItFindsForFewerFalseAlarms()
    {
        var figures = ClassifierFigures.Of(Rows, Scores, 0.95);

        Assert.Equal((2, 0), (figures.Found, figures.FalseAlarms));
        Assert.Equal(1.0, figures.Precision);
    }

    [Fact]
    public void Of_WithNothingCalledPartisan_HasNoPrecisionRatherThanADivisionByZero()
    {
        var figures = ClassifierFigures.Of(Rows, [.. Scores.Select(_ => 0.0)], 0.91);

        Assert.Equal((0.0, 0.0, 0.0), (figures.Precision, figures.Recall, figures.F1));
    }

    [Fact]
    public void Of_RefusesScoresThatAreNotOneARow()
    {
        Assert.Throws<ArgumentException>(() => ClassifierFigures.Of(Rows, [0.5], 0.91));
    }
}
