using System.Globalization;
using Xunit.Abstractions;

namespace PublicityCheck.Tests.Evaluation.Partisan;

/// <summary>What a classifier must keep on the real sentences: a ratchet a little under what the committed model measures.</summary>
internal sealed record RealSentenceFloors(double Precision, double Recall, double F1, double FalseAlarmCeiling, IReadOnlyDictionary<string, double> Kinds);

/// <summary>
/// A classifier's figures on the real sentences at one threshold: precision, recall, F1, false alarms on neutral
/// sentences, and the share right per kind; printed beside the bars the product aims at, and held to floors.
/// </summary>
internal sealed record RealSentenceFigures(double Precision, double Recall, double F1, double FalseAlarms, List<(string Kind, bool IsPartisan, int Count, double Share)> Kinds)
{
    public const double F1Bar = 0.85;
    public const double FalseAlarmBar = 0.03;
    public const double PartisanKindBar = 0.70;
    public const double FactualKindBar = 0.95;

    public static RealSentenceFigures Of(IReadOnlyList<RealSentence> rows, IReadOnlyList<double> scores, double threshold)
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
        return new RealSentenceFigures(precision, recall, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall), Ratio(fp, flagged.Count - positives), kinds);
    }

    /// <summary>Prints the figures, each beside its floor and the product's bar.</summary>
    public void Print(ITestOutputHelper output, RealSentenceFloors floors)
    {
        output.WriteLine(Invariant($"  precision {Precision:0.000} (floor {floors.Precision:0.00})"));
        output.WriteLine(Invariant($"  recall    {Recall:0.000} (floor {floors.Recall:0.00})"));
        output.WriteLine(Invariant($"  F1        {F1:0.000} (floor {floors.F1:0.00}, bar {F1Bar:0.00})"));
        output.WriteLine(Invariant($"  false alarms on neutral sentences {FalseAlarms:0.000} (ceiling {floors.FalseAlarmCeiling:0.000}, bar {FalseAlarmBar:0.00})"));
        foreach (var (kind, isPartisan, count, share) in Kinds)
        {
            var bar = isPartisan ? Invariant($"bar {PartisanKindBar:0.00}") : kind is "factual-party" or "hard-neutral" ? Invariant($"bar {FactualKindBar:0.00}") : "";
            output.WriteLine(Invariant($"  {(isPartisan ? "partisan" : "neutral"),-8} {kind,-18} {share:0.00} right of {count,3} (floor {floors.Kinds.GetValueOrDefault(kind):0.00}) {bar}"));
        }
    }

    /// <summary>Fails when a figure falls under its floor, or when the kinds are not the ones the floors name.</summary>
    public void AssertKeeps(RealSentenceFloors floors)
    {
        Assert.True(Precision >= floors.Precision, Invariant($"precision {Precision:0.000} is under its floor {floors.Precision}"));
        Assert.True(Recall >= floors.Recall, Invariant($"recall {Recall:0.000} is under its floor {floors.Recall}"));
        Assert.True(F1 >= floors.F1, Invariant($"F1 {F1:0.000} is under its floor {floors.F1}"));
        Assert.True(FalseAlarms <= floors.FalseAlarmCeiling, Invariant($"false alarms {FalseAlarms:0.000} are over their ceiling {floors.FalseAlarmCeiling}"));
        var under = Kinds.Where(k => k.Share < floors.Kinds.GetValueOrDefault(k.Kind, 1.0))
            .Select(k => Invariant($"{k.Kind} {k.Share:0.00} < {floors.Kinds.GetValueOrDefault(k.Kind, 1.0):0.00}")).ToList();
        Assert.True(under.Count == 0, "kinds under their floor: " + string.Join("; ", under));
        Assert.Equal(floors.Kinds.Keys.Order(StringComparer.Ordinal), Kinds.Select(k => k.Kind).Order(StringComparer.Ordinal));
    }

    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
