using System.Collections.Immutable;
using System.Text;
using PublicityCheck.Documents;

namespace PublicityCheck.Testing;

/// <summary>A Markdown release: the source as given, markup removed, written as UTF-8.</summary>
internal sealed class MarkdownTestRelease : TestRelease
{
    private readonly TextPositions _positions;

    public MarkdownTestRelease(string markedSource)
    {
        var (text, spans) = TestMarkup.Parse(markedSource);
        _positions = TextPositions.Of(text);
        Marked = [.. spans.Select(s => (s, _positions.PositionOf(s.Start), _positions.PositionOf(s.End)))];
    }

    public override string FileName => "release.md";

    public override ImmutableArray<(MarkedSpan Span, SourcePosition Start, SourcePosition End)> Marked { get; }

    public override void WriteTo(string path) => File.WriteAllText(path, _positions.Text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));

    public override string LineText(int line) => _positions.Line(line);
}
