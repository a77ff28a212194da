using PublicityCheck.Training;

namespace PublicityCheck.Tests.Training;

/// <summary>How much each training sentence counts: a template's many sentences against hand-written ones.</summary>
public sealed class GroupWeightsTest
{
    // A template expanded to four sentences, and two hand-written sentences, each a group of its own.
    private static readonly LabelledSentence[] Corpus =
    [
        new(true, "Vote Labour on Thursday to save the library.", "partisan-t001"),
        new(true, "Vote Green on Thursday to save the pool.", "partisan-t001"),
        new(true, "Vote Reform on Thursday to save the market.", "partisan-t001"),
        new(true, "Vote SNP on Thursday to save the ferry.", "partisan-t001"),
        new(false, "The library opens at nine on Saturdays.", "neutral-h0101"),
        new(false, "Polling stations are open from 7am to 10pm.", "neutral-h0102"),
    ];

    [Fact]
    public void Of_ExponentZero_CountsEverySentenceOnce()
    {
        Assert.All(GroupWeights.Of(Corpus, 0), w => Assert.Equal(1f, w));
    }

    [Fact]
    public void Of_ExponentOne_CountsEveryGroupOnce()
    {
        var weights = GroupWeights.Of(Corpus, 1);

        var template = weights[..4].Sum();
        Assert.Equal(weights[4], template, 5);
        Assert.Equal(weights[5], template, 5);
    }

    [Fact]
    public void Of_ExponentHalf_WeighsATemplatesSentencesByOneOverTheRootOfItsSize()
    {
        var weights = GroupWeights.Of(Corpus, 0.5);

        // Four sentences in the template: each counts half as much as a hand-written sentence.
        Assert.Equal(weights[4] / 2, weights[0], 5);
        Assert.Equal(weights[0], weights[3], 5);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(1.0)]
    public void Of_AnyExponent_AveragesOne(double exponent)
    {
        Assert.Equal(1.0, GroupWeights.Of(Corpus, exponent).Average(), 5);
    }

    [Fact]
    public void Of_NoSentences_GivesNoWeights()
    {
        Assert.Empty(GroupWeights.Of([], 0.5));
    }
}
