using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using PublicityCheck.Classification;

namespace PublicityCheck.Training;

/// <summary>
/// Trains the party-political language classifier with ML.NET: Core's featuriser turns sentences into n-gram
/// vectors (the same code scores at run time), an L-BFGS logistic regression on one thread learns calibrated
/// probabilities, cross-validation over the training split (folds keep each template's sentences together) picks
/// the threshold, and the held-back test split is scored once at the end.
/// </summary>
internal sealed class PartisanTrainer(TrainingSettings settings)
{
    private readonly MLContext _ml = new(settings.Seed);

    /// <summary>How this trainer trains.</summary>
    public TrainingSettings Settings => settings;

    public TrainingResult Train(IReadOnlyList<LabelledSentence> train, IReadOnlyList<LabelledSentence> test)
    {
        var vocabulary = FeatureVocabulary.Build(train.Select(s => s.Text), settings.Features, settings.MinCount);
        var data = Load(vocabulary, train);
        var outOfFold = CrossValidate(data);
        var threshold = settings.Threshold ?? ThresholdChooser.Choose(outOfFold);
        var fitted = Trainer().Fit(data);
        var linear = fitted.Model.SubModel;
        var calibrator = fitted.Model.Calibrator;
        var model = new PartisanModel(vocabulary, [.. linear.Weights], linear.Bias, new PlattCalibration(calibrator.Slope, calibrator.Offset), threshold);
        var testScored = test.Select(s => (s.IsPartisan, model.Score(s.Text))).ToList();
        var mlScored = Scored(fitted.Transform(Load(vocabulary, test)));
        var parity = testScored.Zip(mlScored, (mine, theirs) => Math.Abs(mine.Item2 - theirs.Probability)).DefaultIfEmpty(0).Max();
        return new TrainingResult(
            settings,
            model,
            train.Count,
            test.Count,
            BinaryMetrics.Measure(outOfFold, threshold),
            BinaryMetrics.Measure(outOfFold, 0.5),
            BinaryMetrics.Measure(testScored, threshold),
            BinaryMetrics.Measure(testScored, 0.5),
            LexiconBaseline.Measure(test),
            parity,
            [.. new[] { 0.4, 0.5, 0.6, 0.7, 0.8, 0.9 }.Select(t => (t, BinaryMetrics.Measure(outOfFold, t)))],
            path => _ml.Model.Save(fitted, data.Schema, path));
    }

    /// <summary>Fits a model on <paramref name="train"/> alone, with its own vocabulary, and no measuring.</summary>
    public PartisanModel Fit(IReadOnlyList<LabelledSentence> train, double threshold)
    {
        var vocabulary = FeatureVocabulary.Build(train.Select(s => s.Text), settings.Features, settings.MinCount);
        var fitted = Trainer().Fit(Load(vocabulary, train)).Model;
        var linear = fitted.SubModel;
        return new PartisanModel(vocabulary, [.. linear.Weights], linear.Bias, new PlattCalibration(fitted.Calibrator.Slope, fitted.Calibrator.Offset), threshold);
    }

    /// <summary>Cross-validates each featurisation on the training split; metrics at 0.5 on the out-of-fold predictions.</summary>
    public IReadOnlyList<(FeatureSettings Features, int Count, BinaryMetrics Metrics)> Sweep(IReadOnlyList<LabelledSentence> train, IEnumerable<FeatureSettings> candidates)
    {
        var results = new List<(FeatureSettings, int, BinaryMetrics)>();
        foreach (var features in candidates)
        {
            var vocabulary = FeatureVocabulary.Build(train.Select(s => s.Text), features, settings.MinCount);
            var outOfFold = CrossValidate(Load(vocabulary, train));
            results.Add((features, vocabulary.Count, BinaryMetrics.Measure(outOfFold, 0.5)));
        }

        return results;
    }

    /// <summary>Cross-validates each L2 regularisation with the default featurisation; metrics at 0.5, out of fold.</summary>
    public IReadOnlyList<(float L2, BinaryMetrics Metrics)> SweepRegularisation(IReadOnlyList<LabelledSentence> train, IEnumerable<float> candidates)
    {
        var vocabulary = FeatureVocabulary.Build(train.Select(s => s.Text), settings.Features, settings.MinCount);
        var data = Load(vocabulary, train);
        return [.. candidates.Select(l2 => (l2, BinaryMetrics.Measure(new PartisanTrainer(settings with { L2 = l2 }).CrossValidate(data), 0.5)))];
    }

    private List<(bool Label, double Probability)> CrossValidate(IDataView data) =>
        [.. _ml.BinaryClassification
            .CrossValidate(data, Trainer(), settings.Folds, nameof(FeatureRow.Label), nameof(FeatureRow.Group), settings.Seed)
            .SelectMany(fold => Scored(fold.ScoredHoldOutSet))];

    private LbfgsLogisticRegressionBinaryTrainer Trainer() =>
        _ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = nameof(FeatureRow.Label),
            FeatureColumnName = nameof(FeatureRow.Features),
            ExampleWeightColumnName = nameof(FeatureRow.Weight),
            L2Regularization = settings.L2,
            L1Regularization = settings.L1,
            NumberOfThreads = 1,
        });

    private IDataView Load(FeatureVocabulary vocabulary, IReadOnlyList<LabelledSentence> sentences)
    {
        var weights = GroupWeights.Of(sentences, settings.GroupWeighting);
        var rows = sentences.Select((s, i) =>
        {
            var features = vocabulary.Featurize(s.Text);
            var vector = new VBuffer<float>(vocabulary.Count, features.Count, [.. features.Select(f => f.Value)], [.. features.Select(f => f.Key)]);
            return new FeatureRow { Label = s.IsPartisan, Group = s.Group, Weight = weights[i], Features = vector };
        }).ToList();
        var schema = SchemaDefinition.Create(typeof(FeatureRow));
        schema[nameof(FeatureRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, vocabulary.Count);
        return _ml.Data.LoadFromEnumerable(rows, schema);
    }

    private List<(bool Label, double Probability)> Scored(IDataView scored) =>
        [.. _ml.Data.CreateEnumerable<ScoredRow>(scored, reuseRowObject: false).Select(r => (r.Label, (double)r.Probability))];

    private sealed class ScoredRow
    {
        public bool Label { get; set; }

        public float Probability { get; set; }
    }
}
