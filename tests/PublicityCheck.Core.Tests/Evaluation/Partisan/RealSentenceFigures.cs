using System.Globalization;
using PublicityCheck.Classification;
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
        var figures = ClassifierFigures.Of([.. rows.Select(r => new LabelledSentence(r.IsPartisan, r.Sentence, r.Kind))], scores, threshold);
        return new RealSentenceFigures(figures.Precision, figures.Recall, figures.F1, figures.FalseAlarmRate, [.. figures.Kinds.Select(k => (k.Kind, k.IsPartisan, k.Count, k.Share))]);
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

    /// <summary>
    /// Measures <paramref name="scores"/> at <paramref name="threshold"/>, prints the figures under
    /// <paramref name="title"/> beside their floors and bars, then the trade-off at other thresholds, and fails when a
    /// figure falls under its floor.
    /// </summary>
    public static void ReportAndAssert(ITestOutputHelper output, string title, IReadOnlyList<RealSentence> rows, IReadOnlyList<double> scores, double threshold, RealSentenceFloors floors)
    {
        var figures = Of(rows, scores, threshold);
        output.WriteLine(title);
        figures.Print(output, floors);
        foreach (var other in new[] { 0.5, 0.6, 0.7, 0.8, 0.9 })
        {
            var at = Of(rows, scores, other);
            output.WriteLine(Invariant($"  at {other:0.00}: precision {at.Precision:0.000}, recall {at.Recall:0.000}, F1 {at.F1:0.000}, false alarms {at.FalseAlarms:0.000}"));
        }

        figures.AssertKeeps(floors);
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
}
