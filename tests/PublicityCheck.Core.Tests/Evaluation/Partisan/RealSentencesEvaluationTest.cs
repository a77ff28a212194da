using System.Globalization;
using PublicityCheck.Classification;
using PublicityCheck.Tests.Support;
using Xunit.Abstractions;

namespace PublicityCheck.Tests.Evaluation.Partisan;

/// <summary>
/// The shipped classifier on real published sentences (<c>../shared/corpus/partisan/sentences.tsv</c>, read in place,
/// never copied): prints precision, recall, F1, the false-alarm rate on neutral sentences and the share right per kind,
/// beside the bars the product aims at, and fails when a figure falls under its floor. The floors are a ratchet: a
/// little under what the committed model measures, raised whenever a better model is committed.
/// </summary>
public sealed class RealSentencesEvaluationTest(ITestOutputHelper output)
{
    // What the committed model must keep (measured, less a small margin).
    private const double PrecisionFloor = 0.90;
    private const double RecallFloor = 0.44;
    private const double F1Floor = 0.59;
    private const double FalseAlarmCeiling = 0.035;

    // What the product aims at.
    private const double F1Bar = 0.85;
    private const double FalseAlarmBar = 0.03;
    private const double PartisanKindBar = 0.70;
    private const double FactualKindBar = 0.95;

    // The share right per kind that the committed model must keep.
    private static readonly Dictionary<string, double> KindFloors = new(StringComparer.Ordinal)
    {
        ["attack-government"] = 0.52,
        ["attack-opposition"] = 0.42,
        ["credit-claim"] = 0.25,
        ["leaflet"] = 0.80,
        ["no-party-named"] = 0.40,
        ["party-site"] = 0.44,
        ["quote-in-news"] = 0.38,
        ["council-news"] = 0.95,
        ["council-quote"] = 0.92,
        ["election-notice"] = 0.97,
        ["factual-party"] = 0.90,
        ["hard-neutral"] = 0.97,
        ["meeting-report"] = 0.96,
    };

    private static string DataFile => Path.Combine(RepositoryPaths.Shared, "corpus", "partisan", "sentences.tsv");

    [Fact]
    public void Classifier_KeepsItsFiguresOnRealPublishedSentences()
    {
        Assert.True(File.Exists(DataFile), $"The real sentences are missing: expected {DataFile} (the shared folder beside the repository).");
        var model = PartisanClassifier.Default;
        var rows = RealSentence.ReadAll(DataFile);
        var probabilities = rows.Select(r => (r.IsPartisan, Probability: model.Score(r.Sentence))).ToList();
        var scored = rows.Zip(probabilities, (r, p) => (Row: r, Flagged: p.Probability >= model.Threshold)).ToList();

        var truePositives = scored.Count(s => s.Row.IsPartisan && s.Flagged);
        var falsePositives = scored.Count(s => !s.Row.IsPartisan && s.Flagged);
        var positives = scored.Count(s => s.Row.IsPartisan);
        var negatives = scored.Count - positives;
        var precision = Ratio(truePositives, truePositives + falsePositives);
        var recall = Ratio(truePositives, positives);
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        var falseAlarms = Ratio(falsePositives, negatives);

        output.WriteLine(Invariant($"Real sentences ({scored.Count}: {positives} partisan, {negatives} neutral), threshold {model.Threshold:0.00}"));
        output.WriteLine(Invariant($"  precision {precision:0.000} (floor {PrecisionFloor:0.00})"));
        output.WriteLine(Invariant($"  recall    {recall:0.000} (floor {RecallFloor:0.00})"));
        output.WriteLine(Invariant($"  F1        {f1:0.000} (floor {F1Floor:0.00}, bar {F1Bar:0.00})"));
        output.WriteLine(Invariant($"  false alarms on neutral sentences {falseAlarms:0.000} (ceiling {FalseAlarmCeiling:0.00}, bar {FalseAlarmBar:0.00})"));
        var kindShares = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var kind in scored.GroupBy(s => s.Row.Kind).OrderBy(g => g.First().Row.IsPartisan ? 0 : 1).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            var isPartisan = kind.First().Row.IsPartisan;
            var share = Ratio(kind.Count(s => s.Flagged == s.Row.IsPartisan), kind.Count());
            kindShares[kind.Key] = share;
            var bar = isPartisan ? Invariant($"bar {PartisanKindBar:0.00}") : kind.Key is "factual-party" or "hard-neutral" ? Invariant($"bar {FactualKindBar:0.00}") : "";
            output.WriteLine(Invariant($"  {(isPartisan ? "partisan" : "neutral"),-8} {kind.Key,-18} {share:0.00} right of {kind.Count(),3} (floor {KindFloors.GetValueOrDefault(kind.Key):0.00}) {bar}"));
        }

        // The trade-off at other thresholds, so that a change of threshold can be chosen with figures.
        foreach (var threshold in new[] { 0.5, 0.6, 0.7, 0.8, 0.9 })
        {
            var flagged = probabilities.Count(p => p.Probability >= threshold);
            var right = probabilities.Count(p => p.IsPartisan && p.Probability >= threshold);
            var alarms = probabilities.Count(p => !p.IsPartisan && p.Probability >= threshold);
            output.WriteLine(Invariant($"  at {threshold:0.00}: precision {Ratio(right, flagged):0.000}, recall {Ratio(right, positives):0.000}, false alarms {Ratio(alarms, negatives):0.000}"));
        }

        Assert.True(precision >= PrecisionFloor, Invariant($"precision {precision:0.000} is under its floor {PrecisionFloor}"));
        Assert.True(recall >= RecallFloor, Invariant($"recall {recall:0.000} is under its floor {RecallFloor}"));
        Assert.True(f1 >= F1Floor, Invariant($"F1 {f1:0.000} is under its floor {F1Floor}"));
        Assert.True(falseAlarms <= FalseAlarmCeiling, Invariant($"false alarms {falseAlarms:0.000} are over their ceiling {FalseAlarmCeiling}"));
        var under = KindFloors.Where(k => kindShares.GetValueOrDefault(k.Key) < k.Value)
            .Select(k => Invariant($"{k.Key} {kindShares.GetValueOrDefault(k.Key):0.00} < {k.Value:0.00}")).ToList();
        Assert.True(under.Count == 0, "kinds under their floor: " + string.Join("; ", under));
        Assert.Equal(KindFloors.Keys.Order(StringComparer.Ordinal), kindShares.Keys.Order(StringComparer.Ordinal));
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
