using System.Collections.Immutable;
using System.Text;

namespace PublicityCheck.Documents;

/// <summary>
/// A press release as the engine sees it: blocks of plain text in reading order, each character mapped back to
/// the file, with the release's metadata and the suppressions its author wrote: what a reader made of the file, and
/// nothing more (sentences, quotations and what they mean are the <c>ReleaseModel</c>'s). Immutable once built.
/// </summary>
public sealed class ReleaseDocument
{
    /// <summary>The text placed between blocks in <see cref="Text"/>.</summary>
    public const string BlockSeparator = "\n";

    /// <summary>Creates a document from its blocks.</summary>
    /// <param name="path">The file's path as the user gave it.</param>
    /// <param name="format">The file's format.</param>
    /// <param name="blocks">The blocks in reading order. Each is given its index and span here.</param>
    /// <param name="metadata">What the release says about itself.</param>
    /// <param name="suppressions">Suppressions the author wrote.</param>
    public ReleaseDocument(
        string path,
        ReleaseFormat format,
        IEnumerable<Block> blocks,
        DocumentMetadata? metadata = null,
        IEnumerable<Suppression>? suppressions = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(blocks);
        Path = path;
        Format = format;
        Metadata = metadata ?? DocumentMetadata.Empty;
        Suppressions = suppressions?.ToImmutableArray() ?? [];

        var text = new StringBuilder();
        var list = ImmutableArray.CreateBuilder<Block>();
        foreach (var block in blocks)
        {
            if (list.Count > 0)
            {
                text.Append(BlockSeparator);
            }

            block.Index = list.Count;
            block.Span = new TextSpan(text.Length, block.Text.Length);
            text.Append(block.Text);
            list.Add(block);
        }

        Blocks = list.ToImmutable();
        Text = text.ToString();
    }

    /// <summary>The file's path as the user gave it.</summary>
    public string Path { get; }

    /// <summary>The file's format.</summary>
    public ReleaseFormat Format { get; }

    /// <summary>The blocks in reading order.</summary>
    public ImmutableArray<Block> Blocks { get; }

    /// <summary>The text of every block, joined by <see cref="BlockSeparator"/>.</summary>
    public string Text { get; }

    /// <summary>What the release says about itself.</summary>
    public DocumentMetadata Metadata { get; }

    /// <summary>The suppressions the author wrote.</summary>
    public ImmutableArray<Suppression> Suppressions { get; }

    /// <summary>The text of <paramref name="span"/>.</summary>
    public string GetText(TextSpan span) => Text.Substring(span.Start, span.Length);

    /// <summary>The block that holds the character at <paramref name="offset"/> (or the separator just after it).</summary>
    public Block BlockAt(int offset)
    {
        if (Blocks.IsEmpty)
        {
            throw new InvalidOperationException($"{Path} has no blocks.");
        }

        int low = 0, high = Blocks.Length - 1;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (Blocks[mid].Span.Start <= offset)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        return Blocks[low];
    }

    /// <summary>Where <paramref name="span"/> of <see cref="Text"/> is in the source file.</summary>
    public SourceLocation GetLocation(TextSpan span)
    {
        if (Blocks.IsEmpty)
        {
            return SourceLocation.ForFile(Path);
        }

        var first = BlockAt(span.Start);
        var start = first.Map.Start(span.Start - first.Span.Start);
        if (span.Length == 0)
        {
            return new SourceLocation(Path, first.Part, start, start);
        }

        var lastOffset = span.End - 1;
        var last = BlockAt(lastOffset);
        if (lastOffset >= last.Span.End)
        {
            // The span ends on a block separator: end just after the block's last character.
            lastOffset = Math.Max(last.Span.Start, last.Span.End - 1);
        }

        var end = last.Map.EndAfter(lastOffset - last.Span.Start);
        if (!string.Equals(first.Part, last.Part, StringComparison.Ordinal))
        {
            end = first.Map.EndAfter(Math.Max(0, first.Text.Length - 1));
        }

        return new SourceLocation(Path, first.Part, start, end);
    }
}
