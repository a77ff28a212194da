using PublicityCheck.Diagnostics;
using PublicityCheck.Documents;

namespace PublicityCheck.Analysis;

/// <summary>What an action sees: the document, the options in force, and a way to report findings.</summary>
public abstract class AnalysisContext
{
    private readonly Action<Diagnostic> _report;

    private protected AnalysisContext(ReleaseDocument document, AnalysisOptions options, Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        Document = document;
        Options = options;
        _report = report;
        CancellationToken = cancellationToken;
    }

    /// <summary>The release being analysed.</summary>
    public ReleaseDocument Document { get; }

    /// <summary>The options in force: the publication date and the configuration.</summary>
    public AnalysisOptions Options { get; }

    /// <summary>Stops a long analysis.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>Reports a finding.</summary>
    public void ReportDiagnostic(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        _report(diagnostic);
    }

    /// <summary>Reports a finding about <paramref name="span"/> of the document's text.</summary>
    public void ReportDiagnostic(DiagnosticDescriptor descriptor, TextSpan span, params object?[] messageArguments) =>
        ReportDiagnostic(Diagnostic.Create(descriptor, Document, span, messageArguments));
}
