using PublicityCheck.Classification;

namespace PublicityCheck.Tests.Classification;

public class NeighbourVoteTest
{
    // Four sentences on a plane: two partisan near the x axis, two neutral near the y axis.
    private static readonly (bool IsPartisan, float[] Vector, float Weight)[] Plane =
    [
        (true, Unit(1f, 0.1f), 1f),
        (true, Unit(1f, 0.3f), 2f),
        (false, Unit(0.1f, 1f), 1f),
        (false, Unit(0.3f, 1f), 0.5f),
    ];

    [Fact]
    public void Score_IsTheSmoothedLogOddsOfTheNearestSentencesWeightedVotes()
    {
        var vote = NeighbourVote.Build(2, Plane);

        var score = vote.Score(Unit(1f, 0.2f));

        // Both partisan sentences are nearest: (1 + 2 + 1) / (0 + 1).
        Assert.Equal(Math.Log(4.0 / 1.0), score, 6);
    }

    [Fact]
    public void Score_OfASentenceAmongNeutralOnes_IsNegative()
    {
        var vote = NeighbourVote.Build(2, Plane);

        var score = vote.Score(Unit(0.2f, 1f));

        Assert.Equal(Math.Log(1.0 / (1 + 1 + 0.5)), score, 6);
    }

    [Fact]
    public void Score_WithKAboveTheNumberOfSentences_LetsEverySentenceVote()
    {
        var vote = NeighbourVote.Build(50, Plane);

        var score = vote.Score(Unit(1f, 1f));

        Assert.Equal(4, vote.K);
        Assert.Equal(Math.Log((1 + 2 + 1) / (1 + 0.5 + 1.0)), score, 6);
    }

    [Fact]
    public void Build_KeepsEachVectorToWithinHalfAStepOfItsLargestComponent()
    {
        float[] vector = [0.6f, -0.48f, 0.64f];

        var (components, scale, _, _) = NeighbourVote.Build(1, [(true, vector, 1f)]).Row(0);

        Assert.Equal(127, components.Span[2]);
        for (var d = 0; d < vector.Length; d++)
        {
            Assert.InRange(components.Span[d] * scale, vector[d] - (scale / 2), vector[d] + (scale / 2));
        }
    }

    [Fact]
    public void Score_RefusesAVectorOfAnotherLength()
    {
        var vote = NeighbourVote.Build(2, Plane);

        Assert.Throws<ArgumentException>(() => vote.Score(new float[3]));
    }

    private static float[] Unit(float x, float y)
    {
        var length = MathF.Sqrt((x * x) + (y * y));
        return [x / length, y / length];
    }
}
