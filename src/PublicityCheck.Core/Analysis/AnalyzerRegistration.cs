using PublicityCheck.Documents;

namespace PublicityCheck.Analysis;

/// <summary>Collects the actions an analyzer registers in <see cref="PublicityAnalyzer.Initialize"/>.</summary>
public sealed class AnalyzerRegistration
{
    internal AnalyzerRegistration(PublicityAnalyzer analyzer) => Analyzer = analyzer;

    internal PublicityAnalyzer Analyzer { get; }

    internal List<Action<DocumentAnalysisContext>> DocumentActions { get; } = [];

    internal List<(Action<BlockAnalysisContext> Action, BlockKind[] Kinds)> BlockActions { get; } = [];

    internal List<Action<SentenceAnalysisContext>> SentenceActions { get; } = [];

    internal List<Action<QuotationAnalysisContext>> QuotationActions { get; } = [];

    /// <summary>Runs <paramref name="action"/> once for each document.</summary>
    public void RegisterDocumentAction(Action<DocumentAnalysisContext> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        DocumentActions.Add(action);
    }

    /// <summary>Runs <paramref name="action"/> for each block of the given kinds (every block when none are given).</summary>
    public void RegisterBlockAction(Action<BlockAnalysisContext> action, params BlockKind[] kinds)
    {
        ArgumentNullException.ThrowIfNull(action);
        BlockActions.Add((action, kinds ?? []));
    }

    /// <summary>Runs <paramref name="action"/> for each sentence.</summary>
    public void RegisterSentenceAction(Action<SentenceAnalysisContext> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        SentenceActions.Add(action);
    }

    /// <summary>Runs <paramref name="action"/> for each quotation of speech (see <see cref="ReleaseDocument.Quotations"/>).</summary>
    public void RegisterQuotationAction(Action<QuotationAnalysisContext> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        QuotationActions.Add(action);
    }
}
