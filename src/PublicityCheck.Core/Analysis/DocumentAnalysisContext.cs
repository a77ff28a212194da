using PublicityCheck.Diagnostics;
using PublicityCheck.Documents;

namespace PublicityCheck.Analysis;

/// <summary>The context of a document action.</summary>
public sealed class DocumentAnalysisContext : AnalysisContext
{
    internal DocumentAnalysisContext(ReleaseDocument document, AnalysisOptions options, Action<Diagnostic> report, CancellationToken cancellationToken)
        : base(document, options, report, cancellationToken)
    {
    }
}
