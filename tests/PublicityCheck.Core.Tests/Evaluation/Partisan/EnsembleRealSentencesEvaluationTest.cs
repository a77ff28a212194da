using System.Globalization;
using PublicityCheck.Classification;
using PublicityCheck.Classification.Encoding;
using PublicityCheck.Tests.Support;
using Xunit.Abstractions;

namespace PublicityCheck.Tests.Evaluation.Partisan;

/// <summary>
/// The classifier PC0201 scores with, the ensemble of the n-gram model and the sentence encoder, on real published
/// sentences (<c>../shared/corpus/partisan/sentences.tsv</c>, read in place, never copied): prints precision, recall,
/// F1, the false-alarm rate on neutral sentences and the share right per kind beside the bars the product aims at, and
/// the trade-off between accuracy and the encoder's cost at other gates; fails when a figure falls under its floor (a
/// ratchet, a little under what the committed ensemble measures).
/// </summary>
public sealed class EnsembleRealSentencesEvaluationTest(ITestOutputHelper output)
{
    private const double PrecisionFloor = 0.92;
    private const double RecallFloor = 0.61;
    private const double F1Floor = 0.74;
    private const double FalseAlarmCeiling = 0.035;

    private const double F1Bar = 0.85;
    private const double FalseAlarmBar = 0.03;
    private const double PartisanKindBar = 0.70;
    private const double FactualKindBar = 0.95;

    private static readonly Dictionary<string, double> KindFloors = new(StringComparer.Ordinal)
    {
        ["attack-government"] = 0.68,
        ["attack-opposition"] = 0.68,
        ["credit-claim"] = 0.29,
        ["leaflet"] = 0.83,
        ["no-party-named"] = 0.50,
        ["party-site"] = 0.65,
        ["quote-in-news"] = 0.56,
        ["council-news"] = 0.97,
        ["council-quote"] = 0.92,
        ["election-notice"] = 0.97,
        ["factual-party"] = 0.88,
        ["hard-neutral"] = 0.97,
        ["meeting-report"] = 0.97,
    };

    private static string DataFile => Path.Combine(RepositoryPaths.Shared, "corpus", "partisan", "sentences.tsv");

    [Fact]
    public void Ensemble_KeepsItsFiguresOnRealPublishedSentences()
    {
        Assert.True(File.Exists(DataFile), $"The real sentences are missing: expected {DataFile} (the shared folder beside the repository).");
        var ensemble = PartisanClassifier.Ensemble;
        var rows = RealSentence.ReadAll(DataFile);
        var scores = ensemble.Score([.. rows.Select(r => r.Sentence)], int.MaxValue);
        var figures = Figures.Of(rows, scores, ensemble.Threshold);

        output.WriteLine(Invariant($"Real sentences ({rows.Count}), the ensemble at threshold {ensemble.Threshold:0.00}, gate {ensemble.Gate:0.00}"));
        output.WriteLine(Invariant($"  precision {figures.Precision:0.000} (floor {PrecisionFloor:0.00})"));
        output.WriteLine(Invariant($"  recall    {figures.Recall:0.000} (floor {RecallFloor:0.00})"));
        output.WriteLine(Invariant($"  F1        {figures.F1:0.000} (floor {F1Floor:0.00}, bar {F1Bar:0.00})"));
        output.WriteLine(Invariant($"  false alarms on neutral sentences {figures.FalseAlarms:0.000} (ceiling {FalseAlarmCeiling:0.000}, bar {FalseAlarmBar:0.00})"));
        foreach (var (kind, isPartisan, count, share) in figures.Kinds)
        {
            var bar = isPartisan ? Invariant($"bar {PartisanKindBar:0.00}") : kind is "factual-party" or "hard-neutral" ? Invariant($"bar {FactualKindBar:0.00}") : "";
            output.WriteLine(Invariant($"  {(isPartisan ? "partisan" : "neutral"),-8} {kind,-18} {share:0.00} right of {count,3} (floor {KindFloors.GetValueOrDefault(kind):0.00}) {bar}"));
        }

        foreach (var threshold in new[] { 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95 })
        {
            var at = Figures.Of(rows, scores, threshold);
            output.WriteLine(Invariant($"  at {threshold:0.00}: precision {at.Precision:0.000}, recall {at.Recall:0.000}, F1 {at.F1:0.000}, false alarms {at.FalseAlarms:0.000}"));
        }

        // Accuracy against the encoder's cost: the share of sentences the encoder must score at each gate.
        foreach (var gate in new[] { 0.0, 0.01, 0.03, 0.1, 0.3 })
        {
            var gated = new PartisanEnsemble(ensemble.Ngrams, [.. Enumerable.Range(0, 384).Select(ensemble.EncoderWeightOf)], ensemble.EncoderBias, ensemble.Weights, gate, ensemble.Threshold, () => SentenceEncoder.Shared);
            var gatedScores = gated.Score([.. rows.Select(r => r.Sentence)], int.MaxValue);
            var at = Figures.Of(rows, gatedScores, ensemble.Threshold);
            var encoded = rows.Count(r => ensemble.Ngrams.Score(r.Sentence) >= gate);
            output.WriteLine(Invariant($"  gate {gate:0.00}: encoder on {(double)encoded / rows.Count:0.00} of sentences; precision {at.Precision:0.000}, recall {at.Recall:0.000}, F1 {at.F1:0.000}, false alarms {at.FalseAlarms:0.000}"));
        }

        Assert.True(figures.Precision >= PrecisionFloor, Invariant($"precision {figures.Precision:0.000} is under its floor {PrecisionFloor}"));
        Assert.True(figures.Recall >= RecallFloor, Invariant($"recall {figures.Recall:0.000} is under its floor {RecallFloor}"));
        Assert.True(figures.F1 >= F1Floor, Invariant($"F1 {figures.F1:0.000} is under its floor {F1Floor}"));
        Assert.True(figures.FalseAlarms <= FalseAlarmCeiling, Invariant($"false alarms {figures.FalseAlarms:0.000} are over their ceiling {FalseAlarmCeiling}"));
        var under = figures.Kinds.Where(k => k.Share < KindFloors.GetValueOrDefault(k.Kind, 1.0))
            .Select(k => Invariant($"{k.Kind} {k.Share:0.00} < {KindFloors.GetValueOrDefault(k.Kind, 1.0):0.00}")).ToList();
        Assert.True(under.Count == 0, "kinds under their floor: " + string.Join("; ", under));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private sealed record Figures(double Precision, double Recall, double F1, double FalseAlarms, List<(string Kind, bool IsPartisan, int Count, double Share)> Kinds)
    {
        public static Figures Of(IReadOnlyList<RealSentence> rows, IReadOnlyList<double> scores, double threshold)
        {
            var flagged = rows.Select((r, i) => (Row: r, Flagged: scores[i] >= threshold)).ToList();
            var tp = flagged.Count(s => s.Row.IsPartisan && s.Flagged);
            var fp = flagged.Count(s => !s.Row.IsPartisan && s.Flagged);
            var positives = flagged.Count(s => s.Row.IsPartisan);
            var precision = Ratio(tp, tp + fp);
            var recall = Ratio(tp, positives);
            var kinds = flagged.GroupBy(s => (s.Row.Kind, s.Row.IsPartisan))
                .OrderBy(g => g.Key.IsPartisan ? 0 : 1).ThenBy(g => g.Key.Kind, StringComparer.Ordinal)
                .Select(g => (g.Key.Kind, g.Key.IsPartisan, g.Count(), Ratio(g.Count(s => s.Flagged == s.Row.IsPartisan), g.Count())))
                .ToList();
            return new Figures(precision, recall, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall), Ratio(fp, flagged.Count - positives), kinds);
        }

        private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
    }
}
