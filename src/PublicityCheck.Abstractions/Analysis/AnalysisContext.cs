using PublicityCheck.Diagnostics;
using PublicityCheck.Documents;
using PublicityCheck.Releases;

namespace PublicityCheck.Analysis;

/// <summary>What an action sees: the release's model (its document, publication date and settings) and a way to report findings.</summary>
public abstract class AnalysisContext
{
    private readonly Action<Diagnostic> _report;

    private protected AnalysisContext(ReleaseModel model, Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        Model = model;
        _report = report;
        CancellationToken = cancellationToken;
    }

    /// <summary>
    /// What the engine knows of the release, built once before any rule runs: its sentences, quotations and speakers,
    /// what it is about, and the pre-election periods that apply to it.
    /// </summary>
    public ReleaseModel Model { get; }

    /// <summary>The release being analysed, as read.</summary>
    public ReleaseDocument Document => Model.Document;

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
