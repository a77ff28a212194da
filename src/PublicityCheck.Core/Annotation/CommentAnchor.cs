using System.Xml.Linq;
using PublicityCheck.Documents;
using PublicityCheck.Documents.Word;

namespace PublicityCheck.Annotation;

/// <summary>Places a comment's range markers and reference in a part, around the characters a finding is about.</summary>
internal static class CommentAnchor
{
    /// <summary>
    /// Marks paragraph/column <paramref name="start"/> to <paramref name="end"/> (exclusive) of the part
    /// <paramref name="text"/> maps with comment <paramref name="id"/>, splitting runs where the range starts or ends
    /// inside one (and keeping <paramref name="text"/> in step). A range that finds no characters marks the whole of
    /// its first paragraph. Returns false when the part has no such paragraph.
    /// </summary>
    public static bool Place(PartText text, string id, SourcePosition start, SourcePosition end)
    {
        if (text.Paragraph(start.Line) is not { } paragraph)
        {
            return false;
        }

        var from = start.Column - 1;
        var to = end.Column - 1;
        var endLine = text.Paragraph(end.Line) is null ? start.Line : end.Line;
        if (endLine < start.Line || (endLine == start.Line && to <= from))
        {
            MarkParagraph(paragraph, id);
            return true;
        }

        var first = text.Pieces(start.Line).FirstOrDefault(p => p.End > from);
        if (first is null)
        {
            MarkParagraph(paragraph, id);
            return true;
        }

        var (_, startElement) = RunSplitter.Split(text, start.Line, first, Math.Max(0, from - first.Start));
        startElement!.AddBeforeSelf(Marker(paragraph, "commentRangeStart", id));

        var last = text.Pieces(endLine).LastOrDefault(p => p.Start < to);
        if (last is null)
        {
            MarkEnd(text.Paragraph(endLine)!, id);
            return true;
        }

        var (endElement, _) = RunSplitter.Split(text, endLine, last, Math.Min(last.Length, to - last.Start));
        endElement!.AddAfterSelf(Marker(paragraph, "commentRangeEnd", id), ReferenceRun(paragraph, id));
        return true;
    }

    /// <summary>Marks the whole of <paramref name="paragraph"/> with comment <paramref name="id"/>.</summary>
    public static void MarkParagraph(XElement paragraph, string id)
    {
        var rangeStart = Marker(paragraph, "commentRangeStart", id);
        if (paragraph.Element(paragraph.Name.Namespace + "pPr") is { } properties)
        {
            properties.AddAfterSelf(rangeStart);
        }
        else
        {
            paragraph.AddFirst(rangeStart);
        }

        MarkEnd(paragraph, id);
    }

    private static void MarkEnd(XElement paragraph, string id) =>
        paragraph.Add(Marker(paragraph, "commentRangeEnd", id), ReferenceRun(paragraph, id));

    // Markers are written in the namespace of the paragraph they mark (transitional or strict).
    private static XElement Marker(XElement paragraph, string name, string id)
    {
        var w = paragraph.Name.Namespace;
        return new XElement(w + name, new XAttribute(w + "id", id));
    }

    private static XElement ReferenceRun(XElement paragraph, string id) =>
        new(paragraph.Name.Namespace + "r", Marker(paragraph, "commentReference", id));
}
