namespace PublicityCheck.Documents;

/// <summary>
/// One block of a release: a heading, paragraph, list item, table-cell paragraph and so on. Its text is plain
/// text for analysis (markup flattened, tracked deletions out) and every character maps back to the source.
/// </summary>
public sealed class Block
{
    /// <summary>Creates a block.</summary>
    /// <param name="kind">What the block is.</param>
    /// <param name="part">The part of the file it sits in (see <see cref="DocumentParts"/>).</param>
    /// <param name="text">Its plain text.</param>
    /// <param name="map">Where each character of <paramref name="text"/> came from.</param>
    /// <param name="level">The heading level (1-6) or list nesting depth (1-based), or 0.</param>
    public Block(BlockKind kind, string part, string text, SourceMap map, int level = 0)
    {
        ArgumentNullException.ThrowIfNull(part);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(map);
        Kind = kind;
        Part = part;
        Text = text;
        Map = map;
        Level = level;
    }

    /// <summary>What the block is.</summary>
    public BlockKind Kind { get; }

    /// <summary>The part of the file it sits in (see <see cref="DocumentParts"/>).</summary>
    public string Part { get; }

    /// <summary>Its plain text.</summary>
    public string Text { get; }

    /// <summary>Where each character of <see cref="Text"/> came from.</summary>
    public SourceMap Map { get; }

    /// <summary>The heading level (1-6) or list nesting depth (1-based), or 0.</summary>
    public int Level { get; }

    /// <summary>The block's position among the document's blocks (0-based).</summary>
    public int Index { get; internal set; }

    /// <summary>The block's span in <see cref="ReleaseDocument.Text"/>.</summary>
    public TextSpan Span { get; internal set; }

    /// <summary>Where the block starts in the source.</summary>
    public SourcePosition Start => Map.Start(0);

    /// <inheritdoc/>
    public override string ToString() => $"{Kind} {Part}{Start}: {Text}";
}
