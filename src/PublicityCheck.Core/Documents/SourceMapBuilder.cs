using System.Collections.Immutable;
using System.Text;

namespace PublicityCheck.Documents;

/// <summary>Builds a block's text and its <see cref="SourceMap"/> together, one piece at a time.</summary>
public sealed class SourceMapBuilder
{
    private readonly StringBuilder _text = new();
    private readonly ImmutableArray<SourceSegment>.Builder _segments = ImmutableArray.CreateBuilder<SourceSegment>();

    /// <summary>The text appended so far.</summary>
    public int Length => _text.Length;

    /// <summary>Whether nothing has been appended.</summary>
    public bool IsEmpty => _text.Length == 0;

    /// <summary>The last character appended, or <c>'\0'</c> when empty.</summary>
    public char LastChar => _text.Length == 0 ? '\0' : _text[^1];

    /// <summary>Appends text whose characters sit on consecutive columns starting at <paramref name="source"/>.</summary>
    public SourceMapBuilder Append(string text, SourcePosition source)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Append(text, source, text.Length);
    }

    /// <summary>
    /// Appends text that stands for <paramref name="sourceLength"/> source columns starting at <paramref name="source"/>.
    /// When the lengths differ the piece maps as a whole.
    /// </summary>
    public SourceMapBuilder Append(string text, SourcePosition source, int sourceLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return this;
        }

        var start = _text.Length;
        _text.Append(text);
        if (_segments.Count > 0)
        {
            // Merge with the previous segment when this piece simply continues it.
            var last = _segments[^1];
            if (last.IsLinear && text.Length == sourceLength && last.TextEnd == start
                && last.Source.Line == source.Line && last.Source.Column + last.SourceLength == source.Column)
            {
                _segments[^1] = last with { TextLength = last.TextLength + text.Length, SourceLength = last.SourceLength + sourceLength };
                return this;
            }
        }

        _segments.Add(new SourceSegment(start, text.Length, source, sourceLength));
        return this;
    }

    /// <summary>Removes trailing white space (with its mapping), as readers do at the end of a block.</summary>
    public SourceMapBuilder TrimEnd()
    {
        var newLength = _text.Length;
        while (newLength > 0 && char.IsWhiteSpace(_text[newLength - 1]))
        {
            newLength--;
        }

        Truncate(newLength);
        return this;
    }

    private void Truncate(int newLength)
    {
        if (newLength == _text.Length)
        {
            return;
        }

        _text.Length = newLength;
        while (_segments.Count > 0 && _segments[^1].TextStart >= newLength)
        {
            _segments.RemoveAt(_segments.Count - 1);
        }

        if (_segments.Count > 0 && _segments[^1].TextEnd > newLength)
        {
            var last = _segments[^1];
            var keep = newLength - last.TextStart;
            _segments[^1] = last.IsLinear ? last with { TextLength = keep, SourceLength = keep } : last with { TextLength = keep };
        }
    }

    /// <summary>The text built.</summary>
    public override string ToString() => _text.ToString();

    /// <summary>The map built.</summary>
    public SourceMap ToSourceMap() => new(_segments.ToImmutable());
}
