using System.Collections.Immutable;
using PublicityCheck.Documents;

namespace PublicityCheck.Text.Quotations;

/// <summary>Text between quotation marks, before it is judged to be speech or not.</summary>
/// <param name="Span">From the opening mark to the closing mark (or the end of the last block when no mark closes it).</param>
/// <param name="Parts">The inner text of each paragraph.</param>
/// <param name="FirstBlock">The block the opening mark is in.</param>
/// <param name="LastBlock">The block the passage ends in.</param>
/// <param name="IsDouble">Whether double marks enclose it.</param>
internal sealed record QuotedPassage(TextSpan Span, ImmutableArray<TextSpan> Parts, Block FirstBlock, Block LastBlock, bool IsDouble)
{
    /// <summary>The mistyped marks it was read through.</summary>
    public ImmutableArray<QuoteMarkRepair> Repairs { get; init; } = [];
}
