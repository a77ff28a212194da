using System.Collections.Immutable;
using PublicityCheck.Documents;

namespace PublicityCheck.Testing;

/// <summary>A release a test gives, with its markup read: the file to write, and the marked spans' places in it.</summary>
internal abstract class TestRelease
{
    /// <summary>The file name the release is written as; its extension picks the reader.</summary>
    public abstract string FileName { get; }

    /// <summary>Each marked span, with the place the reader is expected to report for it, in the order the spans open.</summary>
    public abstract ImmutableArray<(MarkedSpan Span, SourcePosition Start, SourcePosition End)> Marked { get; }

    /// <summary>Writes the release, markup removed, to <paramref name="path"/>.</summary>
    public abstract void WriteTo(string path);

    /// <summary>The text of 1-based line (Markdown) or paragraph (Word) <paramref name="line"/>, for failure reports.</summary>
    public abstract string LineText(int line);
}
