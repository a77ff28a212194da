using System.Collections.Immutable;
using PublicityCheck.Diagnostics;
using PublicityCheck.Documents;

namespace PublicityCheck.Analysis;

/// <summary>Collects the actions an analyzer registers in <see cref="PublicityAnalyzer.Initialize"/>.</summary>
public sealed class AnalyzerRegistration
{
    internal AnalyzerRegistration(PublicityAnalyzer analyzer) => Analyzer = analyzer;

    internal PublicityAnalyzer Analyzer { get; }

    /// <summary>Whether the analyzer is a council's own, run on a thread of its own under the time limit.</summary>
    internal bool IsCouncil { get; init; }

    /// <summary>The analyzer's name, read once when it starts.</summary>
    internal string Name { get; set; } = string.Empty;

    /// <summary>The descriptors the analyzer declares, read once when it starts.</summary>
    internal ImmutableArray<DiagnosticDescriptor> Supported { get; set; } = [];

    /// <summary>The file on which a council analyzer ran past the time limit, after which it is not run again; or null.</summary>
    internal string? StoppedOn;

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

    /// <summary>Runs <paramref name="action"/> for each quotation of speech (see <see cref="Releases.ReleaseModel.Quotations"/>).</summary>
    public void RegisterQuotationAction(Action<QuotationAnalysisContext> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        QuotationActions.Add(action);
    }
}
