using PublicityCheck.Classification;

namespace PublicityCheck.Tests.Classification;

public class PartisanModelFileTest
{
    [Fact]
    public void Read_GivesBackTheModelThatWasWritten()
    {
        var vocabulary = FeatureVocabulary.Build(["Vote Labour on Thursday.", "Vote for the Greens on Thursday.", "Bins are collected on Thursday."], new FeatureSettings(2, 3, 4), 1);
        var weights = Enumerable.Range(0, vocabulary.Count).Select(i => (float)Math.Sin(i)).ToArray();
        var model = new PartisanModel(vocabulary, weights, -0.25, new PlattCalibration(-1, 0), 0.7);
        using var writer = new StringWriter();

        PartisanModelFile.Write(model, writer);
        var read = PartisanModelFile.Read(new StringReader(writer.ToString()));

        Assert.Equal(model.Threshold, read.Threshold);
        Assert.Equal(model.Score("Vote Labour on Thursday."), read.Score("Vote Labour on Thursday."), 6);
    }

    [Fact]
    public void Read_RejectsTextThatIsNotAModel()
    {
        Assert.Throws<InvalidDataException>(() => PartisanModelFile.Read(new StringReader("label\tsentence\n")));
    }
}
