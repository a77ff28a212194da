using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PublicityCheck.Documents;

namespace PublicityCheck.Annotation;

/// <summary>Places a comment's range markers and reference in a part, around the characters a finding is about.</summary>
internal static class CommentAnchor
{
    /// <summary>
    /// Marks paragraph/column <paramref name="start"/> to <paramref name="end"/> (exclusive) of <paramref name="root"/>
    /// with comment <paramref name="id"/>, splitting runs where the range starts or ends inside one. A range that
    /// finds no characters marks the whole of its first paragraph. Returns false when the part has no such paragraph.
    /// </summary>
    public static bool Place(OpenXmlElement root, string id, SourcePosition start, SourcePosition end)
    {
        var map = PartTextMap.Build(root);
        if (map.Paragraph(start.Line) is not { } paragraph)
        {
            return false;
        }

        var from = start.Column - 1;
        var to = end.Column - 1;
        var endLine = map.Paragraph(end.Line) is null ? start.Line : end.Line;
        if (endLine < start.Line || (endLine == start.Line && to <= from))
        {
            MarkParagraph(paragraph, id);
            return true;
        }

        var first = map.Pieces(start.Line).FirstOrDefault(p => p.End > from);
        if (first is null)
        {
            MarkParagraph(paragraph, id);
            return true;
        }

        var (_, startRun) = RunSplitter.Split(first, Math.Max(0, from - first.Start));
        startRun!.InsertBeforeSelf(new CommentRangeStart { Id = id });

        map = PartTextMap.Build(root);
        var last = map.Pieces(endLine).LastOrDefault(p => p.Start < to);
        if (last is null)
        {
            MarkEnd(map.Paragraph(endLine)!, id);
            return true;
        }

        var (endRun, _) = RunSplitter.Split(last, Math.Min(last.Length, to - last.Start));
        var rangeEnd = endRun!.InsertAfterSelf(new CommentRangeEnd { Id = id });
        rangeEnd.InsertAfterSelf(ReferenceRun(id));
        return true;
    }

    /// <summary>Marks the whole of <paramref name="paragraph"/> with comment <paramref name="id"/>.</summary>
    public static void MarkParagraph(OpenXmlElement paragraph, string id)
    {
        var properties = paragraph.ChildElements.FirstOrDefault(c => c.LocalName == "pPr");
        var rangeStart = new CommentRangeStart { Id = id };
        if (properties is not null)
        {
            properties.InsertAfterSelf(rangeStart);
        }
        else
        {
            paragraph.PrependChild(rangeStart);
        }

        MarkEnd(paragraph, id);
    }

    private static void MarkEnd(OpenXmlElement paragraph, string id)
    {
        paragraph.AppendChild(new CommentRangeEnd { Id = id });
        paragraph.AppendChild(ReferenceRun(id));
    }

    private static Run ReferenceRun(string id) =>
        new(new CommentReference { Id = id });
}
