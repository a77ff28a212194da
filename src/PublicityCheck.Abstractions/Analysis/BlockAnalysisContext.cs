using PublicityCheck.Diagnostics;
using PublicityCheck.Documents;
using PublicityCheck.Releases;

namespace PublicityCheck.Analysis;

/// <summary>The context of a block action.</summary>
public sealed class BlockAnalysisContext : AnalysisContext
{
    internal BlockAnalysisContext(ReleaseModel model, Block block, Action<Diagnostic> report, CancellationToken cancellationToken)
        : base(model, report, cancellationToken) => Block = block;

    /// <summary>The block.</summary>
    public Block Block { get; }
}
