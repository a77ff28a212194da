namespace PublicityCheck.Documents;

/// <summary>
/// One stretch of a block's text and where it came from. When <see cref="TextLength"/> equals
/// <see cref="SourceLength"/> the characters map one to one onto consecutive columns; otherwise the stretch
/// stands for its source as a whole (an entity such as <c>&amp;amp;</c> read as <c>&amp;</c>, or a field result).
/// </summary>
/// <param name="TextStart">Offset of the stretch in the block's text.</param>
/// <param name="TextLength">Length of the stretch in the block's text.</param>
/// <param name="Source">Where the first character came from.</param>
/// <param name="SourceLength">How many source columns the stretch covers.</param>
public readonly record struct SourceSegment(int TextStart, int TextLength, SourcePosition Source, int SourceLength)
{
    /// <summary>The offset just past the stretch in the block's text.</summary>
    public int TextEnd => TextStart + TextLength;

    /// <summary>Whether the characters map one to one onto source columns.</summary>
    public bool IsLinear => TextLength == SourceLength;
}
