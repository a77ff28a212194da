using PublicityCheck.Classification;
using PublicityCheck.Classification.Encoding;
using Xunit.Abstractions;
using static PublicityCheck.Tests.Evaluation.Partisan.RealSentenceFigures;

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
    private static readonly RealSentenceFloors Floors = new(
        Precision: 0.95,
        // Recall 0.813, F1 0.883 since the n-gram model is read no lower than 0.05 (0.804, 0.878 before); 0.826, 0.892
        // since a sentence that holds a word of party politics is read by the encoder whatever its n-gram score.
        Recall: 0.81,
        F1: 0.88,
        FalseAlarmCeiling: 0.025,
        Kinds: new Dictionary<string, double>(StringComparer.Ordinal)
        {
            // 56 of 67 since the ninth corpus (60 before): its questions, calls to stand for election and a council's
            // own words on what services cost lowered partisan scores near the threshold, and the threshold could fall
            // only to 0.87 before a third real release is flagged. 61 of 67 since the n-gram model's floor (59 before).
            ["attack-government"] = 0.86,
            ["attack-opposition"] = 0.78,
            // 17 of 24 since the credit claim's frame (13 before): a party or group as the subject of a verb of
            // achievement, a feature of the ensemble's own; 16 (0.67) with the fourteenth corpus, whose threshold
            // is bound by the releases (below), and 17 again since the frame reads a cut to councillors' allowances as
            // a claim rather than an election's result; two sentences of margin.
            ["credit-claim"] = 0.62,
            ["leaflet"] = 0.91,
            // 51 of 67 (0.76) since the gate reads words of party politics.
            // 48 of 67 (0.72) since the fourteenth corpus (46 with the thirteenth's model at 0.81, 48 before it). The
            // threshold, 0.78, is the one with the best F1 over the four real sets that flags no third real release
            // (a cabinet member's quotation on the council's house building scores 0.778, and a tenants' ballot quoted
            // from a leader 0.736; docs/partisan-classifier.md, "Counts and changes of control").
            ["no-party-named"] = 0.70,
            ["party-site"] = 0.78,
            ["quote-in-news"] = 0.77,
            ["council-news"] = 0.96,
            ["council-quote"] = 0.92,
            ["election-notice"] = 0.97,
            // 118 of 125 since the thirteenth corpus (117 before), a reporter's accounts of party conflict written for
            // it; 119 since the fourteenth, a reporter's accounts of counts and changes of control.
            ["factual-party"] = 0.93,
            ["hard-neutral"] = 0.98,
            ["meeting-report"] = 0.97,
        });

    [Fact]
    public void Ensemble_KeepsItsFiguresOnRealPublishedSentences()
    {
        var ensemble = PartisanClassifier.Ensemble;
        var rows = RealSentence.ReadShared();
        var texts = rows.Select(r => r.Sentence).ToList();
        var scores = ensemble.Score(texts, int.MaxValue);
        var figures = Of(rows, scores, ensemble.Threshold);

        output.WriteLine(Invariant($"Real sentences ({rows.Count}), the ensemble at threshold {ensemble.Threshold:0.00}, gate {ensemble.Gate:0.00}{(ensemble.GatesOnPartyNames ? " or a party named" : string.Empty)}{(ensemble.GatesOnPoliticalWords ? " or a word of party politics" : string.Empty)}, encoder {ensemble.EncoderPrecision.Name()}"));
        figures.Print(output, Floors);
        foreach (var threshold in new[] { 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95 })
        {
            var at = Of(rows, scores, threshold);
            output.WriteLine(Invariant($"  at {threshold:0.00}: precision {at.Precision:0.000}, recall {at.Recall:0.000}, F1 {at.F1:0.000}, false alarms {at.FalseAlarms:0.000}"));
        }

        // The best the scores allow where false alarms stay at 3% or under, whatever the shipped threshold.
        if (Enumerable.Range(1, 99).Select(t => (Threshold: t / 100.0, At: Of(rows, scores, t / 100.0))).Where(x => x.At.FalseAlarms <= 0.03).MaxBy(x => x.At.F1) is { At: { } best } chosen)
        {
            output.WriteLine(Invariant($"  best F1 at false alarms <= 3%: {best.F1:0.000} at {chosen.Threshold:0.00} (precision {best.Precision:0.000}, recall {best.Recall:0.000}, false alarms {best.FalseAlarms:0.000})"));
        }

        // Accuracy against the encoder's cost: the share of sentences the encoder must score at each gate, with and
        // without every sentence that names a party, or also holds a word of party politics, read by the encoder.
        foreach (var (names, words) in new[] { (false, false), (true, false), (true, true) })
        {
            foreach (var gate in new[] { 0.0, 0.01, 0.03, 0.1, 0.3 })
            {
                if (names && gate == 0)
                {
                    continue;
                }

                var gated = ensemble.WithGate(gate, names, words);
                var at = Of(rows, gated.Score(texts, int.MaxValue), ensemble.Threshold);
                var encoded = texts.Count(gated.PassesGate);
                output.WriteLine(Invariant($"  gate {gate:0.00}{(names ? " or a party named" : string.Empty)}{(words ? " or a word of party politics" : string.Empty)}: encoder on {(double)encoded / rows.Count:0.00} of sentences; precision {at.Precision:0.000}, recall {at.Recall:0.000}, F1 {at.F1:0.000}, false alarms {at.FalseAlarms:0.000}"));
            }
        }

        figures.AssertKeeps(Floors);
    }
}
