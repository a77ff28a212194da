using PublicityCheck.Cli;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Tests.Commands;

/// <summary>
/// Training left the tool for <c>src/PublicityCheck.Training</c>; <c>publicitycheck train</c>, with or without its
/// old options, is a usage error that says how to retrain rather than an unknown verb.
/// </summary>
public class TrainVerbTest
{
    [Theory]
    [InlineData("train")]
    [InlineData("TRAIN")]
    [InlineData("train", "--data", "lexicons/partisan", "--out", "models/partisan.zip", "--seed", "1", "--sweep")]
    [InlineData("train", "--help")]
    public void Train_ExitsTwoSayingHowToRetrain(params string[] args)
    {
        using var folder = new TemporaryFolder();

        var run = CliRun.In(folder.Path, args);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.Equal("publicitycheck: " + CliApplication.TrainMoved, run.Error.TrimEnd());
        Assert.Contains("dotnet run --project src/PublicityCheck.Training -- ", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "models")));
    }

    [Fact]
    public void Help_NoLongerListsTrain()
    {
        var run = CliRun.In(RepositoryPaths.Root, "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("classify", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(run.Out.Split('\n'), line => line.TrimStart().StartsWith("train ", StringComparison.Ordinal));
    }
}
