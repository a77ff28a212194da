using System.Collections.Immutable;
using PublicityCheck.Analysis;
using PublicityCheck.Diagnostics;

namespace PublicityCheck.Analyzers.Quotations;

/// <summary>PC0104: a quotation has no speaker.</summary>
public sealed class PC0104QuotationNotAttributed : PublicityAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Descriptor = new(
        "PC0104",
        "Quotation is not attributed",
        "The quotation \"{0}\" is not attributed to anyone; say who said it, so the protocol's rules on who may be quoted can be checked",
        RuleCategories.Quotations,
        DiagnosticSeverity.Warning,
        "Every quotation in a council release is attributed to a named speaker in a stated capacity (borough protocol 21).");

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

    /// <inheritdoc/>
    public override void Initialize(AnalyzerRegistration registration)
    {
        ArgumentNullException.ThrowIfNull(registration);
        registration.RegisterDocumentAction(Analyze);
    }

    private static void Analyze(DocumentAnalysisContext context)
    {
        foreach (var speaker in context.Model.Speakers)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (speaker.Quotation.Speaker is null)
            {
                context.ReportDiagnostic(Descriptor, speaker.Quotation.Span, Excerpt(speaker.Quotation.Text));
            }
        }
    }

    private static string Excerpt(string text)
    {
        var flat = text.ReplaceLineEndings(" ");
        return flat.Length <= 60 ? flat : flat[..57].TrimEnd() + "...";
    }
}
