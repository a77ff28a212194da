using PublicityCheck.Classification;
using Xunit.Abstractions;
using static PublicityCheck.Tests.Evaluation.Partisan.RealSentenceFigures;

namespace PublicityCheck.Tests.Evaluation.Partisan;

/// <summary>
/// The ensemble's n-gram model on its own, on real published sentences (<c>../shared/corpus/partisan/sentences.tsv</c>,
/// read in place, never copied): prints its figures beside the bars the product aims at and the trade-off at other
/// thresholds, and fails when a figure falls under its floor. It is the part of the classifier that decides which
/// sentences the sentence encoder sees, and what a release costs when the encoder is not needed; the classifier PC0201
/// scores with is measured by <see cref="EnsembleRealSentencesEvaluationTest"/>.
/// </summary>
public sealed class RealSentencesEvaluationTest(ITestOutputHelper output)
{
    private static readonly RealSentenceFloors Floors = new(
        Precision: 0.91,
        // The thirteenth corpus's reports of party conflict took the n-gram model at 0.96 from recall 0.450 and 2.4%
        // false alarms to 0.418 and 1.7%; its threshold went to 0.90, where it has recall 0.514 and 2.3% false alarms.
        // The fourteenth corpus (counts and changes of control told plainly, and the same told by a side) took it to
        // recall 0.495 at the same 2.3%: its attacks on a party scored lower beside the new plain reports of parties.
        Recall: 0.49,
        F1: 0.64,
        FalseAlarmCeiling: 0.032,
        Kinds: new Dictionary<string, double>(StringComparer.Ordinal)
        {
            // 33 of 67 since the fourteenth corpus (37 before).
            ["attack-government"] = 0.48,
            // Small kinds: one sentence is 0.05 of the attacks on an opposition (8 of 19 since the fourteenth corpus,
            // 10 before) and 0.08 of the leaflets (9 of 12).
            ["attack-opposition"] = 0.42,
            ["credit-claim"] = 0.29,
            ["leaflet"] = 0.74,
            ["no-party-named"] = 0.41,
            // 75 of 147 for the n-gram model alone since the eighteenth corpus (76 before).
            ["party-site"] = 0.50,
            ["quote-in-news"] = 0.49,
            ["council-news"] = 0.95,
            ["council-quote"] = 0.92,
            ["election-notice"] = 0.97,
            ["factual-party"] = 0.93,
            ["hard-neutral"] = 0.97,
            ["meeting-report"] = 0.96,
        });

    [Fact]
    public void NgramModel_KeepsItsFiguresOnRealPublishedSentences()
    {
        var model = PartisanClassifier.Default;
        var rows = RealSentence.ReadShared();
        var scores = rows.Select(r => model.Score(r.Sentence)).ToList();

        ReportAndAssert(output, Invariant($"Real sentences ({rows.Count}), the n-gram model alone at threshold {model.Threshold:0.00}"), rows, scores, model.Threshold, Floors);
    }
}
