using PublicityCheck.Diagnostics;
using PublicityCheck.Releases;

namespace PublicityCheck.Analysis;

/// <summary>The context of a document action.</summary>
public sealed class DocumentAnalysisContext : AnalysisContext
{
    internal DocumentAnalysisContext(ReleaseModel model, Action<Diagnostic> report, CancellationToken cancellationToken)
        : base(model, report, cancellationToken)
    {
    }
}
