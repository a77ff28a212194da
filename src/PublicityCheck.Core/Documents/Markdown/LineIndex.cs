namespace PublicityCheck.Documents.Markdown;

/// <summary>
/// Turns offsets in a decoded Markdown file into 1-based lines and columns (UTF-16 code units), counting
/// <c>\r\n</c>, <c>\r</c> and <c>\n</c> each as one line ending.
/// </summary>
internal sealed class LineIndex
{
    private readonly string _text;
    private readonly List<int> _lineStarts = [0];

    public LineIndex(string text)
    {
        _text = text;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            if (c is '\r' or '\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    /// <summary>The number of lines (a final line ending does not start another line with text, but is counted).</summary>
    public int LineCount => _lineStarts.Count;

    /// <summary>The place of the character at <paramref name="offset"/>.</summary>
    public SourcePosition PositionOf(int offset)
    {
        offset = Math.Clamp(offset, 0, _text.Length);
        var line = _lineStarts.BinarySearch(offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return new SourcePosition(line + 1, offset - _lineStarts[line] + 1);
    }

    /// <summary>The offset of the first character of 1-based <paramref name="line"/>.</summary>
    public int LineStart(int line) => _lineStarts[Math.Clamp(line - 1, 0, _lineStarts.Count - 1)];

    /// <summary>The offset just past the text of 1-based <paramref name="line"/>, before its line ending.</summary>
    public int LineEnd(int line)
    {
        var end = line < _lineStarts.Count ? _lineStarts[line] : _text.Length;
        while (end > LineStart(line) && _text[end - 1] is '\r' or '\n')
        {
            end--;
        }

        return end;
    }

    /// <summary>The text of 1-based <paramref name="line"/> without its line ending.</summary>
    public string LineText(int line) => _text[LineStart(line)..LineEnd(line)];
}
