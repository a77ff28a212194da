namespace PublicityCheck.Documents.Markdown;

/// <summary>
/// Collects the plain text of one Markdown block, piece by piece, each piece tied to its place in the decoded
/// source, then trims it and builds a <see cref="Block"/>. Text read straight from the source is aligned with it
/// character by character, so escapes and container markers in between are stepped over.
/// </summary>
internal sealed class MappedTextBuilder
{
    private readonly string _source;
    private readonly LineIndex _lines;
    private readonly int _blockStart;
    private readonly int _blockEnd;
    private readonly List<Piece> _pieces = [];
    private bool _afterSkipped;

    /// <summary>
    /// Starts the text of a block that lies between source offsets <paramref name="blockStart"/> (inclusive) and
    /// <paramref name="blockEnd"/> (exclusive); a piece whose own offsets fall outside them is placed inside them.
    /// Markdig gives an inline offsets beside its own when a tab follows a heading's marker inside a block quote
    /// (<c>&gt;#&lt;TAB&gt;text</c> on line 3 had offsets on line 1), and the block's own span stays true.
    /// </summary>
    public MappedTextBuilder(string source, LineIndex lines, int blockStart, int blockEnd)
    {
        _source = source;
        _lines = lines;
        _blockStart = Math.Clamp(blockStart, 0, source.Length);
        _blockEnd = Math.Clamp(blockEnd, _blockStart, source.Length);
    }

    /// <summary>
    /// Appends <paramref name="text"/>, which was read from the source between offsets <paramref name="start"/>
    /// (inclusive) and <paramref name="end"/> (exclusive). Each character is matched with the next equal source
    /// character; a space may stand for a line ending. Characters that cannot be matched map to the place reached.
    /// </summary>
    public void AppendFromSource(string text, int start, int end)
    {
        if (start < _blockStart || end > _blockEnd)
        {
            (start, end) = (_blockStart, _blockEnd);
        }

        start = Math.Clamp(start, 0, _source.Length);
        end = Math.Clamp(end, start, _source.Length);
        var skipFirst = _afterSkipped && text.Length > 0 && text[0] == ' ' && _pieces.Count > 0 && _pieces[^1].Text.EndsWith(' ');
        _afterSkipped = false;
        var from = skipFirst ? 1 : 0;
        if (end - start == text.Length && text.AsSpan().IndexOfAny('\r', '\n') < 0 && _source.AsSpan(start, end - start).SequenceEqual(text))
        {
            // The usual case: the text is the source, character for character, on one line.
            _pieces.Add(new Piece(text[from..], _lines.PositionOf(start + from), text.Length - from));
            return;
        }

        var j = start;
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            var found = -1;
            for (var k = j; k < end; k++)
            {
                var s = _source[k];
                if (s == c || (c is ' ' or '\n' && s is '\r' or '\n'))
                {
                    found = k;
                    break;
                }
            }

            if (found < 0)
            {
                _pieces.Add(new Piece(text[i..], _lines.PositionOf(j), Math.Max(1, end - j)));
                return;
            }

            _pieces.Add(new Piece(c.ToString(), _lines.PositionOf(found), 1));
            j = found + 1;
            if (_source[found] == '\r' && j < end && _source[j] == '\n')
            {
                j++;
            }
        }
    }

    /// <summary>
    /// Notes that something between the last piece and the next was left out (inline HTML, an image), so that the
    /// spaces either side of it do not double up.
    /// </summary>
    public void MarkSkipped() => _afterSkipped = true;

    /// <summary>Appends <paramref name="text"/> standing as a whole for <paramref name="sourceLength"/> characters at <paramref name="start"/> (an entity).</summary>
    public void AppendWhole(string text, int start, int sourceLength)
    {
        _afterSkipped = false;
        _pieces.Add(new Piece(text, _lines.PositionOf(start), Math.Max(1, sourceLength)));
    }

    /// <summary>Appends a line break, mapped to the first line ending at or after <paramref name="start"/>.</summary>
    public void AppendLineBreak(int start)
    {
        _afterSkipped = false;
        while (_pieces.Count > 0 && _pieces[^1].Text is " " or "\t")
        {
            _pieces.RemoveAt(_pieces.Count - 1);
        }

        var at = _source.IndexOfAny(['\r', '\n'], Math.Clamp(start, 0, _source.Length));
        _pieces.Add(new Piece("\n", _lines.PositionOf(at < 0 ? start : at), 1));
    }

    /// <summary>Builds the block, trimmed of white space at both ends, or null when no text is left.</summary>
    public Block? ToBlock(BlockKind kind, int level)
    {
        var first = _pieces.FindIndex(p => !string.IsNullOrWhiteSpace(p.Text));
        if (first < 0)
        {
            return null;
        }

        var builder = new SourceMapBuilder();
        for (var i = first; i < _pieces.Count; i++)
        {
            var piece = _pieces[i];
            var text = i == first ? piece.Text.TrimStart() : piece.Text;
            var trimmed = piece.Text.Length - text.Length;
            if (piece.SourceLength == piece.Text.Length)
            {
                builder.Append(text, piece.Source with { Column = piece.Source.Column + trimmed });
            }
            else
            {
                builder.Append(text, piece.Source, piece.SourceLength);
            }
        }

        builder.TrimEnd();
        return new Block(kind, DocumentParts.Body, builder.ToString(), builder.ToSourceMap(), level);
    }

    private readonly record struct Piece(string Text, SourcePosition Source, int SourceLength);
}
