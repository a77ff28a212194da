using PublicityCheck.Classification;
using PublicityCheck.Configuration;

namespace PublicityCheck.Tests.Classification;

/// <summary>
/// The fast classifier: the n-gram model with the ensemble's frames (a credit claim, a party's own voice, a reporter's
/// account of an accusation) added to its log-odds, and a frame that adds named first among the phrases of a sentence it flags.
/// </summary>
public class FastPartisanScorerTest
{
    private const string CreditClaim = "The Labour administration has delivered 40 new homes for social rent in Hollin.";

    private const string PartysVoice = "Our candidate has lived in Hollin East for thirty years.";

    private const string ReportedCharge = "Labour councillors accused the Conservative cabinet of \"wasting money on vanity projects\" in Hollin.";

    private const string NoFrame = "Bin collections in Easterby move to Tuesdays from 4 May.";

    private static readonly PartisanModel Ngrams = PartisanClassifier.Default;

    [Fact]
    public void Score_ASentenceHoldingACreditClaim_AddsTheFramesWeightToTheNgramLogOdds()
    {
        var scorer = new FastPartisanScorer(Ngrams, new FrameWeights(4, 4, -4));

        Assert.Equal(LogOdds(Ngrams.Score(CreditClaim)) + 4, LogOdds(scorer.Score(CreditClaim)), LogOddsPrecision);
    }

    [Fact]
    public void Score_ASentenceInAPartysOwnVoice_AddsThatFramesWeight()
    {
        var scorer = new FastPartisanScorer(Ngrams, new FrameWeights(1, 3, -4));

        Assert.Equal(LogOdds(Ngrams.Score(PartysVoice)) + 3, LogOdds(scorer.Score(PartysVoice)), LogOddsPrecision);
    }

    [Fact]
    public void Score_AReportersAccountOfAnAccusation_TakesThatFramesWeightAway()
    {
        var scorer = new FastPartisanScorer(Ngrams, new FrameWeights(4, 4, -3));

        Assert.Equal(LogOdds(Ngrams.Score(ReportedCharge)) - 3, LogOdds(scorer.Score(ReportedCharge)), LogOddsPrecision);
    }

    [Fact]
    public void Score_TheCouncilsOwnLeadershipAccusingAnotherSide_AddsThatFramesWeightTheOtherWay()
    {
        const string Sentence = "Council Leader Cllr Ann Hale accused the Conservative opposition of scaremongering over the library plans.";
        var scorer = new FastPartisanScorer(Ngrams, new FrameWeights(4, 4, -3));

        Assert.Equal(LogOdds(Ngrams.Score(Sentence)) + 3, LogOdds(scorer.Score(Sentence)), LogOddsPrecision);
    }

    [Fact]
    public void Classify_AReportersAccountOfAnAccusation_GivesTheNgramModelsPhrasesAlone()
    {
        var scorer = new FastPartisanScorer(Ngrams, new FrameWeights(4, 4, -4));

        Assert.Equal(
            Ngrams.Classify(ReportedCharge).Reasons.Select(r => r.Text),
            scorer.Classify(ReportedCharge).Reasons.Select(r => r.Text));
    }

    [Fact]
    public void Score_ASentenceWithoutAFrame_IsTheNgramModelsScore()
    {
        var scorer = new FastPartisanScorer(Ngrams, new FrameWeights(4, 4, -4));

        Assert.Equal(Ngrams.Score(NoFrame), scorer.Score(NoFrame));
    }

    [Fact]
    public void Score_AFrameWeighedAtZero_IsNeverRead()
    {
        var scorer = new FastPartisanScorer(Ngrams, new FrameWeights(0, 0, 0));

        Assert.Equal(Ngrams.Score(CreditClaim), scorer.Score(CreditClaim));
    }

    [Fact]
    public void Classify_AFlaggedCreditClaim_NamesItsFrameFirstAtItsPosition()
    {
        var scorer = new FastPartisanScorer(Ngrams, new FrameWeights(4, 4, -4));

        var score = scorer.Classify(CreditClaim);

        Assert.True(score.IsPartisan);
        var first = score.Reasons[0];
        Assert.Equal(("Labour administration has delivered", 4, 35, 4.0), (first.Text, first.Start, first.Length, first.Contribution));
        Assert.All(score.Reasons.Skip(1), r => Assert.True(r.Start >= first.Start + first.Length || r.Start + r.Length <= first.Start, $"'{r.Text}' overlaps the frame"));
    }

    [Fact]
    public void Classify_GivesTheSameProbabilityAsScore()
    {
        var scorer = new FastPartisanScorer(Ngrams, new FrameWeights(4, 4, -4));

        Assert.Equal(scorer.Score(PartysVoice), scorer.Classify(PartysVoice).Probability);
    }

    [Fact]
    public void ScorerFor_Fast_WeighsTheFramesAsTheShippedEnsembleDoes()
    {
        var fast = Assert.IsType<FastPartisanScorer>(PartisanClassifier.ScorerFor(ClassifierMode.Fast));

        Assert.Same(PartisanClassifier.Default, fast.Ngrams);
        Assert.Equal(PartisanClassifier.Ensemble.Weights.Frames, fast.Weights);
        Assert.Equal(PartisanClassifier.Default.Threshold, fast.Threshold);
    }

    [Theory]
    [InlineData("format\t2\ncredit-claims\t4\nparty-voice\t2.5\nreported-accusations\t-3\n", 4, 2.5, -3)]
    [InlineData("format\t2\nthreshold\t0.8\n", 0, 0, 0)]
    public void ReadFrameWeights_GivesTheFilesWeightsOrNone(string file, double creditClaim, double partyVoice, double reportedAccusation) =>
        Assert.Equal(new FrameWeights(creditClaim, partyVoice, reportedAccusation), PartisanEnsembleFile.ReadFrameWeights(new StringReader(file)));

    [Theory]
    [InlineData("credit-claims\t400\n")]
    [InlineData("party-voice\tNaN\n")]
    [InlineData("party-voice\tfour\n")]
    [InlineData("reported-accusations\t-25\n")]
    public void ReadFrameWeights_AWeightThatIsNoNumberInRange_IsRefused(string file) =>
        Assert.Throws<InvalidDataException>(() => PartisanEnsembleFile.ReadFrameWeights(new StringReader(file)));

    // Decimal places a log-odds read back from a probability keeps: near certainty (15 log-odds is 1 - 3e-7) the
    // probability's last bits are a few parts in 10^10 of its distance from one.
    private const int LogOddsPrecision = 7;

    private static double LogOdds(double probability) => Math.Log(probability / (1 - probability));
}
