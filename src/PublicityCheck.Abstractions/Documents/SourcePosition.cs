namespace PublicityCheck.Documents;

/// <summary>
/// A place in a source file. For Markdown, the 1-based line and column; for Word, the 1-based paragraph
/// number within its part (in reading order) as <see cref="Line"/> and the 1-based character in that paragraph
/// as <see cref="Column"/>.
/// </summary>
/// <param name="Line">1-based line (Markdown) or paragraph number (Word).</param>
/// <param name="Column">1-based column (Markdown) or character in the paragraph (Word).</param>
public readonly record struct SourcePosition(int Line, int Column) : IComparable<SourcePosition>
{
    /// <inheritdoc/>
    public int CompareTo(SourcePosition other)
    {
        var byLine = Line.CompareTo(other.Line);
        return byLine != 0 ? byLine : Column.CompareTo(other.Column);
    }

    /// <summary>Orders positions by line, then column.</summary>
    public static bool operator <(SourcePosition left, SourcePosition right) => left.CompareTo(right) < 0;

    /// <summary>Orders positions by line, then column.</summary>
    public static bool operator >(SourcePosition left, SourcePosition right) => left.CompareTo(right) > 0;

    /// <summary>Orders positions by line, then column.</summary>
    public static bool operator <=(SourcePosition left, SourcePosition right) => left.CompareTo(right) <= 0;

    /// <summary>Orders positions by line, then column.</summary>
    public static bool operator >=(SourcePosition left, SourcePosition right) => left.CompareTo(right) >= 0;

    /// <inheritdoc/>
    public override string ToString() => $"({Line},{Column})";
}
