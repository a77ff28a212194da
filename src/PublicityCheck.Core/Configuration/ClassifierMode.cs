namespace PublicityCheck.Configuration;

/// <summary>
/// Which party-political language classifier PC0201 scores with (<c>"classifier"</c> in <c>publicitycheck.json</c>):
/// the trade-off between finding more partisan sentences and checking faster. See docs/performance.md for the
/// figures behind each.
/// </summary>
public enum ClassifierMode
{
    /// <summary>
    /// The default: the n-gram model and the sentence encoder together. Finds the most partisan sentences on real
    /// published text; the encoder costs about a second to load in a fresh process and milliseconds a sentence.
    /// </summary>
    Accurate,

    /// <summary>
    /// The n-gram model with the frames the default weighs (a party credited with an achievement, a party's own voice,
    /// and against them a reporter's account of an accusation), without the sentence encoder: microseconds a sentence and nothing to load, for a pre-commit hook or a
    /// very large folder; finds fewer partisan sentences worded unlike its training text.
    /// </summary>
    Fast,
}
