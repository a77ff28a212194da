using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace PublicityCheck.Benchmarks.Generation;

/// <summary>
/// Writes a generated release as a real Word document: the headline in Heading 1, a <c>Date:</c> line, body
/// paragraphs, quotations set out in the Quote style, numbered notes to editors, and the title and dates in the
/// core properties. The same release always gives the same bytes.
/// </summary>
public static class WordReleaseWriter
{
    private const string MainContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private static readonly DateTime _zipTime = new(2026, 1, 1, 9, 0, 0, DateTimeKind.Local);

    /// <summary>The release as the bytes of a <c>.docx</c> file.</summary>
    public static byte[] ToDocx(GeneratedRelease release)
    {
        ArgumentNullException.ThrowIfNull(release);
        using var memory = new MemoryStream();
        using (var document = WordprocessingDocument.Create(memory, WordprocessingDocumentType.Document))
        {
            // Parts are added with ids of our own, and the core properties written as XML, because the package
            // library would otherwise name them with random ids and the bytes would differ from run to run.
            var main = document.AddNewPart<MainDocumentPart>(MainContentType, "rIdMain");
            var core = document.AddNewPart<CoreFilePropertiesPart>("rIdCore");
            using (var stream = core.GetStream(FileMode.Create))
            {
                WriteCoreProperties(stream, release);
            }

            var styles = main.AddNewPart<StyleDefinitionsPart>("rIdStyles");
            styles.Styles = Styles();
            var body = new Body();
            var note = 0;
            foreach (var part in release.Parts)
            {
                note = part.Kind == ReleasePartKind.Note ? note + 1 : 0;
                body.Append(part.Kind switch
                {
                    ReleasePartKind.Headline => Paragraph(part.Text, "Heading1"),
                    ReleasePartKind.Heading => Paragraph(part.Text, "Heading2"),
                    ReleasePartKind.BlockQuote => Paragraph(part.Text, "Quote"),
                    ReleasePartKind.Note => Paragraph($"{note}. {part.Text}", "ListParagraph"),
                    _ => Paragraph(part.Text, null),
                });
            }

            body.Append(new SectionProperties(
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1440, Right = 1440U, Bottom = 1440, Left = 1440U, Header = 708U, Footer = 708U, Gutter = 0U }));
            main.Document = new Document(body);
        }

        return WithFixedTimes(memory.ToArray());
    }

    private static void WriteCoreProperties(Stream stream, GeneratedRelease release)
    {
        const string Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        const string Dc = "http://purl.org/dc/elements/1.1/";
        const string Terms = "http://purl.org/dc/terms/";
        const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";
        var written = release.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T09:00:00Z";
        using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) });
        xml.WriteStartDocument(standalone: true);
        xml.WriteStartElement("cp", "coreProperties", Cp);
        xml.WriteAttributeString("xmlns", "dc", null, Dc);
        xml.WriteAttributeString("xmlns", "dcterms", null, Terms);
        xml.WriteAttributeString("xmlns", "xsi", null, Xsi);
        xml.WriteElementString("dc", "title", Dc, release.Title);
        xml.WriteElementString("dc", "creator", Dc, "Communications Team");
        foreach (var name in new[] { "created", "modified" })
        {
            xml.WriteStartElement("dcterms", name, Terms);
            xml.WriteAttributeString("xsi", "type", Xsi, "dcterms:W3CDTF");
            xml.WriteString(written);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static Paragraph Paragraph(string text, string? style)
    {
        var paragraph = new Paragraph();
        if (style is not null)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        paragraph.Append(new Run(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        return paragraph;
    }

    private static Styles Styles() =>
        new(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = "Arial", HighAnsi = "Arial", ComplexScript = "Arial" },
                    new FontSize { Val = "22" },
                    new Languages { Val = "en-GB" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "160", Line = "259", LineRule = LineSpacingRuleValues.Auto }))),
            Style("Normal", "Normal", basedOn: null, size: null, bold: false, italic: false, isDefault: true),
            Style("Heading1", "heading 1", "Normal", size: "32", bold: true, italic: false),
            Style("Heading2", "heading 2", "Normal", size: "26", bold: true, italic: false),
            Style("Quote", "Quote", "Normal", size: null, bold: false, italic: true),
            Style("ListParagraph", "List Paragraph", "Normal", size: null, bold: false, italic: false));

    private static Style Style(string id, string name, string? basedOn, string? size, bool bold, bool italic, bool isDefault = false)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = OnOffValue.FromBoolean(true);
        }

        style.Append(new StyleName { Val = name });
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
            style.Append(new NextParagraphStyle { Val = "Normal" });
        }

        style.Append(new PrimaryStyle());
        if (id == "Quote")
        {
            style.Append(new StyleParagraphProperties(new Indentation { Left = "720", Right = "720" }));
        }

        var run = new StyleRunProperties();
        if (bold)
        {
            run.Append(new Bold());
        }

        if (italic)
        {
            run.Append(new Italic());
        }

        if (size is not null)
        {
            run.Append(new FontSize { Val = size });
        }

        if (run.HasChildren)
        {
            style.Append(run);
        }

        return style;
    }

    /// <summary>Gives every entry of the package the same time, so that the file's bytes depend only on the release.</summary>
    private static byte[] WithFixedTimes(byte[] package)
    {
        using var memory = new MemoryStream();
        memory.Write(package);
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Update, leaveOpen: true))
        {
            foreach (var entry in zip.Entries)
            {
                entry.LastWriteTime = _zipTime;
            }
        }

        return memory.ToArray();
    }
}
