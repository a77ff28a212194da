using System.Text;
using System.Xml.Linq;
using PublicityCheck.Diagnostics;
using PublicityCheck.Documents.Word;

namespace PublicityCheck.Annotation;

/// <summary>
/// Writes a fix's edits into one part's XML as Word tracked changes: the words an edit replaces wrapped in
/// <c>w:del</c> (their <c>w:t</c> become <c>w:delText</c>), the new words after them in a <c>w:ins</c> run with the
/// replaced words' run properties. An edit's paragraph and columns are found through the part's
/// <see cref="PartText"/>, the same walk the reader made, and runs are split at its edges as comments split them.
/// </summary>
/// <remarks>
/// An edit is written only where it can be written exactly: its words are plain runs directly in one paragraph, and
/// between them lie only bookmarks, comment ranges and proofing marks. Words in a field, a hyperlink, a content
/// control, a smart tag or an existing tracked change, words beside a picture or a note reference, and edits over
/// more than one paragraph are refused by <see cref="Check"/> with the reason, and left for a person. A removal of a
/// whole paragraph (<see cref="TextEdit.RemovesWholeLines"/>) deletes its runs and marks its paragraph mark deleted,
/// so that accepting the change takes the line away; the last paragraph of a cell, a note or the body keeps its mark,
/// which Word cannot delete, and is left empty.
/// </remarks>
internal sealed class TrackedChangeWriter
{
    private readonly PartText _text;
    private readonly RevisionMarks _marks;
    private readonly XNamespace _w;
    private readonly HashSet<XElement> _fieldRuns;

    /// <summary>Creates a writer for the part <paramref name="root"/>, whose paragraphs and pieces <paramref name="text"/> maps.</summary>
    public TrackedChangeWriter(XElement root, PartText text, RevisionMarks marks)
    {
        _text = text;
        _marks = marks;
        _w = WordXml.NamespaceOf(root);
        _fieldRuns = FieldRuns(root, _w);
    }

    /// <summary>
    /// Why <paramref name="edit"/> cannot be written exactly here, in words that follow "left for a person:"; null
    /// when it can. Nothing is changed.
    /// </summary>
    public string? Check(TextEdit edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var location = edit.Location;
        var line = location.Start.Line;
        if (_text.Paragraph(line) is not { } paragraph)
        {
            return "the document has no such paragraph";
        }

        var paragraphText = TextOf(line);
        if (edit.RemovesWholeLines)
        {
            return location.End.Line != line + 1 ? "it removes more than one paragraph"
                : paragraphText.Trim() != edit.OldText.Trim() || paragraphText.Trim().Length == 0 ? "the paragraph no longer reads as the release did"
                : CheckParagraphMark(paragraph) ?? CheckNodes(paragraph.Elements().Where(e => e.Name != _w + "pPr"), paragraph);
        }

        if (location.End.Line != line)
        {
            return "it runs over more than one paragraph";
        }

        var (from, to) = (location.Start.Column - 1, location.End.Column - 1);
        if (from < 0 || to < from || to > paragraphText.Length || to - from != edit.OldText.Length
            || string.CompareOrdinal(paragraphText, from, edit.OldText, 0, edit.OldText.Length) != 0)
        {
            return "the paragraph no longer reads as the release did there";
        }

        if (from == to)
        {
            return edit.NewText.Length == 0 ? "it changes nothing"
                : InsertionAnchor(line, from) is not { } anchor ? "the paragraph has no text to place it by"
                : CheckNodes([anchor.Element.Parent!], paragraph);
        }

        var pieces = _text.Pieces(line).Where(p => p.End > from && p.Start < to).ToList();
        if (pieces.Any(p => p.Element.Parent is not { } run || run.Name != _w + "r" || run.Parent != paragraph))
        {
            return Where(pieces.Select(p => p.Element.Parent!).First(run => run.Name != _w + "r" || run.Parent != paragraph));
        }

        var (first, last) = (pieces[0].Element.Parent!, pieces[^1].Element.Parent!);
        return CheckNodes(Between(first, last), paragraph);
    }

    /// <summary>Writes <paramref name="edit"/>, which <see cref="Check"/> accepted, as tracked changes.</summary>
    public void Write(TextEdit edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var line = edit.Location.Start.Line;
        var paragraph = _text.Paragraph(line)!;
        if (edit.RemovesWholeLines)
        {
            Delete(paragraph.Elements().Where(e => e.Name != _w + "pPr").ToList());
            if (paragraph.ElementsAfterSelf().FirstOrDefault()?.Name == _w + "p")
            {
                DeleteParagraphMark(paragraph);
            }

            return;
        }

        var (from, to) = (edit.Location.Start.Column - 1, edit.Location.End.Column - 1);
        if (from == to)
        {
            Insert(line, from, edit.NewText);
            return;
        }

        var firstPiece = _text.Pieces(line).First(p => p.End > from);
        var start = RunSplitter.Split(_text, line, firstPiece, from - firstPiece.Start).After!;
        var lastPiece = _text.Pieces(line).Last(p => p.Start < to);
        var end = RunSplitter.Split(_text, line, lastPiece, to - lastPiece.Start).Before!;
        var properties = start.Element(_w + "rPr");
        var deleted = Delete(Between(start, end));
        if (edit.NewText.Length > 0)
        {
            deleted.AddAfterSelf(InsertedRun(edit.NewText, properties));
        }
    }

    // Inserts text at a column: after the run that ends there, or before the paragraph's first run at column 1.
    private void Insert(int line, int at, string newText)
    {
        var anchor = InsertionAnchor(line, at)!;
        if (at == 0)
        {
            var run = RunSplitter.Split(_text, line, anchor, 0).After!;
            run.AddBeforeSelf(InsertedRun(newText, run.Element(_w + "rPr")));
            return;
        }

        var before = RunSplitter.Split(_text, line, anchor, at - anchor.Start).Before!;
        before.AddAfterSelf(InsertedRun(newText, before.Element(_w + "rPr")));
    }

    // The piece an insertion at column `at` is placed by: the one holding the character before it, or the first.
    private TextPiece? InsertionAnchor(int line, int at) =>
        at == 0 ? _text.Pieces(line).FirstOrDefault() : _text.Pieces(line).FirstOrDefault(p => p.Start < at && at <= p.End);

    // Wraps each stretch of text runs among the nodes in a w:del of its own (markers, and a run that holds only a
    // comment's reference, stay where they are, between them), and returns the last w:del.
    private XElement Delete(List<XElement> nodes)
    {
        XElement? group = null;
        XElement? last = null;
        foreach (var node in nodes)
        {
            if (node.Name != _w + "r" || IsCommentReference(node))
            {
                group = null;
                continue;
            }

            if (group is null)
            {
                group = _marks.Mark(_w, "del");
                node.AddBeforeSelf(group);
            }

            node.Remove();
            foreach (var text in node.Elements(_w + "t"))
            {
                text.Name = _w + "delText";
                text.SetAttributeValue(XNamespace.Xml + "space", "preserve");
            }

            group.Add(node);
            last = group;
        }

        return last ?? throw new InvalidOperationException("an edit with words to remove found no run of them");
    }

    // The sibling elements from first to last, both included.
    private static List<XElement> Between(XElement first, XElement last) =>
        first == last ? [first] : [first, .. first.ElementsAfterSelf().TakeWhile(e => e != last), last];

    private void DeleteParagraphMark(XElement paragraph)
    {
        var paragraphProperties = paragraph.Element(_w + "pPr");
        if (paragraphProperties is null)
        {
            paragraphProperties = new XElement(_w + "pPr");
            paragraph.AddFirst(paragraphProperties);
        }

        var markProperties = paragraphProperties.Element(_w + "rPr");
        if (markProperties is null)
        {
            // rPr comes after every other paragraph property but the section and the record of a change to them.
            markProperties = new XElement(_w + "rPr");
            if (paragraphProperties.Elements().FirstOrDefault(e => e.Name == _w + "sectPr" || e.Name == _w + "pPrChange") is { } after)
            {
                after.AddBeforeSelf(markProperties);
            }
            else
            {
                paragraphProperties.Add(markProperties);
            }
        }

        markProperties.AddFirst(_marks.Mark(_w, "del"));
    }

    private XElement InsertedRun(string text, XElement? properties)
    {
        var run = new XElement(_w + "r");
        if (properties is not null)
        {
            run.Add(new XElement(properties));
        }

        var words = new StringBuilder();
        foreach (var c in text)
        {
            if (c is '\t' or '\n')
            {
                AddWords();
                run.Add(new XElement(_w + (c == '\t' ? "tab" : "br")));
            }
            else
            {
                words.Append(c);
            }
        }

        AddWords();
        return _marks.Mark(_w, "ins", run);

        void AddWords()
        {
            if (words.Length > 0)
            {
                run.Add(new XElement(_w + "t", new XAttribute(XNamespace.Xml + "space", "preserve"), words.ToString()));
                words.Clear();
            }
        }
    }

    // Whether every node can be written over exactly: plain runs directly in the paragraph, outside fields, holding
    // only text, and markers between them.
    private string? CheckNodes(IEnumerable<XElement> nodes, XElement paragraph)
    {
        foreach (var node in nodes)
        {
            if (node.Name == _w + "r")
            {
                if (node.Parent != paragraph)
                {
                    return Where(node);
                }

                if (_fieldRuns.Contains(node))
                {
                    return "its words are a field's result";
                }

                if (node.Element(_w + "rPr")?.Element(_w + "rPrChange") is not null)
                {
                    return "its words hold a tracked change of formatting";
                }

                if (!IsCommentReference(node) && node.Elements().Any(e => e.Name != _w + "rPr" && !(e.Name.Namespace == _w && IsText(e.Name.LocalName))))
                {
                    return "its words share a run with something other than text (a picture, a note reference, a field)";
                }
            }
            else if (!(node.Name.Namespace == _w && IsMarker(node.Name.LocalName)))
            {
                return node.Name == _w + "hyperlink" ? "it runs into a hyperlink"
                    : node.Name.LocalName is "ins" or "del" or "moveFrom" or "moveTo" ? "it runs into a tracked change"
                    : node.Name.LocalName is "fldSimple" ? "it runs into a field"
                    : $"it runs into a w:{node.Name.LocalName}";
            }
        }

        return null;
    }

    private string? CheckParagraphMark(XElement paragraph)
    {
        var properties = paragraph.Element(_w + "pPr");
        return properties?.Element(_w + "sectPr") is not null ? "the paragraph ends a section"
            : properties?.Element(_w + "pPrChange") is not null || properties?.Element(_w + "rPr")?.Elements().Any(e => e.Name.LocalName is "ins" or "del" or "moveFrom" or "moveTo") == true
                ? "the paragraph holds a tracked change"
            : null;
    }

    // Why words in this element are not edited: what holds them.
    private string Where(XElement element)
    {
        for (var container = element.Name == _w + "r" ? element.Parent : element; container is not null && container.Name != _w + "p"; container = container.Parent)
        {
            switch (container.Name.LocalName)
            {
                case "hyperlink":
                    return "its words are in a hyperlink";
                case "ins" or "del" or "moveFrom" or "moveTo":
                    return "its words are in a tracked change";
                case "fldSimple":
                    return "its words are a field's result";
                case "sdt":
                    return "its words are in a content control";
                case "smartTag" or "customXml":
                    return "its words are in a smart tag";
                default:
                    break;
            }
        }

        return "its words are not plain runs of the paragraph";
    }

    // What a deleted run may hold: text, and marks that go with it.
    private static bool IsText(string name) =>
        name is "t" or "tab" or "br" or "cr" or "noBreakHyphen" or "softHyphen" or "sym" or "lastRenderedPageBreak";

    // What may lie between the runs of an edit and stays where it is.
    private static bool IsMarker(string name) =>
        name is "bookmarkStart" or "bookmarkEnd" or "commentRangeStart" or "commentRangeEnd" or "proofErr" or "permStart" or "permEnd";

    private bool IsCommentReference(XElement run)
    {
        var content = run.Elements().Where(e => e.Name != _w + "rPr").ToList();
        return content.Count > 0 && content.All(e => e.Name == _w + "commentReference");
    }

    private string TextOf(int line)
    {
        var text = new StringBuilder();
        foreach (var piece in _text.Pieces(line))
        {
            text.Append(piece.Text);
        }

        return text.ToString();
    }

    // The runs between a complex field's begin and end (its code and its result), in document order.
    private static HashSet<XElement> FieldRuns(XElement root, XNamespace w)
    {
        var runs = new HashSet<XElement>();
        var depth = 0;
        foreach (var run in root.Descendants(w + "r"))
        {
            if (depth > 0)
            {
                runs.Add(run);
            }

            foreach (var mark in run.Elements(w + "fldChar"))
            {
                depth = mark.Attribute(w + "fldCharType")?.Value switch
                {
                    "begin" => depth + 1,
                    "end" => Math.Max(0, depth - 1),
                    _ => depth,
                };
            }
        }

        return runs;
    }
}
