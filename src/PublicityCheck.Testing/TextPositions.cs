using PublicityCheck.Documents;

namespace PublicityCheck.Testing;

/// <summary>
/// Turns offsets in a text into 1-based lines and columns (UTF-16 code units), counting <c>\r\n</c>, <c>\r</c> and
/// <c>\n</c> each as one line ending, as the Markdown reader reports them. Worked out here independently, so a
/// verifier run also checks the reader's mapping.
/// </summary>
internal sealed class TextPositions
{
    private readonly List<int> _lineStarts = [0];

    private TextPositions(string text)
    {
        Text = text;
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

    /// <summary>The text.</summary>
    public string Text { get; }

    /// <summary>The number of lines.</summary>
    public int LineCount => _lineStarts.Count;

    /// <summary>The positions of <paramref name="text"/>.</summary>
    public static TextPositions Of(string text) => new(text);

    /// <summary>The place of the character at <paramref name="offset"/>.</summary>
    public SourcePosition PositionOf(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        var line = _lineStarts.BinarySearch(offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return new SourcePosition(line + 1, offset - _lineStarts[line] + 1);
    }

    /// <summary>The text of 1-based line <paramref name="line"/>, without its line ending; empty past the end.</summary>
    public string Line(int line)
    {
        if (line < 1 || line > _lineStarts.Count)
        {
            return string.Empty;
        }

        var start = _lineStarts[line - 1];
        var end = line < _lineStarts.Count ? _lineStarts[line] : Text.Length;
        return Text[start..end].TrimEnd('\r', '\n');
    }
}
