using System.Globalization;
using PublicityCheck.Classification;
using PublicityCheck.Classification.Encoding;

namespace PublicityCheck.Tests.Classification;

public class PartisanEnsembleTest
{
    private static readonly Func<ISentenceEncoder> NoEncoder = () => throw new InvalidOperationException("the encoder was loaded");

    [Fact]
    public void Score_DoesNotLoadTheEncoderWhenEverySentenceIsUnderTheGate()
    {
        var ensemble = Ensemble(gate: 1.0, NoEncoder);

        var scores = ensemble.Score(["The swimming pool reopens on Saturday.", "Parking is free after 6pm."]);

        Assert.Equal(2, scores.Length);
    }

    [Fact]
    public void Score_CombinesASentenceUnderTheGateWithTheNeutralEncoderScoreAndVote()
    {
        var ensemble = Ensemble(gate: 1.0, NoEncoder);
        const string Sentence = "The swimming pool reopens on Saturday.";

        var score = ensemble.Score([Sentence])[0];

        var weights = ensemble.Weights;
        Assert.Equal(weights.Combine(ensemble.Ngrams.Score(Sentence), weights.EncoderBelowGate, weights.NeighboursBelowGate, weights.NetworkBelowGate), score, 12);
    }

    [Fact]
    public void Score_GivesSentencesPastTheGateToTheEncoder()
    {
        var ensemble = Ensemble(gate: 0.0, () => ShippedEncoder);
        const string Sentence = "Only the Greens will stand up for Ashby: vote for change on 6 May.";

        var score = ensemble.Score([Sentence])[0];

        var vector = ShippedEncoder.Encode([Sentence])[0];
        var network = ensemble.Network?.Score(vector) ?? ensemble.Weights.NetworkBelowGate;
        Assert.Equal(ensemble.Weights.Combine(ensemble.Ngrams.Score(Sentence), ensemble.EncoderScore(vector), ensemble.Neighbours!.Score(vector), network), score, 12);
    }

    [Fact]
    public void Score_GivesASentenceThatNamesAPartyToTheEncoderUnderTheGate()
    {
        var counting = new CountingEncoder();
        var ensemble = Ensemble(gate: 1.0, () => counting.Encoder).WithGate(1.0, gatesOnPartyNames: true);

        ensemble.Score(["The swimming pool reopens on Saturday.", "Sinn Féin's councillors walked out of the meeting in protest."]);

        Assert.Equal(1, counting.Encoded);
    }

    [Fact]
    public void Score_GivesASentenceThatHoldsAWordOfPartyPoliticsToTheEncoderUnderTheGate()
    {
        var counting = new CountingEncoder();
        var ensemble = Ensemble(gate: 1.0, () => counting.Encoder).WithGate(1.0, gatesOnPartyNames: true, gatesOnPoliticalWords: true);

        ensemble.Score(["The swimming pool reopens on Saturday.", "Easterby deserves better than a council run by an unrepresentative minority."]);

        Assert.Equal(1, counting.Encoded);
    }

    [Fact]
    public void Score_WithoutTheGateOnPoliticalWords_LeavesASentenceThatHoldsOneUnderTheGate()
    {
        var ensemble = Ensemble(gate: 1.0, NoEncoder).WithGate(1.0, gatesOnPartyNames: true);

        var scores = ensemble.Score(["Easterby deserves better than a council run by an unrepresentative minority."]);

        Assert.Single(scores);
    }

    [Fact]
    public void Score_WithoutTheGateOnPartyNames_LeavesASentenceThatNamesAPartyUnderTheGate()
    {
        var ensemble = Ensemble(gate: 1.0, NoEncoder);

        var scores = ensemble.Score(["Sinn Féin's councillors walked out of the meeting in protest."]);

        Assert.Single(scores);
    }

    [Fact]
    public void EncodeAhead_EncodesEachSentenceOfSeveralReleasesOnce_AndTheirScoresNeedNoMore()
    {
        var counting = new CountingEncoder();
        var ensemble = Ensemble(gate: 0.01, () => counting.Encoder);
        string[][] releases =
        [
            ["The swimming pool reopens on Saturday.", "Only the Greens will stand up for Ashby: vote for change on 6 May."],
            ["Only the Greens will stand up for Ashby: vote for change on 6 May.", "Thanks to the Labour group, the library in Kestrel Road stays open."],
        ];
        var passing = releases.SelectMany(r => r).Distinct().Count(ensemble.PassesGate);

        ensemble.EncodeAhead(releases);
        var encodedAhead = counting.Encoded;
        var scores = releases.Select(r => ensemble.Score(r)).ToArray();

        Assert.True(encodedAhead >= passing, "every sentence past the gate was encoded ahead");
        Assert.Equal(encodedAhead, counting.Encoded);
        Assert.Equal(Ensemble(gate: 0.01, () => ShippedEncoder).Score(releases[1]), scores[1]);
    }

    [Fact]
    public void EncodeAhead_AlsoEncodesWhatExplainingASentenceCalledPartisanTakesOut()
    {
        var counting = new CountingEncoder();
        var ensemble = Ensemble(gate: 0.01, () => counting.Encoder);
        const string Sentence = "Only the Greens will stand up for Ashby: vote for change on 6 May.";

        ensemble.EncodeAhead([[Sentence]]);
        var encodedAhead = counting.Encoded;
        var score = ensemble.Classify(Sentence);

        Assert.True(score.IsPartisan);
        Assert.NotEmpty(score.Reasons);
        Assert.Equal(encodedAhead, counting.Encoded);
    }

    [Fact]
    public void BuiltInEnsemble_GivesEverySentenceThatNamesAPartyToTheEncoder()
    {
        var ensemble = PartisanClassifier.Ensemble;

        Assert.True(ensemble.GatesOnPartyNames);
        Assert.True(ensemble.PassesGate("The DUP group met on Monday."));
    }

    [Theory]
    [InlineData("Thornmere needs councillors free of the tribal games of the last four years.")]
    [InlineData("This has given Brackenfold a council that is no longer controlled by a single party.")]
    [InlineData("I will be lobbying for a crossing on Kestrel Road until it is built.")]
    public void BuiltInEnsemble_GivesEverySentenceThatHoldsAWordOfPartyPoliticsToTheEncoder(string sentence)
    {
        var ensemble = PartisanClassifier.Ensemble;

        Assert.True(ensemble.GatesOnPoliticalWords);
        Assert.True(ensemble.PassesGate(sentence));
    }

    [Fact]
    public void BuiltInEnsemble_GivesASentenceInAPartysVoiceToTheEncoderWhateverItsNgramScore()
    {
        const string Sentence = "If we are re-elected, the Hollin library will open on Sundays.";
        var ensemble = PartisanClassifier.Ensemble;

        Assert.True(ensemble.Ngrams.Score(Sentence) < ensemble.Gate, "the n-gram model alone would keep it from the encoder");
        Assert.True(ensemble.PassesGate(Sentence));
    }

    [Fact]
    public void BuiltInEnsemble_CombinesTheVoteOfTheNearestTrainingSentences()
    {
        var ensemble = PartisanClassifier.Ensemble;

        Assert.NotNull(ensemble.Neighbours);
        Assert.Equal(SentenceEncoder.Dimensions, ensemble.Neighbours.Dimensions);
        Assert.True(ensemble.Weights.Neighbours > 0, "the vote raises the score of a sentence whose neighbours are partisan");
    }

    [Fact]
    public void Combine_RaisesTheLogOddsOfASentenceHoldingACreditClaimByTheFramesWeight()
    {
        var shipped = PartisanClassifier.Ensemble;
        var ensemble = new PartisanEnsemble(shipped.Ngrams, [.. Enumerable.Range(0, SentenceEncoder.Dimensions).Select(shipped.EncoderWeightOf)], shipped.EncoderBias, shipped.Weights with { CreditClaim = 2.5 }, shipped.Gate, shipped.Threshold, NoEncoder);
        var vector = new float[SentenceEncoder.Dimensions];

        var with = ensemble.Combine(0.3, vector, creditClaim: 1);
        var without = ensemble.Combine(0.3, vector, creditClaim: 0);

        Assert.Equal(1, ensemble.CreditClaimOf("The coalition has delivered three new play areas in Hollin."));
        Assert.Equal(2.5, LogOdds(with) - LogOdds(without), 9);
    }

    [Fact]
    public void Combine_RaisesTheLogOddsOfASentenceInAPartysVoiceByTheVoicesWeight()
    {
        var shipped = PartisanClassifier.Ensemble;
        var ensemble = new PartisanEnsemble(shipped.Ngrams, [.. Enumerable.Range(0, SentenceEncoder.Dimensions).Select(shipped.EncoderWeightOf)], shipped.EncoderBias, shipped.Weights with { PartyVoice = 3 }, shipped.Gate, shipped.Threshold, NoEncoder);
        var vector = new float[SentenceEncoder.Dimensions];

        var with = ensemble.Combine(0.3, vector, partyVoice: 1);
        var without = ensemble.Combine(0.3, vector, partyVoice: 0);

        Assert.Equal(1, ensemble.PartyVoiceOf("If we are re-elected, the Hollin library will open on Sundays."));
        Assert.Equal(3, LogOdds(with) - LogOdds(without), 9);
    }

    [Fact]
    public void Combine_LowersTheLogOddsOfAReportersAccountOfAnAccusationByTheFramesWeight()
    {
        var shipped = PartisanClassifier.Ensemble;
        var ensemble = new PartisanEnsemble(shipped.Ngrams, [.. Enumerable.Range(0, SentenceEncoder.Dimensions).Select(shipped.EncoderWeightOf)], shipped.EncoderBias, shipped.Weights with { ReportedAccusation = -4 }, shipped.Gate, shipped.Threshold, NoEncoder);
        var vector = new float[SentenceEncoder.Dimensions];

        var with = ensemble.Combine(0.3, vector, reportedAccusation: 1);
        var without = ensemble.Combine(0.3, vector, reportedAccusation: 0);

        Assert.Equal(1, ensemble.ReportedAccusationOf("Labour councillors accused the cabinet of \"burying the report\"."));
        Assert.Equal(-4, LogOdds(with) - LogOdds(without), 9);
    }

    [Fact]
    public void Combine_RaisesTheLogOddsOfTheCouncilsOwnLeadershipAccusingAnotherSideByTheFramesWeight()
    {
        const string Sentence = "Council Leader Cllr Ann Hale accused the Conservative opposition of scaremongering over the library plans.";
        var shipped = PartisanClassifier.Ensemble;
        var ensemble = new PartisanEnsemble(shipped.Ngrams, [.. Enumerable.Range(0, SentenceEncoder.Dimensions).Select(shipped.EncoderWeightOf)], shipped.EncoderBias, shipped.Weights with { ReportedAccusation = -4 }, shipped.Gate, shipped.Threshold, NoEncoder);
        var vector = new float[SentenceEncoder.Dimensions];

        var with = ensemble.Combine(0.3, vector, reportedAccusation: ensemble.ReportedAccusationOf(Sentence));
        var without = ensemble.Combine(0.3, vector, reportedAccusation: 0);

        Assert.Equal(-1, ensemble.ReportedAccusationOf(Sentence));
        Assert.Equal(4, LogOdds(with) - LogOdds(without), 9);
    }

    [Fact]
    public void Combine_AnNgramScoreUnderTheFloor_CountsAsTheFloor()
    {
        var weights = PartisanClassifier.Ensemble.Weights with { NgramFloor = 0.05 };

        var under = weights.Combine(2e-6, 1.5, 0.8, 0);
        var atFloor = weights.Combine(0.05, 1.5, 0.8, 0);

        Assert.Equal(atFloor, under, 12);
    }

    [Fact]
    public void Combine_AnNgramScoreAboveTheFloor_IsReadAsItIs()
    {
        var weights = PartisanClassifier.Ensemble.Weights with { NgramFloor = 0.05 };

        var score = weights.Combine(0.3, 1.5, 0.8, 0);

        var z = (weights.Ngram * Math.Log(0.3 / 0.7)) + (weights.Encoder * 1.5) + (weights.Neighbours * 0.8) + weights.Bias;
        Assert.Equal(1 / (1 + Math.Exp(-z)), score, 12);
    }

    [Fact]
    public void Combine_WithTheDefaultFloor_ReadsTheNgramModelDownToOneInAMillion()
    {
        var weights = PartisanClassifier.Ensemble.Weights with { NgramFloor = EnsembleWeights.DefaultNgramFloor };

        var nearZero = weights.Combine(1e-4, 1.5, 0.8, 0);
        var atFloor = weights.Combine(0.05, 1.5, 0.8, 0);

        Assert.True(nearZero < atFloor, $"{nearZero} should be under {atFloor}");
        Assert.Equal(weights.Combine(1e-6, 1.5, 0.8, 0), weights.Combine(1e-9, 1.5, 0.8, 0), 12);
    }

    [Fact]
    public void Score_AReportersAccountOfAnAccusationUnderTheGate_IsScoredWithoutTheEncoder()
    {
        const string Sentence = "Opposition councillors criticised the timing of the consultation on the Hollin depot.";
        var shipped = PartisanClassifier.Ensemble;
        var ensemble = new PartisanEnsemble(shipped.Ngrams, [.. Enumerable.Range(0, SentenceEncoder.Dimensions).Select(shipped.EncoderWeightOf)], shipped.EncoderBias, shipped.Weights with { ReportedAccusation = -4 }, 1.0, shipped.Threshold, NoEncoder);

        var score = ensemble.Score([Sentence])[0];

        Assert.Equal(ensemble.Weights.CombineBelowGate(shipped.Ngrams.Score(Sentence), reportedAccusation: 1), score, 12);
    }

    [Fact]
    public void Score_LeavesASentenceWithoutACreditClaimAsTheFrameIsWeighed()
    {
        const string Sentence = "The council has delivered three new play areas in Hollin.";
        var shipped = PartisanClassifier.Ensemble;
        PartisanEnsemble With(double weight) => new(shipped.Ngrams, [.. Enumerable.Range(0, SentenceEncoder.Dimensions).Select(shipped.EncoderWeightOf)], shipped.EncoderBias, shipped.Weights with { CreditClaim = weight }, 1.0, shipped.Threshold, NoEncoder);

        Assert.Equal(With(0).Score([Sentence])[0], With(2.5).Score([Sentence])[0]);
    }

    [Fact]
    public void Score_WithoutAVote_CombinesTheNgramModelAndTheEncoderAlone()
    {
        var shipped = PartisanClassifier.Ensemble;
        var weights = shipped.Weights with { Neighbours = 0, NeighboursBelowGate = 0, Network = 0, NetworkBelowGate = 0 };
        var ensemble = new PartisanEnsemble(shipped.Ngrams, [.. Enumerable.Range(0, SentenceEncoder.Dimensions).Select(shipped.EncoderWeightOf)], shipped.EncoderBias, weights, 0.0, shipped.Threshold, () => ShippedEncoder);
        const string Sentence = "Only the Greens will stand up for Ashby: vote for change on 6 May.";

        var score = ensemble.Score([Sentence])[0];

        var vector = ShippedEncoder.Encode([Sentence])[0];
        Assert.Null(ensemble.Neighbours);
        Assert.Equal(weights.Combine(ensemble.Ngrams.Score(Sentence), ensemble.EncoderScore(vector), 0, 0), score, 12);
    }

    [Fact]
    public void Score_GivesTheEncoderOnlyTheHighestScoringSentencesOfAVeryLongRelease()
    {
        var counting = new CountingEncoder();
        var ensemble = Ensemble(gate: 0.0, () => counting.Encoder);
        var sentences = Enumerable.Range(0, PartisanEnsemble.MaxEncodedSentences + 40).Select(i => $"Item {i} of the agenda was noted by the committee.").ToList();
        sentences[^1] = "Only the Liberal Democrats will stand up for Ashby: vote for change on 6 May.";

        var scores = ensemble.Score(sentences);

        Assert.Equal(sentences.Count, scores.Length);
        Assert.Equal(PartisanEnsemble.MaxEncodedSentences, counting.Encoded);
        Assert.True(scores[^1] >= ensemble.Threshold, "the partisan sentence, highest by the n-gram model, went to the encoder");
    }

    [Fact]
    public void Classify_ExplainsWithTheNgramModelsPhrases()
    {
        var ensemble = PartisanClassifier.Ensemble;

        var score = ensemble.Classify("The Tory administration has failed the people of Ashby for a decade.");

        Assert.True(score.IsPartisan);
        Assert.NotEmpty(score.Reasons);
    }

    [Fact]
    public void Classify_NamesThePhrasesWhoseRemovalLowersTheScoreMost()
    {
        const string Sentence = "Unlike the Conservatives, Labour councillors have protected every library in Ashby.";

        var score = PartisanClassifier.Ensemble.Classify(Sentence);

        Assert.True(score.IsPartisan);
        Assert.Contains(score.Reasons, r => r.Text is "Conservatives" or "Labour councillors" or "Labour");
        Assert.All(score.Reasons, r => Assert.Equal(r.Text, Sentence.Substring(r.Start, r.Length)));
        Assert.DoesNotContain(score.Reasons, r => r.Text is "the" or "have" or "every");
    }

    [Fact]
    public void Classify_NamesAPartyNamedTwiceThoughEitherMentionAloneCouldGo()
    {
        const string Sentence = "Under the Conservatives the roads were fixed, and under the Conservatives they will stay fixed.";

        var score = PartisanClassifier.Ensemble.Classify(Sentence);

        Assert.True(score.IsPartisan);
        var party = Assert.Single(score.Reasons, r => r.Text == "Conservatives");
        Assert.Equal(Sentence.IndexOf("Conservatives", StringComparison.Ordinal), party.Start);
        Assert.Equal(score.Reasons.Max(r => r.Contribution), party.Contribution);
    }

    [Fact]
    public void Classify_ExplainsAPhraseRepeatedOverItself()
    {
        // The pair "cuts cuts" is said four times, each overlapping the next.
        const string Sentence = "Tory cuts cuts cuts have gutted Ashby, so vote Labour to end the Tory cuts cuts cuts.";

        var score = PartisanClassifier.Ensemble.Classify(Sentence);

        Assert.True(score.IsPartisan);
        Assert.NotEmpty(score.Reasons);
        Assert.All(score.Reasons, r => Assert.Equal(r.Text, Sentence.Substring(r.Start, r.Length)));
    }

    [Fact]
    public void Classify_NamesNoPhraseTwice()
    {
        const string Sentence = "Cuts, cuts and more cuts: that is all the Conservative administration has given Ashby.";

        var score = PartisanClassifier.Ensemble.Classify(Sentence);

        Assert.True(score.IsPartisan);
        Assert.Equal(score.Reasons.Length, score.Reasons.Select(r => r.Text.ToUpperInvariant()).Distinct().Count());
    }

    [Fact]
    public void Classify_NamesThePartyOverFillerInASentenceFarOverTheThreshold()
    {
        const string Sentence = "This is the first joint administration the county has had, built on common ground between ourselves and the Green group.";

        var score = PartisanClassifier.Ensemble.Classify(Sentence);

        Assert.True(score.IsPartisan);
        Assert.Contains(score.Reasons, r => r.Text.Contains("Green", StringComparison.Ordinal));
        Assert.DoesNotContain(score.Reasons, r => r.Text is "first" or "county" or "had");
    }

    [Fact]
    public void BuiltInEnsemble_ReadsTheShippedFileBackAsWritten()
    {
        var ensemble = PartisanClassifier.Ensemble;
        var text = new StringWriter(CultureInfo.InvariantCulture);
        PartisanEnsembleFile.Write(ensemble, text);

        var again = PartisanEnsembleFile.Read(new StringReader(text.ToString()), ensemble.Ngrams, NoEncoder, ensemble.Neighbours);

        Assert.Equal(ensemble.Threshold, again.Threshold);
        Assert.Equal(ensemble.Gate, again.Gate);
        Assert.Equal(ensemble.GatesOnPartyNames, again.GatesOnPartyNames);
        Assert.Equal(ensemble.GatesOnPoliticalWords, again.GatesOnPoliticalWords);
        Assert.Equal(ensemble.Weights, again.Weights);
        Assert.Equal(ensemble.EncoderBias, again.EncoderBias);
        Assert.Same(ensemble.Neighbours, again.Neighbours);
        Assert.All(Enumerable.Range(0, SentenceEncoder.Dimensions), d => Assert.Equal(ensemble.EncoderWeightOf(d), again.EncoderWeightOf(d)));
    }

    [Theory]
    [InlineData("format\t1\nthreshold\t0.9\n", "no weight for dimension 0")]
    [InlineData("format\t4\n", "format 1, 2 or 3")]
    [InlineData("format\t2\nneighbours\t1.5\t-2\n", "none was given")]
    [InlineData("format\t1\ne\t999\t0.5\n", "Line 2")]
    [InlineData("format\t1\ne\t0\tNaN\n", "Line 2")]
    [InlineData("format\t1\ne\t0\t0.5\ne\t0\t0.5\n", "Line 3")]
    [InlineData("format\t1\ngate-party-names\tyes\n", "'gate-party-names' is 'yes', not true or false")]
    [InlineData("format\t1\ngate-political-words\t1\n", "'gate-political-words' is '1', not true or false")]
    public void Read_RefusesAFileThatIsNotAnEnsemble(string text, string expected)
    {
        var error = Assert.Throws<InvalidDataException>(() => PartisanEnsembleFile.Read(new StringReader(text), PartisanClassifier.Default, NoEncoder));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    // Counts the sentences it encodes; like the shipped encoder it remembers them, so a sentence asked for again is
    // not counted again.
    private sealed class CountingEncoder : ISentenceEncoder
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _seen = new(StringComparer.Ordinal);

        public int Encoded => _seen.Count;

        public ISentenceEncoder Encoder => this;

        public float[][] Encode(IReadOnlyList<string> sentences)
        {
            foreach (var sentence in sentences)
            {
                _seen.TryAdd(sentence, true);
            }

            return ShippedEncoder.Encode(sentences);
        }
    }

    // The encoder the shipped ensemble runs with: the published model with the shipped tuning patched in.
    private static SentenceEncoder ShippedEncoder => SentenceEncoder.SharedFor(PartisanClassifier.Ensemble.EncoderPrecision, PartisanClassifier.BuiltInTuning());

    private static PartisanEnsemble Ensemble(double gate, Func<ISentenceEncoder> encoder)
    {
        var shipped = PartisanClassifier.Ensemble;
        return new PartisanEnsemble(shipped.Ngrams, [.. Enumerable.Range(0, SentenceEncoder.Dimensions).Select(shipped.EncoderWeightOf)], shipped.EncoderBias, shipped.Weights, gate, shipped.Threshold, encoder, shipped.Neighbours, shipped.Network);
    }

    private static double LogOdds(double probability) => Math.Log(probability / (1 - probability));
}
