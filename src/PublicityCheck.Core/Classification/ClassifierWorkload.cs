namespace PublicityCheck.Classification;

/// <summary>
/// How many documents a process will check, which decides how the party-political classifier's sentence encoder is
/// made ready when it loads (<see cref="PublicityCheckerOptions.ClassifierWorkload"/>). It changes no score: only
/// whether the first sentence or the thousandth is encoded sooner. See docs/performance.md.
/// </summary>
public enum ClassifierWorkload
{
    /// <summary>
    /// The default: a folder, a scheduled scan, the HTTP service. ONNX Runtime packs the model's weights into the
    /// layout its matrix products read fastest as the encoder loads (about 40 ms on two cores), and every sentence
    /// after is encoded about an eighth quicker; each call encodes on one core, as the checker checks a file a core.
    /// </summary>
    ManyDocuments,

    /// <summary>
    /// One document, and then the process ends: a file checked from the command line, a release on standard input.
    /// The weights are used as they were saved, so the first sentences are encoded about 40 ms sooner, each a little
    /// slower; and the sentences of one call are shared among the cores, since no other file is waiting for them.
    /// </summary>
    OneDocument,
}
