namespace PublicityCheck.Training;

/// <summary>
/// The weight each training sentence counts with. A template or shape expands to many sentences that share most of
/// their words, and a hand-written sentence is a group of its own; counted once each, the expansions outvote the
/// varied hand-written sentences that read most like real publicity. Weighting each sentence by 1 / (its group's
/// size)^exponent moves that balance: 0 counts every sentence once, 1 counts every group once.
/// </summary>
internal static class GroupWeights
{
    /// <summary>The weight of each sentence of <paramref name="sentences"/>, in order, averaging 1.</summary>
    public static float[] Of(IReadOnlyList<LabelledSentence> sentences, double exponent)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var sizes = sentences.GroupBy(s => s.Group, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var raw = sentences.Select(s => Math.Pow(sizes[s.Group], -exponent)).ToArray();
        var mean = raw.Length == 0 ? 1 : raw.Average();
        return [.. raw.Select(w => (float)(w / mean))];
    }
}
