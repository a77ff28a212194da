using PublicityCheck.Diagnostics;
using PublicityCheck.Documents;
using PublicityCheck.Text.Quotations;

namespace PublicityCheck.Analysis;

/// <summary>The context of a quotation action.</summary>
public sealed class QuotationAnalysisContext : AnalysisContext
{
    internal QuotationAnalysisContext(ReleaseDocument document, Quotation quotation, AnalysisOptions options, Action<Diagnostic> report, CancellationToken cancellationToken)
        : base(document, options, report, cancellationToken) => Quotation = quotation;

    /// <summary>The quotation.</summary>
    public Quotation Quotation { get; }
}
