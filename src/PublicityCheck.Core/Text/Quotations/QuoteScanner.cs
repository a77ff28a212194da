using System.Collections.Immutable;
using PublicityCheck.Documents;

namespace PublicityCheck.Text.Quotations;

/// <summary>
/// Pairs quotation marks across a document. Marks of the other kind inside a passage are nested quotes and stay
/// inside it. A passage left open at the end of a paragraph goes on into the next when that paragraph opens with
/// the same kind of mark (the convention for quotations of several paragraphs) in the same part of the file;
/// otherwise it ends with its paragraph.
/// </summary>
internal static class QuoteScanner
{
    public static ImmutableArray<QuotedPassage> Scan(ReleaseDocument document)
    {
        var found = ImmutableArray.CreateBuilder<QuotedPassage>();
        Open? open = null;
        foreach (var block in document.Blocks)
        {
            var text = block.Text;
            var i = 0;
            if (open is not null)
            {
                // A header, footer or note is not the next paragraph of the body: a passage never runs on into another part.
                var first = SkipWhiteSpace(text, 0);
                if (first < text.Length && OpensSameKind(text, first, open.IsDouble) && string.Equals(block.Part, open.Block.Part, StringComparison.Ordinal))
                {
                    open.Block = block;
                    open.PartStart = block.Span.Start + first + 1;
                    i = first + 1;
                    if (!open.IsDouble)
                    {
                        open.SingleClose = QuoteMarks.FindSingleClose(text, i);
                    }
                }
                else
                {
                    found.Add(open.Finish(open.Block.Span.End));
                    open = null;
                }
            }

            for (; i < text.Length; i++)
            {
                if (open is null)
                {
                    open = TryOpen(text, i, block);
                    continue;
                }

                if (open.IsDouble ? QuoteMarks.IsDouble(text[i]) && QuoteMarks.ClosesDouble(text, i) : i == open.SingleClose)
                {
                    open.AddPart(block.Span.Start + i, trim: false);
                    found.Add(open.Finish(block.Span.Start + i + 1));
                    open = null;
                }
            }

            open?.AddPart(block.Span.End, trim: true);
        }

        if (open is not null)
        {
            found.Add(open.Finish(open.Block.Span.End));
        }

        return found.ToImmutable();
    }

    private static Open? TryOpen(string text, int i, Block block)
    {
        if (QuoteMarks.IsDouble(text[i]) && QuoteMarks.OpensDouble(text, i))
        {
            return new Open(block, block.Span.Start + i, isDouble: true);
        }

        if (QuoteMarks.OpensSingle(text, i))
        {
            return new Open(block, block.Span.Start + i, isDouble: false) { SingleClose = QuoteMarks.FindSingleClose(text, i + 1) };
        }

        return null;
    }

    private static bool OpensSameKind(string text, int i, bool isDouble) =>
        isDouble ? QuoteMarks.IsDouble(text[i]) && QuoteMarks.OpensDouble(text, i) : QuoteMarks.OpensSingle(text, i);

    private static int SkipWhiteSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private sealed class Open(Block block, int start, bool isDouble)
    {
        private readonly ImmutableArray<TextSpan>.Builder _parts = ImmutableArray.CreateBuilder<TextSpan>();
        private readonly Block _firstBlock = block;
        private readonly int _start = start;
        private bool _partOpen = true;

        public Block Block { get; set; } = block;

        public bool IsDouble { get; } = isDouble;

        public int PartStart
        {
            get;
            set
            {
                field = value;
                _partOpen = true;
            }
        } = start + 1;

        public int SingleClose { get; set; } = -1;

        public void AddPart(int end, bool trim)
        {
            if (!_partOpen)
            {
                return;
            }

            if (trim)
            {
                var text = Block.Text;
                var offset = Block.Span.Start;
                while (end > PartStart && char.IsWhiteSpace(text[end - offset - 1]))
                {
                    end--;
                }
            }

            _parts.Add(TextSpan.FromBounds(PartStart, end));
            _partOpen = false;
        }

        public QuotedPassage Finish(int end) =>
            new(TextSpan.FromBounds(_start, end), _parts.ToImmutable(), _firstBlock, Block, IsDouble);
    }
}
