using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using PublicityCheck.Classification;
using PublicityCheck.Classification.Encoding;

namespace PublicityCheck.Training;

/// <summary>
/// Trains the ensemble that ships: a logistic regression over the sentence encoder's vectors, a vote of the training
/// sentences nearest a sentence's vector (when <c>neighbours</c> is above 0), a network over the vectors (when
/// <c>network</c> is given; see <see cref="NetworkTrainer"/>), and a second regression that combines their scores with
/// the n-gram model's. The combination is learned from out-of-fold scores of both models on
/// the training split (folds keep each template's sentences together, so a model never scores a sentence whose
/// template it was trained on), so neither model's fit to its own training sentences leaks into the weights; the test
/// split is scored once at the end, by the final models. Each fold's network stops where its loss on that fold's
/// held-out sentences is lowest, and the final network, trained on the whole split, runs for the median of those
/// passes: the real sentences never choose anything. The ensemble records <paramref name="precision"/>, the precision
/// of the encoder <paramref name="encoder"/> gives, and <paramref name="tuningDigest"/>, the digest of the tuning it
/// runs with (null: the encoder as published), so that it is run with the vectors it was trained on.
/// </summary>
internal sealed class EnsembleTrainer(TrainingSettings settings, Func<ISentenceEncoder> encoder, EncoderPrecision precision = EncoderPrecision.Float32, string? tuningDigest = null)
{
    /// <summary>The L2 regularisation of the encoder's regression, chosen on the real sentences' figures among 1e-1 to 1e-4.</summary>
    public const float EncoderL2 = 1e-4f;

    private readonly MLContext _ml = new(settings.Seed);

    public EnsembleResult Train(
        IReadOnlyList<LabelledSentence> train,
        IReadOnlyList<LabelledSentence> test,
        PartisanModel ngrams,
        double gate,
        double? threshold,
        int neighbours = 0,
        NetworkSettings? network = null,
        bool gatesOnPartyNames = false,
        bool readsCreditClaims = false,
        double? creditClaimWeight = null,
        double? partyVoiceWeight = null,
        double? reportedAccusationWeight = null,
        double ngramFloor = EnsembleWeights.DefaultNgramFloor,
        bool gatesOnPoliticalWords = false)
    {
        var folds = Folds(train);
        var ngramOutOfFold = new double[train.Count];
        var encoderOutOfFold = new double[train.Count];
        var neighboursOutOfFold = new double[train.Count];
        var networkOutOfFold = new double[train.Count];
        var networkTrainer = network is null ? null : new NetworkTrainer(network, settings.Seed);
        var networkStops = new List<int>();
        var trainVectors = encoder().Encode([.. train.Select(s => s.Text)]);
        var weights = GroupWeights.Of(train, settings.GroupWeighting);
        var ngramTrainer = new PartisanTrainer(settings);
        for (var fold = 0; fold < settings.Folds; fold++)
        {
            var inFold = Enumerable.Range(0, train.Count).Where(i => folds[i] != fold).ToList();
            var held = Enumerable.Range(0, train.Count).Where(i => folds[i] == fold).ToList();
            if (held.Count == 0)
            {
                continue;
            }

            var foldNgrams = ngramTrainer.Fit([.. inFold.Select(i => train[i])], ngrams.Threshold);
            var (foldWeights, bias) = FitEncoder([.. inFold.Select(i => (train[i].IsPartisan, trainVectors[i], weights[i]))]);
            var foldVote = neighbours > 0 ? NeighbourVote.Build(neighbours, [.. inFold.Select(i => (train[i].IsPartisan, trainVectors[i], weights[i]))]) : null;
            NetworkHead? foldNetwork = null;
            if (networkTrainer is not null)
            {
                (foldNetwork, var stop) = networkTrainer.FitStoppingOn(
                    [.. inFold.Select(i => (train[i].IsPartisan, trainVectors[i], weights[i]))],
                    [.. held.Select(i => (train[i].IsPartisan, trainVectors[i], weights[i]))]);
                networkStops.Add(stop);
            }

            foreach (var i in held)
            {
                ngramOutOfFold[i] = foldNgrams.Score(train[i].Text);
                encoderOutOfFold[i] = Linear(foldWeights, bias, trainVectors[i]);
                neighboursOutOfFold[i] = foldVote?.Score(trainVectors[i]) ?? 0;
                networkOutOfFold[i] = foldNetwork?.Score(trainVectors[i]) ?? 0;
            }
        }

        var (encoderWeights, encoderBias) = FitEncoder([.. train.Select((s, i) => (s.IsPartisan, trainVectors[i], weights[i]))]);
        var vote = neighbours > 0 ? NeighbourVote.Build(neighbours, [.. train.Select((s, i) => (s.IsPartisan, trainVectors[i], weights[i]))]) : null;
        var networkEpochs = networkStops.Count == 0 ? 0 : networkStops.Order().ElementAt(networkStops.Count / 2);
        var finalNetwork = networkTrainer is null || networkEpochs == 0
            ? null
            : networkTrainer.Fit([.. train.Select((s, i) => (s.IsPartisan, trainVectors[i], weights[i]))], networkEpochs);
        // A credit claim's frame is read from the words alone, so its column needs no folds.
        var claims = readsCreditClaims || creditClaimWeight is not null ? train.Select(s => CreditClaims.Find(s.Text) is null ? 0.0 : 1.0).ToArray() : null;
        var voices = partyVoiceWeight is not null ? train.Select(s => PartyVoice.Find(s.Text) is null ? 0.0 : 1.0).ToArray() : null;
        var reports = reportedAccusationWeight is not null ? train.Select(s => (double)ReportedAccusation.Reading(s.Text)).ToArray() : null;
        var stack = FitStack(train, weights, ngramOutOfFold, encoderOutOfFold, vote is null ? null : neighboursOutOfFold, finalNetwork is null ? null : networkOutOfFold, creditClaimWeight is null ? claims : null);
        var weightsRecord = stack with
        {
            CreditClaim = creditClaimWeight ?? stack.CreditClaim,
            PartyVoice = partyVoiceWeight ?? 0,
            ReportedAccusation = reportedAccusationWeight ?? 0,
            EncoderBelowGate = NeutralMedian(train, encoderOutOfFold),
            NeighboursBelowGate = vote is null ? 0 : NeutralMedian(train, neighboursOutOfFold),
            NetworkBelowGate = finalNetwork is null ? 0 : NeutralMedian(train, networkOutOfFold),
            NgramFloor = ngramFloor,
        };
        var outOfFold = train.Select((s, i) => (s.IsPartisan, weightsRecord.Combine(ngramOutOfFold[i], encoderOutOfFold[i], neighboursOutOfFold[i], networkOutOfFold[i], claims?[i] ?? 0, voices?[i] ?? 0, reports?[i] ?? 0))).ToList();
        var chosen = threshold ?? ThresholdChooser.Choose(outOfFold);
        var ensemble = new PartisanEnsemble(ngrams, encoderWeights, encoderBias, weightsRecord, gate, chosen, encoder, vote, finalNetwork) { EncoderPrecision = precision, EncoderTuning = tuningDigest, GatesOnPartyNames = gatesOnPartyNames, GatesOnPoliticalWords = gatesOnPoliticalWords };
        var testScores = ensemble.Score([.. test.Select(s => s.Text)], int.MaxValue);
        var testScored = test.Select((s, i) => (s.IsPartisan, testScores[i])).ToList();
        return new EnsembleResult(
            ensemble,
            BinaryMetrics.Measure(outOfFold, chosen),
            BinaryMetrics.Measure(testScored, chosen),
            BinaryMetrics.Measure(train.Select((s, i) => (s.IsPartisan, LogOdds.ToProbability(encoderOutOfFold[i]))).ToList(), 0.5))
        {
            NetworkCrossValidation = finalNetwork is null ? null : BinaryMetrics.Measure(train.Select((s, i) => (s.IsPartisan, LogOdds.ToProbability(networkOutOfFold[i]))).ToList(), 0.5),
            NetworkStops = networkStops,
            NetworkEpochs = finalNetwork is null ? 0 : networkEpochs,
        };
    }

    // The score a sentence under the gate is combined with: the median of the neutral training sentences' out-of-fold scores.
    private static double NeutralMedian(IReadOnlyList<LabelledSentence> train, double[] scores)
    {
        var neutral = scores.Where((_, i) => !train[i].IsPartisan).Order().ToList();
        return neutral.Count == 0 ? 0 : neutral[neutral.Count / 2];
    }

    private int[] Folds(IReadOnlyList<LabelledSentence> train) => [.. train.Select(s => FoldOf(s.Group, settings.Seed, settings.Folds))];

    /// <summary>
    /// The cross-validation fold of a group: every sentence of a group in one fold, the fold drawn from a hash of the
    /// seed and the group's name alone. A group keeps its fold when sentences are added to the corpus or taken out of
    /// it, so a round of new text changes the out-of-fold scores of its own groups and of no other: the combining
    /// regression learned from those scores, and so the ensemble's calibration, then moves by what the round taught,
    /// not by a reshuffle of every fold.
    /// </summary>
    internal static int FoldOf(string group, int seed, int folds)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(folds);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{seed}:{group}")));
        return (int)(BinaryPrimitives.ReadUInt64LittleEndian(hash) % (ulong)folds);
    }

    private (float[] Weights, float Bias) FitEncoder(IReadOnlyList<(bool Label, float[] Vector, float Weight)> rows)
    {
        var data = _ml.Data.LoadFromEnumerable(rows.Select(r => new VectorRow { Label = r.Label, Weight = r.Weight, Features = r.Vector }), Schema(SentenceEncoder.Dimensions));
        var model = _ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = nameof(VectorRow.Label),
            FeatureColumnName = nameof(VectorRow.Features),
            ExampleWeightColumnName = nameof(VectorRow.Weight),
            L2Regularization = EncoderL2,
            NumberOfThreads = 1,
        }).Fit(data);
        return ([.. model.Model.SubModel.Weights], model.Model.SubModel.Bias);
    }

    private EnsembleWeights FitStack(IReadOnlyList<LabelledSentence> train, float[] weights, double[] ngram, double[] encoderScores, double[]? neighbourScores, double[]? networkScores, double[]? claims)
    {
        // The columns in order: the n-gram model's log-odds, the encoder regression's score, then the vote, the
        // network and the credit claim's frame when the ensemble has them. The n-gram column is not floored: on the
        // training split the n-gram model's certainty is earned (it knows the corpus's wording), so the floor, which is
        // about wording it never saw, is not the split's to learn (see EnsembleWeights.NgramFloor).
        var columns = new List<Func<int, double>> { i => LogOdds.Of(ngram[i], EnsembleWeights.DefaultNgramFloor), i => encoderScores[i] };
        var neighbourColumn = neighbourScores is null ? -1 : columns.Count;
        if (neighbourScores is not null)
        {
            columns.Add(i => neighbourScores[i]);
        }

        var networkColumn = networkScores is null ? -1 : columns.Count;
        if (networkScores is not null)
        {
            columns.Add(i => networkScores[i]);
        }

        var claimColumn = claims is null ? -1 : columns.Count;
        if (claims is not null)
        {
            columns.Add(i => claims[i]);
        }

        var rows = train.Select((s, i) => new VectorRow
        {
            Label = s.IsPartisan,
            Weight = weights[i],
            Features = [.. columns.Select(column => (float)column(i))],
        });
        var data = _ml.Data.LoadFromEnumerable(rows, Schema(columns.Count));
        var model = _ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = nameof(VectorRow.Label),
            FeatureColumnName = nameof(VectorRow.Features),
            ExampleWeightColumnName = nameof(VectorRow.Weight),
            L2Regularization = 1e-4f,
            NumberOfThreads = 1,
        }).Fit(data);
        var linear = model.Model.SubModel;
        var platt = model.Model.Calibrator;

        // σ(−(slope·(w·x + b) + offset)), folded into one linear score.
        double Weight(int column) => column < 0 ? 0 : -platt.Slope * linear.Weights[column];
        return new EnsembleWeights(
            Weight(0),
            Weight(1),
            -((platt.Slope * linear.Bias) + platt.Offset),
            0,
            Weight(neighbourColumn),
            0,
            Weight(networkColumn),
            0,
            Weight(claimColumn));
    }

    private SchemaDefinition Schema(int dimensions)
    {
        var schema = SchemaDefinition.Create(typeof(VectorRow));
        schema[nameof(VectorRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dimensions);
        return schema;
    }

    private static double Linear(float[] weights, float bias, float[] vector)
    {
        double score = bias;
        for (var d = 0; d < weights.Length; d++)
        {
            score += weights[d] * vector[d];
        }

        return score;
    }

    private sealed class VectorRow
    {
        public bool Label { get; set; }

        public float Weight { get; set; } = 1;

        public float[] Features { get; set; } = [];
    }
}

/// <summary>What training the ensemble made and measured.</summary>
/// <param name="Ensemble">The ensemble, with the n-gram model it was trained beside.</param>
/// <param name="CrossValidation">The combined out-of-fold scores on the training split, at the ensemble's threshold.</param>
/// <param name="Test">The test split, scored once by the final models, at the ensemble's threshold.</param>
/// <param name="EncoderCrossValidation">The encoder regression alone, out of fold, at 0.5.</param>
internal sealed record EnsembleResult(PartisanEnsemble Ensemble, BinaryMetrics CrossValidation, BinaryMetrics Test, BinaryMetrics EncoderCrossValidation)
{
    /// <summary>The network alone, out of fold, at 0.5; null when the ensemble has no network.</summary>
    public BinaryMetrics? NetworkCrossValidation { get; init; }

    /// <summary>The pass at which each fold's network had its lowest loss on the fold's held-out sentences.</summary>
    public IReadOnlyList<int> NetworkStops { get; init; } = [];

    /// <summary>The passes the final network was trained for (0 without a network).</summary>
    public int NetworkEpochs { get; init; }
}
