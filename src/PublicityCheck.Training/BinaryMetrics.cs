namespace PublicityCheck.Training;

/// <summary>Accuracy, precision, recall, F1 and AUC of probabilities against labels, at a threshold.</summary>
internal sealed record BinaryMetrics(double Accuracy, double Precision, double Recall, double F1, double Auc, int Count)
{
    public static BinaryMetrics Measure(IReadOnlyList<(bool Label, double Probability)> scored, double threshold)
    {
        int tp = 0, fp = 0, tn = 0, fn = 0;
        foreach (var (label, probability) in scored)
        {
            var predicted = probability >= threshold;
            (tp, fp, tn, fn) = (predicted, label) switch
            {
                (true, true) => (tp + 1, fp, tn, fn),
                (true, false) => (tp, fp + 1, tn, fn),
                (false, false) => (tp, fp, tn + 1, fn),
                _ => (tp, fp, tn, fn + 1),
            };
        }

        var precision = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
        var recall = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new BinaryMetrics((double)(tp + tn) / Math.Max(1, scored.Count), precision, recall, f1, AreaUnderCurve(scored), scored.Count);
    }

    /// <summary>F-beta: beta below 1 weighs precision above recall.</summary>
    public double FBeta(double beta) =>
        Precision + Recall == 0 ? 0 : (1 + (beta * beta)) * Precision * Recall / ((beta * beta * Precision) + Recall);

    /// <summary>The area under the ROC curve: the chance a partisan sentence scores above a neutral one (ties count half).</summary>
    private static double AreaUnderCurve(IReadOnlyList<(bool Label, double Probability)> scored)
    {
        var ordered = scored.OrderBy(s => s.Probability).ToList();
        double positives = ordered.Count(s => s.Label), negatives = ordered.Count - positives;
        if (positives == 0 || negatives == 0)
        {
            return double.NaN;
        }

        double rankSum = 0;
        for (var i = 0; i < ordered.Count;)
        {
            var j = i;
            while (j < ordered.Count && ordered[j].Probability == ordered[i].Probability)
            {
                j++;
            }

            var averageRank = (i + j + 1) / 2.0;
            rankSum += averageRank * ordered.Skip(i).Take(j - i).Count(s => s.Label);
            i = j;
        }

        return (rankSum - (positives * (positives + 1) / 2)) / (positives * negatives);
    }
}
