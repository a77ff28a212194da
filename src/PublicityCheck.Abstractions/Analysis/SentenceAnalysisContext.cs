using PublicityCheck.Diagnostics;
using PublicityCheck.Documents;
using PublicityCheck.Releases;

namespace PublicityCheck.Analysis;

/// <summary>The context of a sentence action.</summary>
public sealed class SentenceAnalysisContext : AnalysisContext
{
    internal SentenceAnalysisContext(ReleaseModel model, Sentence sentence, Action<Diagnostic> report, CancellationToken cancellationToken)
        : base(model, report, cancellationToken) => Sentence = sentence;

    /// <summary>The sentence.</summary>
    public Sentence Sentence { get; }
}
