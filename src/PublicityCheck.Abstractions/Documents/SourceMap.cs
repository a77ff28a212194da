using System.Collections.Immutable;

namespace PublicityCheck.Documents;

/// <summary>
/// Maps every character of a block's text back to its place in the source file. Built by a reader with
/// <c>SourceMapBuilder</c>; segments are ordered and do not overlap.
/// </summary>
public sealed class SourceMap
{
    private readonly ImmutableArray<SourceSegment> _segments;

    internal SourceMap(ImmutableArray<SourceSegment> segments) => _segments = segments;

    /// <summary>The segments, in text order.</summary>
    public ImmutableArray<SourceSegment> Segments => _segments;

    /// <summary>Where the character at <paramref name="offset"/> of the block's text came from.</summary>
    /// <remarks>An offset past the last segment maps to the place just after it.</remarks>
    public SourcePosition Start(int offset)
    {
        if (_segments.IsEmpty)
        {
            return new SourcePosition(1, 1);
        }

        var segment = _segments[Find(offset)];
        if (offset >= segment.TextEnd)
        {
            return new SourcePosition(segment.Source.Line, segment.Source.Column + segment.SourceLength);
        }

        return segment.IsLinear
            ? segment.Source with { Column = segment.Source.Column + (offset - segment.TextStart) }
            : segment.Source;
    }

    /// <summary>The place just after the character at <paramref name="offset"/>: the exclusive end of a span whose last character it is.</summary>
    public SourcePosition EndAfter(int offset)
    {
        if (_segments.IsEmpty)
        {
            return new SourcePosition(1, 1);
        }

        var segment = _segments[Find(offset)];
        if (offset >= segment.TextEnd || !segment.IsLinear)
        {
            return segment.Source with { Column = segment.Source.Column + segment.SourceLength };
        }

        return segment.Source with { Column = segment.Source.Column + (offset - segment.TextStart) + 1 };
    }

    private int Find(int offset)
    {
        int low = 0, high = _segments.Length - 1;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (_segments[mid].TextStart <= offset)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        return low;
    }
}
