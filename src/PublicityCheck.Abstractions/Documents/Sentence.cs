namespace PublicityCheck.Documents;

/// <summary>A sentence of a block, as the sentence splitter found it.</summary>
/// <param name="Index">Position among the document's sentences (0-based).</param>
/// <param name="Block">The block it belongs to.</param>
/// <param name="Span">Its span in <see cref="ReleaseDocument.Text"/>.</param>
/// <param name="Text">Its text.</param>
public sealed record Sentence(int Index, Block Block, TextSpan Span, string Text);
