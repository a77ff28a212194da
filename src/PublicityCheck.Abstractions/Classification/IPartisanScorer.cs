namespace PublicityCheck.Classification;

/// <summary>
/// Scores sentences for party-political language. The release model asks once per release, with every sentence in
/// one call, the first time a rule needs a score; a rule that reports a sentence asks for its reasons alone.
/// Implementations are immutable and safe to call from several threads.
/// </summary>
public interface IPartisanScorer
{
    /// <summary>The probability at and above which a sentence is called partisan.</summary>
    double Threshold { get; }

    /// <summary>The probability that each of <paramref name="sentences"/> is party-political, in the same order.</summary>
    IReadOnlyList<double> Score(IReadOnlyList<string> sentences);

    /// <summary>The probability that <paramref name="sentence"/> is party-political, the verdict, and the phrases that pushed the score up most.</summary>
    PartisanScore Classify(string sentence);
}
