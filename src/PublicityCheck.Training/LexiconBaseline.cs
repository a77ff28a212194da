using PublicityCheck.Analyzers.Phrases;
using PublicityCheck.Text;

namespace PublicityCheck.Training;

/// <summary>
/// The yardstick: a sentence is partisan when it names a party or group, or uses an electioneering phrase
/// (<c>lexicons/partisan/party-names.txt</c> and the phrases of PC0203, <c>PC0203-electioneering-phrase.json</c>). No learning at all.
/// </summary>
internal static class LexiconBaseline
{
    public static BinaryMetrics Measure(IReadOnlyList<LabelledSentence> sentences)
    {
        var phrases = new PhraseList(
            PhraseList.FromLexicon("partisan/party-names.txt").Phrases.Concat(BuiltInPhraseRules.Get("PC0203").Match));
        var scored = sentences.Select(s => (s.IsPartisan, phrases.Matches(s.Text).Any() ? 1.0 : 0.0)).ToList();
        return BinaryMetrics.Measure(scored, 0.5);
    }
}
