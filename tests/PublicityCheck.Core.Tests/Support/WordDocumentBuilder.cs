using System.Globalization;
using System.Security;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace PublicityCheck.Tests.Support;

/// <summary>
/// Builds real Word packages with the Open XML SDK for reader tests. Body content is given as WordprocessingML
/// snippets (the helpers below write the common ones), so that tests can state exactly the XML Word would write.
/// </summary>
internal sealed class WordDocumentBuilder
{
    /// <summary>The namespace declarations every part's root carries.</summary>
    public const string Namespaces =
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" " +
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" " +
        "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" " +
        "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" " +
        "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" " +
        "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" " +
        "xmlns:v=\"urn:schemas-microsoft-com:vml\"";

    private readonly StringBuilder _body = new();
    private readonly List<string> _headers = [];
    private readonly List<string> _footers = [];
    private readonly List<string> _footnotes = [];
    private readonly List<(int Id, string Text)> _comments = [];
    private readonly Dictionary<string, string> _customProperties = [];
    private string? _title;
    private string? _coverPublishDate;
    private DateTime? _created;
    private DateTime? _modified;
    private string? _rawHeader;
    private string? _styles;

    /// <summary>Whether to save as a macro-enabled document (<c>.docm</c>).</summary>
    public bool MacroEnabled { get; init; }

    /// <summary>A run of text.</summary>
    public static string Run(string text) => $"<w:r><w:t xml:space=\"preserve\">{SecurityElement.Escape(text)}</w:t></w:r>";

    /// <summary>A paragraph of the given runs or other run-level content.</summary>
    public static string P(params string[] content) => $"<w:p>{string.Concat(content)}</w:p>";

    /// <summary>A paragraph with a style.</summary>
    public static string StyledP(string styleId, string text) =>
        $"<w:p><w:pPr><w:pStyle w:val=\"{styleId}\"/></w:pPr>{Run(text)}</w:p>";

    /// <summary>A tracked insertion.</summary>
    public static string Ins(string text) => $"<w:ins w:id=\"{Next()}\" w:author=\"Press Office\" w:date=\"2026-03-02T09:00:00Z\">{Run(text)}</w:ins>";

    /// <summary>A tracked deletion.</summary>
    public static string Del(string text) =>
        $"<w:del w:id=\"{Next()}\" w:author=\"Press Office\" w:date=\"2026-03-02T09:00:00Z\"><w:r><w:delText xml:space=\"preserve\">{SecurityElement.Escape(text)}</w:delText></w:r></w:del>";

    /// <summary>A complex field with code <paramref name="code"/> and result <paramref name="result"/> (no separator when null).</summary>
    public static string Field(string code, string? result) =>
        "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>" +
        $"<w:r><w:instrText xml:space=\"preserve\"> {SecurityElement.Escape(code)} </w:instrText></w:r>" +
        (result is null ? string.Empty : $"<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>{Run(result)}") +
        "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";

    /// <summary>A text box as Word writes it: a DrawingML choice and a VML fallback holding the same paragraphs.</summary>
    public static string TextBox(params string[] paragraphs)
    {
        var content = $"<w:txbxContent>{string.Concat(paragraphs)}</w:txbxContent>";
        return "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\">" +
            $"<wps:wsp><wps:txbx>{content}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>" +
            $"<mc:Fallback><w:pict><v:shape><v:textbox>{content}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>";
    }

    /// <summary>An inline picture whose alternative text (the drawing's description) is <paramref name="altText"/>.</summary>
    public static string Picture(string altText) =>
        "<w:r><w:drawing><wp:inline><wp:extent cx=\"2000000\" cy=\"1500000\"/>" +
        $"<wp:docPr id=\"1\" name=\"Picture 1\" descr=\"{SecurityElement.Escape(altText)}\"/>" +
        "<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"/></a:graphic></wp:inline></w:drawing></w:r>";

    /// <summary>A table of one row per array, one cell per string (each cell holding the given paragraph XML).</summary>
    public static string Table(params string[][] rows) =>
        "<w:tbl><w:tblPr/><w:tblGrid/>" +
        string.Concat(rows.Select(row => "<w:tr>" + string.Concat(row.Select(cell => $"<w:tc><w:tcPr/>{cell}</w:tc>")) + "</w:tr>")) +
        "</w:tbl>";

    /// <summary>Adds body XML (paragraphs, tables, content controls).</summary>
    public WordDocumentBuilder Body(params string[] xml)
    {
        foreach (var item in xml)
        {
            _body.Append(item);
        }

        return this;
    }

    /// <summary>Adds a plain paragraph.</summary>
    public WordDocumentBuilder Paragraph(string text) => Body(P(Run(text)));

    /// <summary>Adds a header part holding one paragraph.</summary>
    public WordDocumentBuilder Header(string text) => Add(_headers, P(Run(text)));

    /// <summary>Adds a header part holding the given paragraph and table XML.</summary>
    public WordDocumentBuilder HeaderContent(params string[] xml) => Add(_headers, string.Concat(xml));

    /// <summary>Adds a header part whose XML is given as is (possibly malformed).</summary>
    public WordDocumentBuilder RawHeader(string xml)
    {
        _rawHeader = xml;
        return this;
    }

    /// <summary>Adds a footer part holding one paragraph.</summary>
    public WordDocumentBuilder Footer(string text) => Add(_footers, P(Run(text)));

    /// <summary>Adds a footer part holding the given paragraph and table XML.</summary>
    public WordDocumentBuilder FooterContent(params string[] xml) => Add(_footers, string.Concat(xml));

    /// <summary>Adds a footnote holding one paragraph.</summary>
    public WordDocumentBuilder Footnote(string text) => Add(_footnotes, P(Run(text)));

    /// <summary>Adds a footnote holding the given paragraph XML.</summary>
    public WordDocumentBuilder FootnoteContent(params string[] xml) => Add(_footnotes, string.Concat(xml));

    /// <summary>Adds a reviewer comment; anchor it in the body with <see cref="CommentStart"/> and <see cref="CommentEnd"/>.</summary>
    public WordDocumentBuilder Comment(int id, string text)
    {
        _comments.Add((id, text));
        return this;
    }

    /// <summary>Adds a styles part whose XML (a <c>w:styles</c> element) is given as is.</summary>
    public WordDocumentBuilder Styles(string xml)
    {
        _styles = xml;
        return this;
    }

    /// <summary>Sets the core title property.</summary>
    public WordDocumentBuilder Title(string title)
    {
        _title = title;
        return this;
    }

    /// <summary>Adds a custom document property.</summary>
    public WordDocumentBuilder CustomProperty(string name, string value)
    {
        _customProperties[name] = value;
        return this;
    }

    /// <summary>Sets the core properties' created and last-saved times (UTC).</summary>
    public WordDocumentBuilder Saved(DateTime? created, DateTime? modified)
    {
        _created = created;
        _modified = modified;
        return this;
    }

    /// <summary>Sets the cover page's publish date.</summary>
    public WordDocumentBuilder CoverPublishDate(string date)
    {
        _coverPublishDate = date;
        return this;
    }

    /// <summary>The start of comment <paramref name="id"/>'s range.</summary>
    public static string CommentStart(int id) => $"<w:commentRangeStart w:id=\"{id}\"/>";

    /// <summary>The end of comment <paramref name="id"/>'s range, with its reference run.</summary>
    public static string CommentEnd(int id) => $"<w:commentRangeEnd w:id=\"{id}\"/><w:r><w:commentReference w:id=\"{id}\"/></w:r>";

    /// <summary>The package's bytes.</summary>
    public byte[] Build()
    {
        using var stream = new MemoryStream();
        var type = MacroEnabled ? WordprocessingDocumentType.MacroEnabledDocument : WordprocessingDocumentType.Document;
        using (var document = WordprocessingDocument.Create(stream, type))
        {
            var main = document.AddMainDocumentPart();
            if (_styles is not null)
            {
                Feed(main.AddNewPart<StyleDefinitionsPart>(), _styles);
            }

            var sectionReferences = new StringBuilder();
            foreach (var header in _headers)
            {
                var part = main.AddNewPart<HeaderPart>();
                Feed(part, $"<w:hdr {Namespaces}>{header}</w:hdr>");
                sectionReferences.Append(CultureInfo.InvariantCulture, $"<w:headerReference w:type=\"default\" r:id=\"{main.GetIdOfPart(part)}\"/>");
            }

            if (_rawHeader is not null)
            {
                Feed(main.AddNewPart<HeaderPart>(), _rawHeader);
            }

            foreach (var footer in _footers)
            {
                var part = main.AddNewPart<FooterPart>();
                Feed(part, $"<w:ftr {Namespaces}>{footer}</w:ftr>");
                sectionReferences.Append(CultureInfo.InvariantCulture, $"<w:footerReference w:type=\"default\" r:id=\"{main.GetIdOfPart(part)}\"/>");
            }

            Feed(main, $"<w:document {Namespaces}><w:body>{_body}<w:sectPr>{sectionReferences}</w:sectPr></w:body></w:document>");
            AddNotesAndComments(main);
            AddProperties(document, main);
        }

        return stream.ToArray();
    }

    /// <summary>Saves the package to <paramref name="path"/> and returns the path.</summary>
    public string Save(string path)
    {
        File.WriteAllBytes(path, Build());
        return path;
    }

    private static int _nextId;

    private static int Next() => Interlocked.Increment(ref _nextId);

    private static void Feed(OpenXmlPart part, string xml)
    {
        using var data = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        part.FeedData(data);
    }

    private void AddNotesAndComments(MainDocumentPart main)
    {
        if (_footnotes.Count > 0)
        {
            var notes = new StringBuilder($"<w:footnotes {Namespaces}>");
            notes.Append("<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>");
            notes.Append("<w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>");
            for (var i = 0; i < _footnotes.Count; i++)
            {
                notes.Append(CultureInfo.InvariantCulture, $"<w:footnote w:id=\"{i + 1}\">{_footnotes[i]}</w:footnote>");
            }

            Feed(main.AddNewPart<FootnotesPart>(), notes.Append("</w:footnotes>").ToString());
        }

        if (_comments.Count > 0)
        {
            var comments = new StringBuilder($"<w:comments {Namespaces}>");
            foreach (var (id, text) in _comments)
            {
                comments.Append(CultureInfo.InvariantCulture, $"<w:comment w:id=\"{id}\" w:author=\"Communications Team\" w:initials=\"CT\">{P(Run(text))}</w:comment>");
            }

            Feed(main.AddNewPart<WordprocessingCommentsPart>(), comments.Append("</w:comments>").ToString());
        }
    }

    private void AddProperties(WordprocessingDocument document, MainDocumentPart main)
    {
        if (_title is not null)
        {
            document.PackageProperties.Title = _title;
        }

        if (_created is not null)
        {
            document.PackageProperties.Created = _created;
        }

        if (_modified is not null)
        {
            document.PackageProperties.Modified = _modified;
        }

        if (_customProperties.Count > 0)
        {
            var custom = new StringBuilder("<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\" xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">");
            var pid = 2;
            foreach (var (name, value) in _customProperties)
            {
                custom.Append(CultureInfo.InvariantCulture, $"<property fmtid=\"{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}\" pid=\"{pid++}\" name=\"{SecurityElement.Escape(name)}\"><vt:lpwstr>{SecurityElement.Escape(value)}</vt:lpwstr></property>");
            }

            Feed(document.AddCustomFilePropertiesPart(), custom.Append("</Properties>").ToString());
        }

        if (_coverPublishDate is not null)
        {
            var part = main.AddCustomXmlPart(CustomXmlPartType.CustomXml);
            Feed(part, $"<CoverPageProperties xmlns=\"http://schemas.microsoft.com/office/2006/coverPageProps\"><PublishDate>{_coverPublishDate}</PublishDate><Abstract/></CoverPageProperties>");
        }
    }

    private WordDocumentBuilder Add(List<string> list, string text)
    {
        list.Add(text);
        return this;
    }
}
