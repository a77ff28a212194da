using PublicityCheck.Documents;

namespace PublicityCheck.Diagnostics;

/// <summary>
/// One change to a release: the words of <see cref="Span"/> (in <see cref="ReleaseDocument.Text"/>) replaced by
/// <see cref="NewText"/>. <see cref="Location"/> is the region of the source file the change replaces, in the same
/// line and column (Markdown) or paragraph and character (Word) convention findings use, and <see cref="OldText"/>
/// what the release reads there, so a host that edits the file can check it is editing what was checked and a
/// host that shows the change (a tracked change in Word) can show what goes. An insertion has an empty span and
/// an empty <see cref="OldText"/>.
/// </summary>
public sealed record TextEdit
{
    /// <summary>Creates an edit; <see cref="Replace"/>, <see cref="Insert"/> and <see cref="RemoveBlock"/> make one from a document.</summary>
    /// <param name="span">The span of the release's text the edit replaces.</param>
    /// <param name="location">The region of the source file it replaces.</param>
    /// <param name="oldText">The release's text in <paramref name="span"/>.</param>
    /// <param name="newText">The text that takes its place; empty to remove it.</param>
    public TextEdit(TextSpan span, SourceLocation location, string oldText, string newText)
    {
        ArgumentNullException.ThrowIfNull(location);
        ArgumentNullException.ThrowIfNull(oldText);
        ArgumentNullException.ThrowIfNull(newText);
        if (span.Start < 0 || span.Length < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(span), span, "An edit's span starts at or after the start of the text and is not negative.");
        }

        if (oldText.Length != span.Length)
        {
            throw new ArgumentException($"The old text has {oldText.Length} characters but the span {span} has {span.Length}.", nameof(oldText));
        }

        Span = span;
        Location = location;
        OldText = oldText;
        NewText = newText;
    }

    /// <summary>The span of <see cref="ReleaseDocument.Text"/> the edit replaces.</summary>
    public TextSpan Span { get; }

    /// <summary>
    /// The region of the source file the edit replaces. For an edit that removes whole lines (Markdown) or whole
    /// paragraphs (Word), it runs from column 1 of the first to column 1 of the line or paragraph after the last
    /// (see <see cref="RemovesWholeLines"/>).
    /// </summary>
    public SourceLocation Location { get; }

    /// <summary>What the release reads in <see cref="Span"/>.</summary>
    public string OldText { get; }

    /// <summary>The text that takes its place; empty when the edit removes it.</summary>
    public string NewText { get; }

    /// <summary>Whether the edit removes whole lines or paragraphs, their breaks and any markup on them included.</summary>
    public bool RemovesWholeLines =>
        NewText.Length == 0 && Location.Start.Column == 1 && Location.End.Column == 1 && Location.End.Line > Location.Start.Line;

    /// <summary>An edit that replaces <paramref name="span"/> of <paramref name="document"/> with <paramref name="newText"/>.</summary>
    public static TextEdit Replace(ReleaseDocument document, TextSpan span, string newText)
    {
        ArgumentNullException.ThrowIfNull(document);
        CheckInside(document, span);
        return new TextEdit(span, document.GetLocation(span), document.GetText(span), newText);
    }

    /// <summary>An edit that inserts <paramref name="newText"/> before the character at <paramref name="offset"/>.</summary>
    public static TextEdit Insert(ReleaseDocument document, int offset, string newText)
    {
        ArgumentNullException.ThrowIfNull(document);
        var span = new TextSpan(offset, 0);
        CheckInside(document, span);
        return new TextEdit(span, document.GetLocation(span), string.Empty, newText);
    }

    /// <summary>
    /// An edit that removes <paramref name="block"/> of <paramref name="document"/> with its line or lines, markup
    /// and line break included: in the release's text, the block and the separator after it (before it, for the
    /// last block); in the source, from column 1 of its first line to column 1 of the line after its last.
    /// </summary>
    public static TextEdit RemoveBlock(ReleaseDocument document, Block block)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(block);
        if (block.Index >= document.Blocks.Length || !ReferenceEquals(document.Blocks[block.Index], block))
        {
            throw new ArgumentException("The block is not one of the document's.", nameof(block));
        }

        var span = block.Index + 1 < document.Blocks.Length
            ? TextSpan.FromBounds(block.Span.Start, document.Blocks[block.Index + 1].Span.Start)
            : TextSpan.FromBounds(block.Index > 0 ? document.Blocks[block.Index - 1].Span.End : block.Span.Start, block.Span.End);
        var first = block.Map.Start(0).Line;
        var last = block.Text.Length == 0 ? first : block.Map.EndAfter(block.Text.Length - 1).Line;
        var location = new SourceLocation(document.Path, block.Part, new SourcePosition(first, 1), new SourcePosition(last + 1, 1));
        return new TextEdit(span, location, document.GetText(span), string.Empty);
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Location}: '{OldText}' -> '{NewText}'";

    private static void CheckInside(ReleaseDocument document, TextSpan span)
    {
        if (span.Start < 0 || span.Length < 0 || span.End > document.Text.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(span), span, $"The span lies outside the release's {document.Text.Length} characters.");
        }
    }
}
