using PublicityCheck.Classification;

namespace PublicityCheck.Tests.Classification;

public class NetworkHeadTest
{
    // Three inputs, two hidden units: the first reads the first input, the second the difference of the other two.
    private static readonly NetworkHead Small = new(
        3,
        hiddenWeights: [2f, 0f, 0f, 0f, 1f, -1f],
        hiddenBiases: [-0.5f, 0f],
        outputWeights: [1.5f, -3f],
        outputBias: 0.25f);

    [Fact]
    public void Score_AddsEachActiveUnitTimesItsOutputWeightToTheBias()
    {
        var score = Small.Score([1f, 0.5f, 0.25f]);

        // Unit 0: 2 × 1 − 0.5 = 1.5; unit 1: 0.5 − 0.25 = 0.25. 0.25 + 1.5 × 1.5 − 3 × 0.25.
        Assert.Equal(0.25 + 2.25 - 0.75, score, 6);
    }

    [Fact]
    public void Score_LeavesOutAUnitWhoseActivationIsNegative()
    {
        var score = Small.Score([0.1f, 0.2f, 0.6f]);

        // Unit 0: 0.2 − 0.5 < 0; unit 1: 0.2 − 0.6 < 0. Only the bias is left.
        Assert.Equal(0.25, score, 6);
    }

    [Fact]
    public void Score_AllocatesNothing()
    {
        var network = Random384(hidden: 128, seed: 7);
        var vector = new float[384];
        vector[3] = 1;
        network.Score(vector);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            network.Score(vector);
        }

        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
    }

    [Fact]
    public void Score_RefusesAVectorOfAnotherLength()
    {
        var error = Assert.Throws<ArgumentException>(() => Small.Score([1f, 2f]));

        Assert.Contains("2 numbers, not 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void New_RefusesWeightsThatAreNotFinite()
    {
        var error = Assert.Throws<ArgumentException>(() => new NetworkHead(1, [float.NaN], [0f], [1f], 0f));

        Assert.Contains("finite", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void New_RefusesAUnitWithoutAWeightForEveryInput()
    {
        var error = Assert.Throws<ArgumentException>(() => new NetworkHead(3, [1f, 2f], [0f], [1f], 0f));

        Assert.Contains("needs 3 weights", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unit_GivesBackEachUnitsWeightsBiasAndOutputWeight()
    {
        var (weights, bias, outputWeight) = Small.Unit(1);

        Assert.Equal([0f, 1f, -1f], weights.ToArray());
        Assert.Equal((0f, -3f), (bias, outputWeight));
    }

    /// <summary>A network over the encoder's 384 numbers with weights drawn from <paramref name="seed"/>.</summary>
    internal static NetworkHead Random384(int hidden, int seed)
    {
        var random = new Random(seed);
        float Draw() => (float)((random.NextDouble() * 2) - 1) / 10;
        return new NetworkHead(
            384,
            [.. Enumerable.Range(0, 384 * hidden).Select(_ => Draw())],
            [.. Enumerable.Range(0, hidden).Select(_ => Draw())],
            [.. Enumerable.Range(0, hidden).Select(_ => Draw())],
            Draw());
    }
}
