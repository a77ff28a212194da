using PublicityCheck.Text;

namespace PublicityCheck.Training;

/// <summary>
/// The yardstick: a sentence is partisan when it names a party or group, or uses an electioneering phrase
/// (<c>lexicons/partisan/party-names.txt</c> and <c>electioneering.txt</c>). No learning at all.
/// </summary>
internal static class LexiconBaseline
{
    public static BinaryMetrics Measure(IReadOnlyList<LabelledSentence> sentences)
    {
        var phrases = new PhraseList(
            PhraseList.FromLexicon("partisan/party-names.txt").Phrases.Concat(PhraseList.FromLexicon("partisan/electioneering.txt").Phrases));
        var scored = sentences.Select(s => (s.IsPartisan, phrases.Matches(s.Text).Any() ? 1.0 : 0.0)).ToList();
        return BinaryMetrics.Measure(scored, 0.5);
    }
}
