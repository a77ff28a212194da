using System.Globalization;
using PublicityCheck.Classification;

namespace PublicityCheck.Training;

/// <summary>
/// A model's figures on real published sentences (<c>../shared/corpus/partisan/sentences.tsv</c>: label, sentence,
/// source, kind, with a header), read in place and never copied: precision, recall, F1, the false-alarm rate on
/// neutral sentences and the share right per kind, at the model's threshold.
/// </summary>
internal sealed record RealSetEvaluation(
    string Path,
    double Threshold,
    BinaryMetrics Metrics,
    double FalseAlarmRate,
    IReadOnlyList<(string Kind, bool IsPartisan, int Count, double ShareRight)> Kinds,
    IReadOnlyList<(double Threshold, BinaryMetrics Metrics, double FalseAlarmRate)> Points,
    (double Threshold, BinaryMetrics Metrics, double FalseAlarmRate) AtMostThreePercent,
    IReadOnlyList<(string Kind, bool IsPartisan, int Count, double ShareRight)> KindsAtMostThreePercent)
{
    /// <summary>The false-alarm rate on neutral sentences the product allows, at which <see cref="AtMostThreePercent"/> is measured.</summary>
    public const double FalseAlarmBar = 0.03;

    /// <summary>The thresholds at which the trade-off between recall and false alarms is shown.</summary>
    public static readonly double[] PointThresholds = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.92, 0.94, 0.96];

    /// <summary>Where the real sentences are, from the repository root.</summary>
    public const string DefaultRelativePath = "../shared/corpus/partisan/sentences.tsv";

    /// <summary>Scores every real sentence at <paramref name="path"/> with <paramref name="model"/>.</summary>
    public static RealSetEvaluation Measure(string path, PartisanModel model) =>
        Measure(path, sentences => [.. sentences.Select(s => model.Score(s))], model.Threshold);

    /// <summary>Scores every real sentence at <paramref name="path"/> with <paramref name="ensemble"/>.</summary>
    public static RealSetEvaluation Measure(string path, PartisanEnsemble ensemble) =>
        Measure(path, sentences => ensemble.Score(sentences, int.MaxValue), ensemble.Threshold);

    /// <summary>Scores every real sentence at <paramref name="path"/> in one call of <paramref name="score"/>.</summary>
    public static RealSetEvaluation Measure(string path, Func<IReadOnlyList<string>, double[]> score, double threshold)
    {
        var rows = new List<(bool IsPartisan, string Kind, double Probability)>();
        var texts = new List<string>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (lineNumber == 1 || line.Length == 0)
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length < 4 || cells[0] is not (LabelledSentence.PartisanLabel or LabelledSentence.NeutralLabel))
            {
                throw new UsageException($"{path}({lineNumber}): expected label, sentence, source and kind");
            }

            rows.Add((cells[0] == LabelledSentence.PartisanLabel, cells[3], 0));
            texts.Add(cells[1]);
        }

        var probabilities = score(texts);
        rows = [.. rows.Select((r, i) => r with { Probability = probabilities[i] })];

        List<(bool, double)> scored = [.. rows.Select(r => (r.IsPartisan, r.Probability))];
        var neutral = rows.Where(r => !r.IsPartisan).ToList();
        double FalseAlarms(double threshold) => neutral.Count == 0 ? 0 : (double)neutral.Count(r => r.Probability >= threshold) / neutral.Count;
        var points = PointThresholds.Select(t => (t, BinaryMetrics.Measure(scored, t), FalseAlarms(t))).ToList();
        List<(string, bool, int, double)> Kinds(double at) => [.. rows.GroupBy(r => (r.Kind, r.IsPartisan))
            .OrderBy(g => g.Key.IsPartisan ? 0 : 1).ThenBy(g => g.Key.Kind, StringComparer.Ordinal)
            .Select(g => (g.Key.Kind, g.Key.IsPartisan, g.Count(), (double)g.Count(r => (r.Probability >= at) == r.IsPartisan) / g.Count()))];
        // The lowest threshold (among the scores themselves) at which false alarms stay within the bar.
        var lowest = rows.Select(r => r.Probability).Append(1.0).Distinct().Order().First(t => FalseAlarms(t) <= FalseAlarmBar);
        var atBar = (lowest, BinaryMetrics.Measure(scored, lowest), FalseAlarms(lowest));
        return new RealSetEvaluation(path, threshold, BinaryMetrics.Measure(scored, threshold), FalseAlarms(threshold), Kinds(threshold), points, atBar, Kinds(lowest));
    }

    /// <summary>The figures as lines for the console.</summary>
    public IEnumerable<string> Lines()
    {
        yield return string.Create(CultureInfo.InvariantCulture, $"real sentences    {Metrics.Count} at threshold {Threshold:0.00#}: precision {Metrics.Precision:0.000}  recall {Metrics.Recall:0.000}  F1 {Metrics.F1:0.000}  AUC {Metrics.Auc:0.000}  false alarms on neutral {FalseAlarmRate:0.000}");
        foreach (var (kind, isPartisan, count, share) in Kinds)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"  {(isPartisan ? "partisan" : "neutral"),-8} {kind,-18} {share:0.00} right of {count}");
        }

        var (barThreshold, barMetrics, barFalseAlarms) = AtMostThreePercent;
        yield return string.Create(CultureInfo.InvariantCulture, $"  lowest threshold with false alarms within {FalseAlarmBar:0%}: {barThreshold:0.0000}: precision {barMetrics.Precision:0.000}  recall {barMetrics.Recall:0.000}  F1 {barMetrics.F1:0.000}  false alarms {barFalseAlarms:0.000}");
        yield return "    right there: " + string.Join(", ", KindsAtMostThreePercent.Select(k => string.Create(CultureInfo.InvariantCulture, $"{k.Kind} {k.ShareRight:0.00}")));
        foreach (var (threshold, metrics, falseAlarms) in Points)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"  at {threshold:0.00}: precision {metrics.Precision:0.000}  recall {metrics.Recall:0.000}  F1 {metrics.F1:0.000}  false alarms {falseAlarms:0.000}");
        }
    }
}
