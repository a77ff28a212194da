using System.Collections.Immutable;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PublicityCheck.Documents;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace PublicityCheck.Testing;

/// <summary>
/// A Word release: one body paragraph per string given, markup removed, in a real <c>.docx</c> package written
/// with the Open XML SDK. A paragraph is a position's line and its characters are its columns; a marked span
/// stays within its paragraph.
/// </summary>
internal sealed class WordTestRelease : TestRelease
{
    private readonly ImmutableArray<string> _paragraphs;

    public WordTestRelease(IEnumerable<string> markedParagraphs)
    {
        var paragraphs = ImmutableArray.CreateBuilder<string>();
        var marked = ImmutableArray.CreateBuilder<(MarkedSpan, SourcePosition, SourcePosition)>();
        foreach (var markedParagraph in markedParagraphs)
        {
            ArgumentNullException.ThrowIfNull(markedParagraph, nameof(markedParagraphs));
            if (markedParagraph.AsSpan().IndexOfAny('\r', '\n') >= 0)
            {
                throw new ArgumentException("A Word paragraph holds no line break; give each paragraph as a string of its own.", nameof(markedParagraphs));
            }

            var (text, spans) = TestMarkup.Parse(markedParagraph);
            var number = paragraphs.Count + 1;
            paragraphs.Add(text);
            marked.AddRange(spans.Select(s => (s, new SourcePosition(number, s.Start + 1), new SourcePosition(number, s.End + 1))));
        }

        _paragraphs = paragraphs.ToImmutable();
        Marked = marked.ToImmutable();
    }

    public override string FileName => "release.docx";

    public override ImmutableArray<(MarkedSpan Span, SourcePosition Start, SourcePosition End)> Marked { get; }

    public override void WriteTo(string path)
    {
        using var package = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = package.AddMainDocumentPart();
        main.Document = new Document(new Body(_paragraphs.Select(text =>
            new Paragraph(new Run(new WordText(text) { Space = SpaceProcessingModeValues.Preserve })))));
        main.Document.Save();
    }

    public override string LineText(int line) => line >= 1 && line <= _paragraphs.Length ? _paragraphs[line - 1] : string.Empty;
}
