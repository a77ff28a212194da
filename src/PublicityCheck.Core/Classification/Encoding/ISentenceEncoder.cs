namespace PublicityCheck.Classification.Encoding;

/// <summary>Turns sentences into vectors of <see cref="SentenceEncoder.Dimensions"/> numbers; see <see cref="SentenceEncoder"/>.</summary>
internal interface ISentenceEncoder
{
    /// <summary>The vector of each sentence, in order.</summary>
    float[][] Encode(IReadOnlyList<string> sentences);
}
