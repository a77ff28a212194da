using PublicityCheck.Classification;

namespace PublicityCheck.Tests.Classification;

public class FeatureVocabularyTest
{
    [Fact]
    public void Build_KeepsOnlyNgramsInEnoughSentences()
    {
        var vocabulary = FeatureVocabulary.Build(["Vote Labour today.", "Vote Green today.", "Bins go out today."], new FeatureSettings(2, 0, 0), 2);

        Assert.Equal(["today", "vote"], vocabulary.WordNgrams.ToArray());
    }

    [Fact]
    public void Featurize_ScalesEachBlockToUnitLength()
    {
        var vocabulary = FeatureVocabulary.Build(["The Tory cuts, the Tory cuts."], new FeatureSettings(2, 3, 3), 1);

        var features = vocabulary.Featurize("The Tory cuts, the Tory cuts.");

        var words = features.Where(f => f.Key < vocabulary.WordNgrams.Length).Sum(f => (double)f.Value * f.Value);
        var chars = features.Where(f => f.Key >= vocabulary.WordNgrams.Length).Sum(f => (double)f.Value * f.Value);
        Assert.Equal(1, words, 5);
        Assert.Equal(1, chars, 5);
    }

    [Fact]
    public void Featurize_ReadsDigitsAndCaseAlike()
    {
        var vocabulary = FeatureVocabulary.Build(["Council tax rises by £12 a year."], FeatureSettings.Default, 1);

        Assert.Equal(vocabulary.Featurize("Council tax rises by £12 a year."), vocabulary.Featurize("COUNCIL TAX RISES BY £47 A YEAR."));
    }
}
