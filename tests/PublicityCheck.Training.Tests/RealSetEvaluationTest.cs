using PublicityCheck.Training;

namespace PublicityCheck.Tests.Training;

public sealed class RealSetEvaluationTest : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("real-set-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Lines_GiveAThresholdOfThreeDecimalsAsItIs()
    {
        var path = Path.Combine(_folder, "sentences.tsv");
        File.WriteAllText(path, "label\tsentence\tsource\tkind\npartisan\tOnly the Greens will save the ferry.\tsite\tparty-site\nneutral\tThe ferry runs every hour from May.\tnews\tcouncil-news\n");

        var evaluation = RealSetEvaluation.Measure(path, sentences => [0.99, 0.01], threshold: 0.975);

        Assert.StartsWith("real sentences    2 at threshold 0.975: ", evaluation.Lines().First(), StringComparison.Ordinal);
    }
}
