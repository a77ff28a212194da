using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using PublicityCheck.Classification;
using PublicityCheck.Classification.Encoding;

namespace PublicityCheck.Training;

/// <summary>
/// Trains the ensemble that ships: a logistic regression over the sentence encoder's vectors, a vote of the training
/// sentences nearest a sentence's vector (when <c>neighbours</c> is above 0), and a second regression that combines
/// their scores with the n-gram model's. The combination is learned from out-of-fold scores of both models on
/// the training split (folds keep each template's sentences together, so a model never scores a sentence whose
/// template it was trained on), so neither model's fit to its own training sentences leaks into the weights; the test
/// split is scored once at the end, by the final models. The ensemble records <paramref name="precision"/>, the precision
/// of the encoder <paramref name="encoder"/> gives, so that it is run with the vectors it was trained on.
/// </summary>
internal sealed class EnsembleTrainer(TrainingSettings settings, Func<ISentenceEncoder> encoder, EncoderPrecision precision = EncoderPrecision.Float32)
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
        int neighbours = 0)
    {
        var folds = Folds(train);
        var ngramOutOfFold = new double[train.Count];
        var encoderOutOfFold = new double[train.Count];
        var neighboursOutOfFold = new double[train.Count];
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
            foreach (var i in held)
            {
                ngramOutOfFold[i] = foldNgrams.Score(train[i].Text);
                encoderOutOfFold[i] = Linear(foldWeights, bias, trainVectors[i]);
                neighboursOutOfFold[i] = foldVote?.Score(trainVectors[i]) ?? 0;
            }
        }

        var (encoderWeights, encoderBias) = FitEncoder([.. train.Select((s, i) => (s.IsPartisan, trainVectors[i], weights[i]))]);
        var vote = neighbours > 0 ? NeighbourVote.Build(neighbours, [.. train.Select((s, i) => (s.IsPartisan, trainVectors[i], weights[i]))]) : null;
        var stack = FitStack(train, weights, ngramOutOfFold, encoderOutOfFold, vote is null ? null : neighboursOutOfFold);
        var weightsRecord = stack with
        {
            EncoderBelowGate = NeutralMedian(train, encoderOutOfFold),
            NeighboursBelowGate = vote is null ? 0 : NeutralMedian(train, neighboursOutOfFold),
        };
        var outOfFold = train.Select((s, i) => (s.IsPartisan, weightsRecord.Combine(ngramOutOfFold[i], encoderOutOfFold[i], neighboursOutOfFold[i]))).ToList();
        var chosen = threshold ?? ThresholdChooser.Choose(outOfFold);
        var ensemble = new PartisanEnsemble(ngrams, encoderWeights, encoderBias, weightsRecord, gate, chosen, encoder, vote) { EncoderPrecision = precision };
        var testScores = ensemble.Score([.. test.Select(s => s.Text)], int.MaxValue);
        var testScored = test.Select((s, i) => (s.IsPartisan, testScores[i])).ToList();
        return new EnsembleResult(
            ensemble,
            BinaryMetrics.Measure(outOfFold, chosen),
            BinaryMetrics.Measure(testScored, chosen),
            BinaryMetrics.Measure(train.Select((s, i) => (s.IsPartisan, Sigmoid(encoderOutOfFold[i]))).ToList(), 0.5));
    }

    // The score a sentence under the gate is combined with: the median of the neutral training sentences' out-of-fold scores.
    private static double NeutralMedian(IReadOnlyList<LabelledSentence> train, double[] scores)
    {
        var neutral = scores.Where((_, i) => !train[i].IsPartisan).Order().ToList();
        return neutral.Count == 0 ? 0 : neutral[neutral.Count / 2];
    }

    private int[] Folds(IReadOnlyList<LabelledSentence> train)
    {
        // Every sentence of a group in one fold, the groups shuffled by the seed.
        var groups = train.Select(s => s.Group).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var random = new Random(settings.Seed);
        var foldOf = groups.ToDictionary(g => g, _ => random.Next(settings.Folds), StringComparer.Ordinal);
        return [.. train.Select(s => foldOf[s.Group])];
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

    private EnsembleWeights FitStack(IReadOnlyList<LabelledSentence> train, float[] weights, double[] ngram, double[] encoderScores, double[]? neighbourScores)
    {
        var inputs = neighbourScores is null ? 2 : 3;
        var rows = train.Select((s, i) => new VectorRow
        {
            Label = s.IsPartisan,
            Weight = weights[i],
            Features = neighbourScores is null ? [(float)Logit(ngram[i]), (float)encoderScores[i]] : [(float)Logit(ngram[i]), (float)encoderScores[i], (float)neighbourScores[i]],
        });
        var data = _ml.Data.LoadFromEnumerable(rows, Schema(inputs));
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
        return new EnsembleWeights(
            -platt.Slope * linear.Weights[0],
            -platt.Slope * linear.Weights[1],
            -((platt.Slope * linear.Bias) + platt.Offset),
            0,
            neighbourScores is null ? 0 : -platt.Slope * linear.Weights[2]);
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

    private static double Logit(double p)
    {
        p = Math.Clamp(p, 1e-6, 1 - 1e-6);
        return Math.Log(p / (1 - p));
    }

    private static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));

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
internal sealed record EnsembleResult(PartisanEnsemble Ensemble, BinaryMetrics CrossValidation, BinaryMetrics Test, BinaryMetrics EncoderCrossValidation);
