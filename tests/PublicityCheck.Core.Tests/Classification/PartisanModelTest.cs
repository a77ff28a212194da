using PublicityCheck.Classification;

namespace PublicityCheck.Tests.Classification;

public class PartisanModelTest
{
    private const string Attack = "Tory cuts have left our libraries on their knees, and this failed administration must go.";

    private static PartisanModel Model => PartisanClassifier.Default;

    [Fact]
    public void Classify_AttackOnAPartyIsPartisan()
    {
        var score = Model.Classify(Attack);

        Assert.True(score.IsPartisan, $"scored {score.Probability}");
    }

    [Fact]
    public void Classify_AppealToVoteIsPartisan()
    {
        Assert.True(Model.Classify("Re-elect your Labour councillors on 7 May to finish the job on the new pool.").IsPartisan);
    }

    [Theory]
    [InlineData("Polling stations open at 7am.")]
    [InlineData("The council has 24 Conservative, 15 Labour and 4 Green councillors.")]
    [InlineData("Hollin Bridge Road will be closed from 9 March for six weeks while the bridge is repaired.")]
    [InlineData("Cllr Jane Ashworth, Leader of the Council, said: \"The new pool will serve the town for many years.\"")]
    public void Classify_FactualCouncilNewsIsNeutral(string sentence)
    {
        var score = Model.Classify(sentence);

        Assert.False(score.IsPartisan, $"scored {score.Probability}");
    }

    [Fact]
    public void Classify_ExplainsWithThePhrasesAsWritten()
    {
        var reasons = Model.Classify(Attack).Reasons;

        Assert.Contains(reasons, r => r.Text is "Tory cuts" or "failed administration");
        Assert.All(reasons, r => Assert.Equal(r.Text, Attack.Substring(r.Start, r.Length)));
    }

    [Theory]
    [InlineData("When the Tories ran the council they closed the library itself and then blamed everyone else.")]
    [InlineData("Another year of Labour incompetence has left our roads in a worse state than ever.")]
    public void Classify_ExplainsWithContentWordsNotFunctionWords(string sentence)
    {
        var reasons = Model.Classify(sentence).Reasons;

        Assert.NotEmpty(reasons);
        Assert.All(reasons, r => Assert.DoesNotMatch(@"^(?i:when|itself|another|the|our|they|then|than|ever)\b|\b(?i:when|itself|another|the|our|they|then|than|ever)$", r.Text));
    }

    [Fact]
    public void Classify_ExplainsWithAtMostTheNumberAsked()
    {
        Assert.Single(Model.Classify(Attack, maxReasons: 1).Reasons);
    }

    [Fact]
    public void Score_AgreesWithClassify()
    {
        Assert.Equal(Model.Classify(Attack).Probability, Model.Score(Attack), 12);
    }

    [Fact]
    public void Score_GivesTheSameAnswerOnEveryThread()
    {
        string[] sentences = [Attack, "Polling stations open at 7am.", "Bin collections move by a day over Easter.", "Only the Greens can save our parks."];
        var expected = sentences.Select(s => Model.Score(s)).ToArray();

        var results = new double[400];
        Parallel.For(0, results.Length, i => results[i] = Model.Score(sentences[i % sentences.Length]));

        Assert.All(Enumerable.Range(0, results.Length), i => Assert.Equal(expected[i % sentences.Length], results[i]));
    }

    [Fact]
    public void Score_EmptySentenceGivesTheBiasAlone()
    {
        Assert.Equal(Model.Calibration.Probability(Model.Bias), Model.Score(string.Empty), 12);
    }
}
