using PublicityCheck.Classification;
using PublicityCheck.Text;
using Xunit.Abstractions;
using static PublicityCheck.Tests.Evaluation.Partisan.RealSentenceFigures;

namespace PublicityCheck.Tests.Evaluation.Partisan;

/// <summary>
/// How well PC0201's named phrases explain its findings, on the real published sentences it flags
/// (<c>../shared/corpus/partisan/sentences.tsv</c>, read in place): a press officer is told which words carry the
/// political reading, so those words should be what the classifier's verdict rests on. Two measures, printed beside
/// their floors:
/// <list type="bullet">
/// <item><b>Cleared</b>: the share of flagged sentences that fall under the threshold once the named phrases are taken
/// out together (the "comprehensiveness" of an explanation), and the mean fall in log-odds.</item>
/// <item><b>Party named</b>: of the flagged sentences naming a party or group (<c>party-names.txt</c>), the share whose
/// phrases include that name.</item>
/// </list>
/// </summary>
public sealed class ExplanationEvaluationTest(ITestOutputHelper output)
{
    // Floors: a little under what the shipped explanations measure. Raise them as explanations improve.
    // The thirteenth corpus's model, with its party-voice frame, clears 0.524 of its flagged sentences with their
    // phrases taken out (0.569 with the twelfth's, before the frames) and falls by 4.05 on average (4.14): a frame is a
    // fixed weight, and a sentence whose frame is not among its phrases ("our group" beside "took over") stays flagged.
    // The fourteenth corpus's model, at its lower threshold, flags more sentences near it and clears 0.503 (falls 3.90).
    // With the n-gram model read no lower than 0.05, taking a sentence's phrases out can lower its n-gram score only
    // that far, and the sentences the floor lets through are those the encoder flags against the n-gram model: 0.486
    // cleared (falls 3.75), the party's name still among the phrases where one is named (0.861). The eighteenth corpus's
    // model flags more of the sentences naming no party, whose evidence is spread over more words than three phrases
    // hold: 0.467 cleared (falls 3.68), the party's name among the phrases in 0.838.
    private const double ClearedFloor = 0.46;
    private const double MeanFallFloor = 3.6;
    private const double PartyNamedFloor = 0.83;

    [Fact]
    public void Explanations_NameTheWordsTheVerdictRestsOn()
    {
        var ensemble = PartisanClassifier.Ensemble;
        var rows = RealSentence.ReadShared();
        var scores = ensemble.Score([.. rows.Select(r => r.Sentence)], int.MaxValue);
        var flagged = rows.Where((_, i) => scores[i] >= ensemble.Threshold).Select(r => r.Sentence).ToList();

        // One sentence at a time, on one core: the other tests run beside this one, and the hostile inputs' are timed.
        var explained = flagged.Select(sentence =>
        {
            var score = ensemble.Classify(sentence);
            return (Score: score, Without: Without(sentence, score.Reasons));
        }).ToArray();
        // Scored as the occlusion scores them, the encoder reading every one: a sentence must not count as cleared only
        // because taking its phrases out sent it under the gate.
        var after = ensemble.WithGate(0, gatesOnPartyNames: false).Score([.. explained.Select(e => e.Without)], int.MaxValue);

        var cleared = Enumerable.Range(0, flagged.Count).Count(i => after[i] < ensemble.Threshold);
        var meanFall = Enumerable.Range(0, flagged.Count).Average(i => Logit(explained[i].Score.Probability) - Logit(after[i]));
        var parties = PartyNames.List;
        var naming = Enumerable.Range(0, flagged.Count).Where(i => parties.Matches(flagged[i]).Any()).ToList();
        var named = naming.Count(i => parties.Matches(flagged[i]).Any(p => explained[i].Score.Reasons.Any(r => r.Start < p.End && p.Start < r.Start + r.Length)));
        var reasons = explained.Sum(e => e.Score.Reasons.Length);

        var clearedShare = (double)cleared / flagged.Count;
        var namedShare = naming.Count == 0 ? 1 : (double)named / naming.Count;
        output.WriteLine(Invariant($"Flagged real sentences: {flagged.Count}, explained by {(double)reasons / flagged.Count:0.00} phrases each"));
        output.WriteLine(Invariant($"  cleared with their phrases taken out: {cleared} ({clearedShare:0.000}; floor {ClearedFloor:0.00}), mean fall in log-odds {meanFall:0.00} (floor {MeanFallFloor:0.0})"));
        output.WriteLine(Invariant($"  naming a party or group: {naming.Count}, the name among the phrases in {named} ({namedShare:0.000}; floor {PartyNamedFloor:0.00})"));
        foreach (var i in Enumerable.Range(0, flagged.Count).Where(i => i % 25 == 0))
        {
            output.WriteLine(Invariant($"  e.g. {string.Join(" | ", explained[i].Score.Reasons.Select(r => r.Text))}  <=  {flagged[i]}"));
        }

        Assert.True(clearedShare >= ClearedFloor, Invariant($"cleared {clearedShare:0.000} fell below its floor {ClearedFloor:0.00}"));
        Assert.True(meanFall >= MeanFallFloor, Invariant($"mean fall {meanFall:0.00} fell below its floor {MeanFallFloor:0.0}"));
        Assert.True(namedShare >= PartyNamedFloor, Invariant($"party named {namedShare:0.000} fell below its floor {PartyNamedFloor:0.00}"));
    }

    // The sentence with every named phrase taken out, as the occlusion that chose them takes one out.
    private static string Without(string sentence, IEnumerable<PartisanReason> reasons)
    {
        var text = sentence;
        foreach (var reason in reasons.OrderByDescending(r => r.Start))
        {
            text = string.Concat(text.AsSpan(0, reason.Start), text.AsSpan(reason.Start + reason.Length));
        }

        return text;
    }

    private static double Logit(double p)
    {
        var q = Math.Clamp(p, 1e-9, 1 - 1e-9);
        return Math.Log(q / (1 - q));
    }
}
