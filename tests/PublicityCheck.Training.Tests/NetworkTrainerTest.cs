using PublicityCheck.Classification;
using PublicityCheck.Training;

namespace PublicityCheck.Tests.Training;

/// <summary>
/// The network over the encoder's vectors: trained the same from the same seed, stopped on held-out sentences, and able
/// to draw the boundary a single plane cannot.
/// </summary>
public sealed class NetworkTrainerTest
{
    private static readonly NetworkSettings Small = new(Hidden: 8, MaxEpochs: 40, Patience: 5, LearningRate: 0.01f);

    // Points of four clusters in eight dimensions, partisan where the first two coordinates have the same sign: no plane
    // through the space separates them, as no line separates the corners of a square by its diagonals.
    private static readonly IReadOnlyList<(bool IsPartisan, float[] Vector, float Weight)> Train = Diagonals(400, seed: 5);
    private static readonly IReadOnlyList<(bool IsPartisan, float[] Vector, float Weight)> Held = Diagonals(100, seed: 6);

    [Fact]
    public void Fit_SameSeed_GivesTheSameNetwork()
    {
        var first = new NetworkTrainer(Small, seed: 3).Fit(Train, epochs: 4);
        var second = new NetworkTrainer(Small, seed: 3).Fit(Train, epochs: 4);

        Assert.Equal(Weights(first), Weights(second));
    }

    [Fact]
    public void Fit_AnotherSeed_GivesAnotherNetwork()
    {
        var first = new NetworkTrainer(Small, seed: 3).Fit(Train, epochs: 4);
        var second = new NetworkTrainer(Small, seed: 4).Fit(Train, epochs: 4);

        Assert.NotEqual(Weights(first), Weights(second));
    }

    [Fact]
    public void Fit_SeparatesClassesNoPlaneSeparates()
    {
        var network = new NetworkTrainer(Small, seed: 1).Fit(Train, epochs: 30);

        var right = Held.Count(row => network.Score(row.Vector) > 0 == row.IsPartisan);

        Assert.True(right >= 95, $"{right} of {Held.Count} held-out points right");
    }

    [Fact]
    public void FitStoppingOn_KeepsThePassWithTheLowestHeldOutLoss()
    {
        var trainer = new NetworkTrainer(Small with { MaxEpochs = 12, Patience = 12 }, seed: 2);

        var (network, epochs) = trainer.FitStoppingOn(Train, Held);

        // Every pass trained on its own, from the same seed, does no better on the held-out points.
        var losses = Enumerable.Range(1, 12).Select(k => NetworkTrainer.Loss(trainer.Fit(Train, k), Held)).ToList();
        Assert.Equal(losses.Min(), NetworkTrainer.Loss(network, Held), 9);
        Assert.Equal(losses.IndexOf(losses.Min()) + 1, epochs);
    }

    [Fact]
    public void FitStoppingOn_StopsWhenMoreThanPatiencePassesInARowBringNoImprovement()
    {
        // A step large enough that the held-out loss goes down and up again within twelve passes.
        var settings = Small with { MaxEpochs = 12, LearningRate = 0.5f };
        var losses = Enumerable.Range(1, 12).Select(k => NetworkTrainer.Loss(new NetworkTrainer(settings, seed: 1).Fit(Train, k), Held)).ToList();

        var impatient = new NetworkTrainer(settings with { Patience = 0 }, seed: 1).FitStoppingOn(Train, Held).Epochs;
        var patient = new NetworkTrainer(settings with { Patience = 5 }, seed: 1).FitStoppingOn(Train, Held).Epochs;

        Assert.Equal(BestBeforeStopping(losses, patience: 0), impatient);
        Assert.Equal(BestBeforeStopping(losses, patience: 5), patient);
        Assert.True(patient > impatient, $"waiting five passes found a lower loss (pass {patient}) than stopping at once (pass {impatient})");
    }

    [Fact]
    public void FitStoppingOn_RefusesToStopOnNoSentences()
    {
        var trainer = new NetworkTrainer(Small, seed: 1);

        Assert.Throws<ArgumentException>(() => trainer.FitStoppingOn(Train, []));
    }

    [Fact]
    public void Loss_IsTheWeightedMeanLogLoss()
    {
        // Every weight zero but the output bias, log 3: a probability of 0.75 for every sentence.
        var network = new NetworkHead(2, [0f, 0f], [0f], [0f], MathF.Log(3));
        (bool, float[], float)[] rows = [(true, [1f, 0f], 1f), (false, [0f, 1f], 3f)];

        var loss = NetworkTrainer.Loss(network, rows);

        Assert.Equal(((1 * -Math.Log(0.75)) + (3 * -Math.Log(0.25))) / 4, loss, 6);
    }

    // The pass with the lowest loss among those run before more than 'patience' passes in a row failed to lower it.
    private static int BestBeforeStopping(IReadOnlyList<double> losses, int patience)
    {
        var best = 0;
        for (var pass = 1; pass < losses.Count && pass - best <= patience + 1; pass++)
        {
            if (losses[pass] < losses[best])
            {
                best = pass;
            }
        }

        return best + 1;
    }

    private static float[] Weights(NetworkHead network) =>
        [.. Enumerable.Range(0, network.Hidden).SelectMany(u => network.Unit(u).Weights.ToArray().Append(network.Unit(u).OutputWeight)), network.OutputBias];

    private static List<(bool IsPartisan, float[] Vector, float Weight)> Diagonals(int count, int seed)
    {
        var random = new Random(seed);
        var rows = new List<(bool, float[], float)>();
        for (var i = 0; i < count; i++)
        {
            var x = random.Next(2) == 0 ? -1f : 1f;
            var y = random.Next(2) == 0 ? -1f : 1f;
            var vector = Enumerable.Range(0, 8).Select(_ => (float)((random.NextDouble() - 0.5) * 0.4)).ToArray();
            vector[0] += x;
            vector[1] += y;
            rows.Add((x == y, vector, 1f));
        }

        return rows;
    }
}
