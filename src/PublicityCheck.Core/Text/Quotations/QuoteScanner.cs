using System.Collections.Immutable;
using PublicityCheck.Documents;

namespace PublicityCheck.Text.Quotations;

/// <summary>
/// Pairs quotation marks across a document. Marks of the other kind inside a passage are nested quotes and stay
/// inside it. A passage left open at the end of a paragraph goes on into the next when that paragraph opens with
/// the same kind of mark (the convention for quotations of several paragraphs) in the same part of the file, or
/// when a short paragraph with no marks (a picture's caption) stands between them; otherwise it ends with its
/// paragraph, and the missing closing mark is recorded.
/// </summary>
/// <remarks>
/// Real releases mistype marks, and the scanner reads through them, recording each repair: a closing mark typed as
/// an opening one (<c>“... this year,“ said</c>), a straight mark closing a curly quotation (and a stray straight
/// mark inside one, left in it), and marks written as another encoding's characters (<c>â€œ</c>, <c>'˜</c>; see
/// <see cref="MarkView"/>). Spans always cover the marks as typed.
/// </remarks>
internal static class QuoteScanner
{
    private const int CaptionWords = 12;

    public static ImmutableArray<QuotedPassage> Scan(ReleaseDocument document)
    {
        var found = ImmutableArray.CreateBuilder<QuotedPassage>();
        Open? open = null;
        foreach (var block in document.Blocks)
        {
            var view = MarkView.Of(block.Text);
            var text = view.Text;
            var i = 0;
            if (open is not null)
            {
                // A header, footer or note is not the next paragraph of the body: a passage never runs on into another part.
                var first = SkipWhiteSpace(text, 0);
                var samePart = string.Equals(block.Part, open.Block.Part, StringComparison.Ordinal);
                if (first < text.Length && samePart && OpensSameKind(text, first, open.IsDouble))
                {
                    open.Block = block;
                    open.NextCurly = -1;
                    open.PartStart = block.Span.Start + first + 1;
                    i = first + 1;
                    if (!open.IsDouble)
                    {
                        open.SingleClose = QuoteMarks.FindSingleClose(text, i);
                    }
                }
                else if (samePart && IsCaptionInside(document, block, open.IsDouble))
                {
                    open.Repairs.Add(new QuoteMarkRepair(QuoteMarkRepairKind.Interrupted, block.Span));
                    continue;
                }
                else
                {
                    found.Add(open.Finish(open.Block.Span.End, closed: false));
                    open = null;
                }
            }

            for (; i < text.Length; i++)
            {
                if (open is null)
                {
                    open = TryOpen(view, i, block);
                    continue;
                }

                QuoteMarkRepairKind? repair = null;
                var closes = open.IsDouble ? ClosesDouble(view, i, open, out repair) : i == open.SingleClose && Closing(view, i, QuoteMarkRepairKind.MisdirectedClose, '‘', out repair);
                if (!closes)
                {
                    continue;
                }

                if (repair is { } kind)
                {
                    open.Repairs.Add(new QuoteMarkRepair(kind, new TextSpan(block.Span.Start + view.Start(i), view.End(i) - view.Start(i))));
                }

                open.AddPart(block.Span.Start + i, trim: false);
                found.Add(open.Finish(block.Span.Start + view.End(i), closed: true));
                i = view.End(i) - 1;
                open = null;
            }

            open?.AddPart(block.Span.End, trim: true);
        }

        if (open is not null)
        {
            found.Add(open.Finish(open.Block.Span.End, closed: false));
        }

        return found.ToImmutable();
    }

    // Whether the double mark at i closes the open passage, and the repair it needs, if any (a closing mark typed as
    // an opening one; a straight mark closing a curly quotation; mojibake).
    private static bool ClosesDouble(MarkView view, int i, Open open, out QuoteMarkRepairKind? repair)
    {
        repair = null;
        var text = view.Text;
        var c = text[i];
        if (c == '“')
        {
            // "... this year,“ said the Leader": an opening mark straight after the words, before a space or punctuation.
            var after = i + 1 < text.Length ? text[i + 1] : ' ';
            return i > 0 && !char.IsWhiteSpace(text[i - 1]) && (char.IsWhiteSpace(after) || after is ',' or '.' or ';' or ':' or ')' or '–' or '—')
                && Closing(view, i, QuoteMarkRepairKind.MisdirectedClose, '“', out repair);
        }

        if (!QuoteMarks.IsDouble(c) || !QuoteMarks.ClosesDouble(text, i))
        {
            return false;
        }

        if (c == '"' && open.Curly)
        {
            // A straight mark inside curly ones is a nested or stray mark when a curly closing mark follows before
            // the next opening one; otherwise it is the (mistyped) closing mark. The next curly mark is found once
            // and kept until it is passed, so a block is read once however many straight marks it has.
            if (open.NextCurly <= i)
            {
                var next = text.AsSpan(i + 1).IndexOfAny('“', '”');
                open.NextCurly = next < 0 ? text.Length : i + 1 + next;
            }

            if (open.NextCurly < text.Length && text[open.NextCurly] == '”')
            {
                return false;
            }

            repair = QuoteMarkRepairKind.MixedMarks;
            return true;
        }

        return Closing(view, i, null, '\0', out repair);
    }

    // A closing mark, with its repair: mojibake when the view stands for other characters, else the given repair
    // when the mark is the mistyped one.
    private static bool Closing(MarkView view, int i, QuoteMarkRepairKind? repair, char mistyped, out QuoteMarkRepairKind? made)
    {
        made = view.IsSequence(i) ? QuoteMarkRepairKind.Mojibake : view.Text[i] == mistyped ? repair : null;
        return true;
    }

    private static Open? TryOpen(MarkView view, int i, Block block)
    {
        var text = view.Text;
        Open? open = null;
        if (QuoteMarks.IsDouble(text[i]) && QuoteMarks.OpensDouble(text, i))
        {
            // The words start after any space typed after the mark ("said: ” Visitors are ...").
            var words = i + 1;
            while (words < text.Length && text[words] is ' ' or '\u00A0')
            {
                words++;
            }

            open = new Open(block, block.Span.Start + view.Start(i), block.Span.Start + words, isDouble: true) { Curly = text[i] != '"' };
        }
        else if (QuoteMarks.OpensSingle(text, i))
        {
            open = new Open(block, block.Span.Start + view.Start(i), block.Span.Start + i + 1, isDouble: false) { SingleClose = QuoteMarks.FindSingleClose(text, i + 1) };
        }

        if (open is not null)
        {
            var at = new TextSpan(block.Span.Start + view.Start(i), view.End(i) - view.Start(i));
            if (view.IsSequence(i))
            {
                open.Repairs.Add(new QuoteMarkRepair(QuoteMarkRepairKind.Mojibake, at));
            }
            else if (text[i] is '”' or '’')
            {
                open.Repairs.Add(new QuoteMarkRepair(QuoteMarkRepairKind.MisdirectedOpen, at));
            }
        }

        return open;
    }

    private static bool OpensSameKind(string text, int i, bool isDouble) =>
        isDouble ? QuoteMarks.IsDouble(text[i]) && QuoteMarks.OpensDouble(text, i) : QuoteMarks.OpensSingle(text, i);

    // A short paragraph with no quotation marks between two paragraphs of a quotation that has not closed, the
    // second opening with the same kind of mark: a caption or pull-out set inside the quotation.
    private static bool IsCaptionInside(ReleaseDocument document, Block block, bool isDouble)
    {
        if (block.Index + 1 >= document.Blocks.Length || block.Text.Length > 200 || block.Kind == BlockKind.Heading)
        {
            return false;
        }

        var text = block.Text;
        if (text.AsSpan().IndexOfAny("\"“”‘") >= 0 || text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > CaptionWords)
        {
            return false;
        }

        var next = document.Blocks[block.Index + 1];
        var nextText = MarkView.Of(next.Text).Text;
        var first = SkipWhiteSpace(nextText, 0);
        return string.Equals(next.Part, block.Part, StringComparison.Ordinal) && first < nextText.Length && OpensSameKind(nextText, first, isDouble);
    }

    private static int SkipWhiteSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private sealed class Open(Block block, int start, int partStart, bool isDouble)
    {
        private readonly ImmutableArray<TextSpan>.Builder _parts = ImmutableArray.CreateBuilder<TextSpan>();
        private readonly Block _firstBlock = block;
        private readonly int _start = start;
        private bool _partOpen = true;

        public Block Block { get; set; } = block;

        public bool IsDouble { get; } = isDouble;

        /// <summary>Whether it opened with a curly mark.</summary>
        public bool Curly { get; init; }

        public List<QuoteMarkRepair> Repairs { get; } = [];

        public int PartStart
        {
            get;
            set
            {
                field = value;
                _partOpen = true;
            }
        } = partStart;

        public int SingleClose { get; set; } = -1;

        /// <summary>Where the next curly mark is in the current block's text, once looked for.</summary>
        public int NextCurly { get; set; } = -1;

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

        public QuotedPassage Finish(int end, bool closed)
        {
            if (!closed)
            {
                var last = _parts.Count > 0 ? _parts[^1].End : end;
                Repairs.Add(new QuoteMarkRepair(QuoteMarkRepairKind.MissingClose, new TextSpan(last, 0)));
            }

            return new(TextSpan.FromBounds(_start, end), _parts.ToImmutable(), _firstBlock, Block, IsDouble) { Repairs = [.. Repairs] };
        }
    }
}
