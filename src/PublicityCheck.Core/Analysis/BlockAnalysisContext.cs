using PublicityCheck.Diagnostics;
using PublicityCheck.Documents;

namespace PublicityCheck.Analysis;

/// <summary>The context of a block action.</summary>
public sealed class BlockAnalysisContext : AnalysisContext
{
    internal BlockAnalysisContext(ReleaseDocument document, Block block, AnalysisOptions options, Action<Diagnostic> report, CancellationToken cancellationToken)
        : base(document, options, report, cancellationToken) => Block = block;

    /// <summary>The block.</summary>
    public Block Block { get; }
}
