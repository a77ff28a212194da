using System.Globalization;
using DocumentFormat.OpenXml;
using PublicityCheck.Documents.Word;

namespace PublicityCheck.Annotation;

/// <summary>
/// The Word reader's location scheme, walked over an editable Open XML part: numbers every <c>w:p</c> in pre-order
/// (skipping what the reader skips) and lists, for each, the elements that give its extracted text. It mirrors
/// <c>PartWalker</c> rule for rule (tracked changes accepted, field results only, the first <c>mc:Choice</c>), so a
/// finding's paragraph and column find the same characters here.
/// </summary>
internal sealed class PartTextMap
{
    private const string Mc = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    private readonly string _w;
    private readonly List<OpenXmlElement> _paragraphs = [];
    private readonly List<List<TextPiece>> _pieces = [];
    private FieldStack _fields = new();
    private int _current = -1;

    private PartTextMap(OpenXmlElement root)
    {
        _w = root.NamespaceUri;
        Visit(root, deleted: false);
    }

    /// <summary>How many paragraphs the part has.</summary>
    public int ParagraphCount => _paragraphs.Count;

    /// <summary>Maps <paramref name="root"/> as it is now.</summary>
    public static PartTextMap Build(OpenXmlElement root) => new(root);

    /// <summary>The paragraph with 1-based number <paramref name="number"/>, or null.</summary>
    public OpenXmlElement? Paragraph(int number) => number >= 1 && number <= _paragraphs.Count ? _paragraphs[number - 1] : null;

    /// <summary>The text pieces of paragraph <paramref name="number"/>, in text order.</summary>
    public IReadOnlyList<TextPiece> Pieces(int number) => number >= 1 && number <= _pieces.Count ? _pieces[number - 1] : [];

    private void Visit(OpenXmlElement element, bool deleted)
    {
        if (element.NamespaceUri == Mc)
        {
            VisitMarkupCompatibility(element, deleted);
            return;
        }

        if (element.NamespaceUri != _w)
        {
            VisitChildren(element, deleted);
            return;
        }

        switch (element.LocalName)
        {
            case "p":
                VisitParagraph(element, deleted);
                break;
            case "t":
                Add(element, element.InnerText.Length, deleted);
                break;
            case "tab" or "ptab" or "br" or "cr" or "noBreakHyphen":
                Add(element, 1, deleted);
                break;
            case "sym":
                Add(element, SymbolLength(element), deleted);
                break;
            case "fldChar" when !deleted:
                _fields.OnFieldChar(Attribute(element, "fldCharType"));
                break;
            case "del" or "moveFrom":
                VisitChildren(element, deleted: true);
                break;
            case "tr":
                var rowDeleted = element.ChildElements.Any(c => c.LocalName == "trPr" && c.ChildElements.Any(d => d.LocalName == "del"));
                VisitChildren(element, deleted || rowDeleted);
                break;
            case "txbxContent":
                VisitStory(element, deleted);
                break;
            case "footnote" or "endnote" when Attribute(element, "type") is "separator" or "continuationSeparator" or "continuationNotice":
                VisitChildren(element, deleted: true);
                break;
            case "softHyphen" or "delText" or "instrText" or "delInstrText" or "pPr" or "rPr" or "tblPr" or "trPr" or "tcPr"
                or "sectPr" or "sdtPr" or "sdtEndPr" or "tblGrid" or "tblPrEx" or "customXmlPr" or "smartTagPr" or "fldData":
                break;
            default:
                VisitChildren(element, deleted);
                break;
        }
    }

    private void VisitChildren(OpenXmlElement element, bool deleted)
    {
        foreach (var child in element.ChildElements)
        {
            Visit(child, deleted);
        }
    }

    private void VisitMarkupCompatibility(OpenXmlElement element, bool deleted)
    {
        if (element.LocalName != "AlternateContent")
        {
            VisitChildren(element, deleted);
            return;
        }

        var choice = element.ChildElements.FirstOrDefault(c => c.LocalName == "Choice") ?? element.ChildElements.FirstOrDefault(c => c.LocalName == "Fallback");
        if (choice is not null)
        {
            VisitChildren(choice, deleted);
        }
    }

    private void VisitStory(OpenXmlElement element, bool deleted)
    {
        var (savedFields, savedCurrent) = (_fields, _current);
        (_fields, _current) = (new FieldStack(), -1);
        VisitChildren(element, deleted);
        (_fields, _current) = (savedFields, savedCurrent);
    }

    private void VisitParagraph(OpenXmlElement paragraph, bool deleted)
    {
        _paragraphs.Add(paragraph);
        _pieces.Add([]);
        var saved = _current;
        _current = _paragraphs.Count - 1;
        VisitChildren(paragraph, deleted);
        _fields.OnParagraphEnd();

        _current = saved;
    }

    private void Add(OpenXmlElement element, int length, bool deleted)
    {
        if (_current < 0 || deleted || !_fields.ReadsText || length == 0)
        {
            return;
        }

        var pieces = _pieces[_current];
        var start = pieces.Count == 0 ? 0 : pieces[^1].End;
        pieces.Add(new TextPiece(element, start, length));
    }

    private string? Attribute(OpenXmlElement element, string localName) =>
        element.GetAttributes().FirstOrDefault(a => a.LocalName == localName && a.NamespaceUri == _w).Value;

    private int SymbolLength(OpenXmlElement symbol)
    {
        var code = Attribute(symbol, "char");
        if (!int.TryParse(code, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value) || value <= 0 || value > 0xFFFF)
        {
            return 0;
        }

        var character = (char)value;
        return char.IsControl(character) || char.IsSurrogate(character) || (value >= 0xE000 && value <= 0xF8FF) ? 0 : 1;
    }
}
