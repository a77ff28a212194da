using PublicityCheck.Diagnostics;
using PublicityCheck.Documents;

namespace PublicityCheck.Analysis;

/// <summary>The context of a sentence action.</summary>
public sealed class SentenceAnalysisContext : AnalysisContext
{
    internal SentenceAnalysisContext(ReleaseDocument document, Sentence sentence, AnalysisOptions options, Action<Diagnostic> report, CancellationToken cancellationToken)
        : base(document, options, report, cancellationToken) => Sentence = sentence;

    /// <summary>The sentence.</summary>
    public Sentence Sentence { get; }
}
