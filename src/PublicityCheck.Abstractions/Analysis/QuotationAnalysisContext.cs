using PublicityCheck.Diagnostics;
using PublicityCheck.Releases;
using PublicityCheck.Text.Quotations;

namespace PublicityCheck.Analysis;

/// <summary>The context of a quotation action.</summary>
public sealed class QuotationAnalysisContext : AnalysisContext
{
    internal QuotationAnalysisContext(ReleaseModel model, Quotation quotation, Action<Diagnostic> report, CancellationToken cancellationToken)
        : base(model, report, cancellationToken) => Quotation = quotation;

    /// <summary>The quotation.</summary>
    public Quotation Quotation { get; }
}
