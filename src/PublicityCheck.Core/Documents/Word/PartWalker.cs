using System.Globalization;
using System.Xml.Linq;

namespace PublicityCheck.Documents.Word;

/// <summary>
/// Walks one part's XML in document order and turns its paragraphs into blocks. Every <c>w:p</c> is numbered in
/// pre-order (those under a skipped <c>mc:Fallback</c> excepted), whether or not it gives a block. Runs are read
/// as if tracked changes were accepted, fields give their result, and comment ranges are noted as positions. A
/// drawing's alternative text becomes an image-text block after the paragraph that holds it.
/// </summary>
/// <remarks>
/// This is the one walk of a part: the reader builds blocks with it, and the annotator, given a
/// <see cref="PartText"/>, records with it the elements every paragraph's characters came from, as those characters
/// are added to the block. The two therefore cannot disagree about what a location names.
/// </remarks>
internal sealed class PartWalker
{
    /// <summary>
    /// The deepest nesting of XML elements walked: the limit the XML was already held to as it was read
    /// (<see cref="WordXml.MaxDepth"/>), checked again here because the walk recurses once per level.
    /// </summary>
    internal const int MaxDepth = WordXml.MaxDepth;

    private readonly string _part;
    private readonly BlockKind? _partKind;
    private readonly StyleCatalog _styles;
    private readonly PartText? _text;
    private readonly List<Block?> _blocks = [];
    private XNamespace _w = WordXml.W;
    private FieldStack _fields = new();
    private ParagraphText? _current;
    private int _paragraphCount;
    private int _depth;

    /// <summary>
    /// Creates a walker for part <paramref name="part"/>; <paramref name="partKind"/> overrides every block's kind
    /// (headers, notes). When <paramref name="text"/> is given, every paragraph and the elements its text came from
    /// are recorded there.
    /// </summary>
    public PartWalker(string part, BlockKind? partKind, StyleCatalog styles, PartText? text = null)
    {
        _part = part;
        _partKind = partKind;
        _styles = styles;
        _text = text;
    }

    /// <summary>The blocks found, in reading order.</summary>
    public IEnumerable<Block> Blocks => _blocks.OfType<Block>();

    /// <summary>Where each comment's range starts, by comment id.</summary>
    public Dictionary<string, SourcePosition> CommentStarts { get; } = new(StringComparer.Ordinal);

    /// <summary>Where each comment's range ends (exclusive), by comment id.</summary>
    public Dictionary<string, SourcePosition> CommentEnds { get; } = new(StringComparer.Ordinal);

    /// <summary>Walks the part's root element.</summary>
    public void Walk(XElement root, CancellationToken cancellationToken)
    {
        _w = WordXml.NamespaceOf(root);
        Visit(root, new WalkContext(false, null, false), cancellationToken);
    }

    private SourcePosition Here => _current?.Next ?? new SourcePosition(_paragraphCount + 1, 1);

    private void VisitChildren(XElement element, WalkContext context, CancellationToken cancellationToken)
    {
        // The walk recurses once per level of XML; a stack overflow would kill the process, so refuse first.
        cancellationToken.ThrowIfCancellationRequested();
        if (++_depth > MaxDepth)
        {
            throw new InvalidDataException($"the part '{_part}' nests elements more than {MaxDepth} deep (Word nests tables at most 63 deep)");
        }

        foreach (var child in element.Elements())
        {
            Visit(child, context, cancellationToken);
        }

        _depth--;
    }

    private void Visit(XElement element, WalkContext context, CancellationToken cancellationToken)
    {
        var name = element.Name;
        if (name.Namespace == WordXml.Mc)
        {
            VisitMarkupCompatibility(element, context, cancellationToken);
            return;
        }

        if (name.Namespace != _w)
        {
            if (name.LocalName == "docPr" && !context.Deleted)
            {
                AddImageText(element);
            }

            VisitChildren(element, context, cancellationToken);
            return;
        }

        switch (name.LocalName)
        {
            case "p":
                VisitParagraph(element, context, cancellationToken);
                break;
            case "t":
                AppendText(element.Value, element, context);
                break;
            case "tab" or "ptab":
                AppendText("\t", element, context);
                break;
            case "br" or "cr":
                AppendText("\n", element, context);
                break;
            case "noBreakHyphen":
                AppendText("-", element, context);
                break;
            case "sym":
                AppendText(SymbolText(element), element, context);
                break;
            case "fldChar" when !context.Deleted:
                _fields.OnFieldChar(element.Attribute(_w + "fldCharType")?.Value);
                break;
            case "del" or "moveFrom":
                VisitChildren(element, context with { Deleted = true }, cancellationToken);
                break;
            case "tr":
                var rowDeleted = element.Element(_w + "trPr")?.Element(_w + "del") is not null;
                VisitChildren(element, context with { Deleted = context.Deleted || rowDeleted }, cancellationToken);
                break;
            case "tc":
                VisitChildren(element, context with { Container = BlockKind.TableCell }, cancellationToken);
                break;
            case "txbxContent":
                VisitStory(element, context with { Container = BlockKind.TextBox }, cancellationToken);
                break;
            case "sdt":
                VisitChildren(element, context with { InBlockContentControl = context.InBlockContentControl || _current is null }, cancellationToken);
                break;
            case "footnote" or "endnote" when IsSeparatorNote(element):
                VisitChildren(element, context with { Deleted = true }, cancellationToken);
                break;
            case "commentRangeStart":
                NoteComment(CommentStarts, element);
                break;
            case "commentRangeEnd":
                NoteComment(CommentEnds, element);
                break;
            case "softHyphen" or "delText" or "instrText" or "delInstrText" or "pPr" or "rPr" or "tblPr" or "trPr" or "tcPr"
                or "sectPr" or "sdtPr" or "sdtEndPr" or "tblGrid" or "tblPrEx" or "customXmlPr" or "smartTagPr" or "fldData":
                break;
            default:
                VisitChildren(element, context, cancellationToken);
                break;
        }
    }

    private void VisitMarkupCompatibility(XElement element, WalkContext context, CancellationToken cancellationToken)
    {
        if (element.Name.LocalName != "AlternateContent")
        {
            VisitChildren(element, context, cancellationToken);
            return;
        }

        // Read the first Choice; the Fallback repeats the same content for older readers and is skipped.
        var choice = element.Elements(WordXml.Mc + "Choice").FirstOrDefault() ?? element.Elements(WordXml.Mc + "Fallback").FirstOrDefault();
        if (choice is not null)
        {
            VisitChildren(choice, context, cancellationToken);
        }
    }

    private void VisitStory(XElement element, WalkContext context, CancellationToken cancellationToken)
    {
        // A text box is its own story: its fields do not mix with those of the paragraph that anchors it.
        var (savedFields, savedCurrent) = (_fields, _current);
        (_fields, _current) = (new FieldStack(), null);
        VisitChildren(element, context, cancellationToken);
        (_fields, _current) = (savedFields, savedCurrent);
    }

    private void VisitParagraph(XElement paragraph, WalkContext context, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var text = new ParagraphText(++_paragraphCount);
        _text?.AddParagraph(paragraph);
        var slot = _blocks.Count;
        _blocks.Add(null);
        var saved = _current;
        _current = text;
        VisitChildren(paragraph, context, cancellationToken);
        _fields.OnParagraphEnd();
        _current = saved;
        var (kind, level) = Classify(paragraph, context);
        _blocks[slot] = text.ToBlock(kind, _part, level);
    }

    private (BlockKind Kind, int Level) Classify(XElement paragraph, WalkContext context)
    {
        if (_partKind is { } partKind)
        {
            return (partKind, 0);
        }

        if (context.Container is { } container)
        {
            return (container, 0);
        }

        var pPr = paragraph.Element(_w + "pPr");
        var styleId = WordXml.ChildValue(pPr, _w, "pStyle");
        var outline = StyleCatalog.ParseInt(WordXml.ChildValue(pPr, _w, "outlineLvl"));
        var heading = outline is { } direct ? (direct is >= 0 and <= 8 ? direct + 1 : null) : _styles.HeadingLevel(styleId);
        if (heading is { } headingLevel)
        {
            return (BlockKind.Heading, headingLevel);
        }

        var numPr = pPr?.Element(_w + "numPr");
        var numId = WordXml.ChildValue(numPr, _w, "numId");
        if ((numId is not null && numId != "0") || (numPr is null && _styles.IsNumbered(styleId)))
        {
            var ilvl = StyleCatalog.ParseInt(WordXml.ChildValue(numPr, _w, "ilvl")) ?? 0;
            return (BlockKind.ListItem, Math.Clamp(ilvl, 0, 8) + 1);
        }

        return context.InBlockContentControl ? (BlockKind.ContentControl, 0) : (BlockKind.Paragraph, 0);
    }

    private void AppendText(string text, XElement source, WalkContext context)
    {
        if (_current is not null && !context.Deleted && _fields.ReadsText && text.Length > 0)
        {
            _text?.Add(_current.Number, source, _current.Length, text);
            _current.Append(text);
        }
    }

    private string SymbolText(XElement symbol)
    {
        var code = symbol.Attribute(_w + "char")?.Value;
        if (!int.TryParse(code, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value) || value <= 0 || value > 0xFFFF)
        {
            return string.Empty;
        }

        // Symbol fonts use the private use area (F020-F0FF); those glyphs have no meaningful character.
        var character = (char)value;
        return char.IsControl(character) || char.IsSurrogate(character) || (value >= 0xE000 && value <= 0xF8FF)
            ? string.Empty
            : character.ToString();
    }

    // A drawing's description (its alternative text, or else its title) is published with it: a block of its own,
    // after the paragraph that holds it, pointing at the place of the drawing in that paragraph.
    private void AddImageText(XElement docPr)
    {
        var text = (docPr.Attribute("descr")?.Value is { Length: > 0 } descr ? descr : docPr.Attribute("title")?.Value)?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        var map = new SourceMapBuilder().Append(text, Here, sourceLength: 0).ToSourceMap();
        _blocks.Add(new Block(BlockKind.ImageText, _part, text, map));
    }

    private bool IsSeparatorNote(XElement note) =>
        note.Attribute(_w + "type")?.Value is "separator" or "continuationSeparator" or "continuationNotice";

    private void NoteComment(Dictionary<string, SourcePosition> positions, XElement marker)
    {
        var id = marker.Attribute(_w + "id")?.Value;
        if (id is not null)
        {
            positions.TryAdd(id, Here);
        }
    }

    private readonly record struct WalkContext(bool Deleted, BlockKind? Container, bool InBlockContentControl);
}
