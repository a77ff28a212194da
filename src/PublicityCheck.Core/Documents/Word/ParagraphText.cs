namespace PublicityCheck.Documents.Word;

/// <summary>
/// The extracted text of one <c>w:p</c>, built with its source map: every character maps to (paragraph number,
/// 1-based offset in the paragraph's extracted text).
/// </summary>
internal sealed class ParagraphText(int number)
{
    private readonly SourceMapBuilder _builder = new();

    /// <summary>The paragraph's number within its part.</summary>
    public int Number { get; } = number;

    /// <summary>How many characters have been appended.</summary>
    public int Length => _builder.Length;

    /// <summary>The place the next character will have.</summary>
    public SourcePosition Next => new(Number, _builder.Length + 1);

    /// <summary>Appends extracted text.</summary>
    public void Append(string text) => _builder.Append(text, Next);

    /// <summary>The block for the paragraph, or null when it holds no text but white space.</summary>
    public Block? ToBlock(BlockKind kind, string part, int level)
    {
        _builder.TrimEnd();
        var text = _builder.ToString();
        return string.IsNullOrWhiteSpace(text) ? null : new Block(kind, part, text, _builder.ToSourceMap(), level);
    }
}
