using System.IO.Compression;
using System.Text;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Tests.Hostile;

/// <summary>
/// Builds deeply nested XML and Word packages with one part replaced by it. Elements are named by letters in a
/// fixed pseudo-random order, so that a part nested half a million deep does not compress past the zip bomb ratio
/// and is refused for its depth, not its size.
/// </summary>
internal static class DeepNesting
{
    /// <summary>The Word reader's depth limit, restated so that a change to it shows here.</summary>
    public const int WordLimit = 512;

    /// <summary>The YAML front matter's depth limit.</summary>
    public const int YamlLimit = 64;

    /// <summary>The Markdown nesting limit.</summary>
    public const int MarkdownLimit = 128;

    private const string Letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    /// <summary><paramref name="inner"/> inside <paramref name="depth"/> nested elements.</summary>
    public static string Nested(int depth, string inner = "")
    {
        var random = new Random(depth);
        var names = new char[depth];
        for (var i = 0; i < depth; i++)
        {
            names[i] = Letters[random.Next(Letters.Length)];
        }

        var xml = new StringBuilder((depth * 7) + inner.Length);
        foreach (var name in names)
        {
            xml.Append('<').Append(name).Append('>');
        }

        xml.Append(inner);
        for (var i = depth - 1; i >= 0; i--)
        {
            xml.Append("</").Append(names[i]).Append('>');
        }

        return xml.ToString();
    }

    /// <summary>
    /// A release with a header, footer, footnote, comment, styles, core, custom and cover page properties, whose
    /// <paramref name="part"/> is replaced by one of that part's kind nesting <paramref name="depth"/> deep.
    /// </summary>
    public static byte[] Package(DeepPart part, int depth)
    {
        var original = new WordDocumentBuilder()
            .Paragraph("The council will freeze parking charges, said Councillor Ashworth.")
            .Body(WordDocumentBuilder.P(WordDocumentBuilder.CommentStart(1), WordDocumentBuilder.Run("Parking"), WordDocumentBuilder.CommentEnd(1)))
            .Header("Wreake Valley Borough Council")
            .Footer("Press office")
            .Footnote("Figures from the 2025 budget.")
            .Comment(1, "Checked by legal.")
            .Styles($"<w:styles {WordDocumentBuilder.Namespaces}><w:style w:type=\"paragraph\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style></w:styles>")
            .Title("Parking charges frozen")
            .CustomProperty("Category", "general")
            .CoverPublishDate("2026-03-02")
            .Build();
        var nested = Nested(depth, "<w:p><w:r><w:t>Deep.</w:t></w:r></w:p>");
        const string ns = WordDocumentBuilder.Namespaces;
        var (match, xml) = part switch
        {
            DeepPart.Body => ((Func<string, bool>)(n => n == "word/document.xml"), $"<w:document {ns}><w:body><w:p><w:r><w:t>Kept.</w:t></w:r></w:p>{nested}<w:sectPr/></w:body></w:document>"),
            DeepPart.Header => (n => n.StartsWith("word/header", StringComparison.Ordinal), $"<w:hdr {ns}>{nested}</w:hdr>"),
            DeepPart.Footer => (n => n.StartsWith("word/footer", StringComparison.Ordinal), $"<w:ftr {ns}>{nested}</w:ftr>"),
            DeepPart.Footnotes => (n => n.StartsWith("word/footnotes", StringComparison.Ordinal), $"<w:footnotes {ns}><w:footnote w:id=\"1\">{nested}</w:footnote></w:footnotes>"),
            DeepPart.Comments => (n => n.StartsWith("word/comments", StringComparison.Ordinal), $"<w:comments {ns}><w:comment w:id=\"1\" w:author=\"A\">{nested}</w:comment></w:comments>"),
            DeepPart.Styles => (n => n.StartsWith("word/styles", StringComparison.Ordinal), $"<w:styles {ns}>{nested}</w:styles>"),
            DeepPart.CoreProperties => (n => n.EndsWith(".psmdcp", StringComparison.Ordinal) || n == "docProps/core.xml",
                $"<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>Parking</dc:title>{nested}</cp:coreProperties>"),
            DeepPart.CustomProperties => (n => n.StartsWith("docProps/custom", StringComparison.Ordinal), $"<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\">{nested}</Properties>"),
            DeepPart.CoverPage => (n => n.StartsWith("customXml/item", StringComparison.Ordinal) && !n.Contains("Props", StringComparison.Ordinal) && n.EndsWith(".xml", StringComparison.Ordinal),
                $"<CoverPageProperties xmlns=\"http://schemas.microsoft.com/office/2006/coverPageProps\">{nested}</CoverPageProperties>"),
            _ => throw new ArgumentOutOfRangeException(nameof(part)),
        };
        return Replace(original, match, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + xml);
    }

    /// <summary>The entry of <paramref name="package"/> that <paramref name="match"/> picks, with <paramref name="xml"/> in its place.</summary>
    public static byte[] Replace(byte[] package, Func<string, bool> match, string xml) => Replace(package, match, new UTF8Encoding(false).GetBytes(xml));

    /// <summary>The entry of <paramref name="package"/> that <paramref name="match"/> picks, with <paramref name="content"/> in its place.</summary>
    public static byte[] Replace(byte[] package, Func<string, bool> match, byte[] content)
    {
        using var stream = new MemoryStream();
        stream.Write(package);
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entries = archive.Entries.Where(e => match(e.FullName)).ToList();
            var entry = Assert.Single(entries);
            var name = entry.FullName;
            entry.Delete();
            using var writer = archive.CreateEntry(name, CompressionLevel.Fastest).Open();
            writer.Write(content);
        }

        return stream.ToArray();
    }

    /// <summary>The entry names of <paramref name="package"/>, for a failing test's message.</summary>
    public static string Entries(byte[] package)
    {
        using var archive = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        return string.Join(", ", archive.Entries.Select(e => e.FullName));
    }
}

/// <summary>Which part of a package <see cref="DeepNesting.Package"/> replaces.</summary>
public enum DeepPart
{
    Body,
    Header,
    Footer,
    Footnotes,
    Comments,
    Styles,
    CoreProperties,
    CustomProperties,
    CoverPage,
}
