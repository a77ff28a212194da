using System.Xml;
using System.Xml.Linq;

namespace PublicityCheck.Documents.Word;

/// <summary>The XML namespaces of WordprocessingML and a safe, bounded way to read a part's XML.</summary>
internal static class WordXml
{
    /// <summary>
    /// The deepest nesting of XML elements read in any part: far beyond what Word writes (tables nest at most 63
    /// deep), far short of the stack's end. A part nested deeper is refused as it is read, before any tree is built.
    /// </summary>
    public const int MaxDepth = 512;

    /// <summary>
    /// The most XML nodes (elements, text and other nodes) and attributes read in one part: nearly five times the
    /// largest real part seen (some 860,000, the body of a 460 KB document of many tables), so that no part can
    /// build a tree of unbounded size or take unbounded time.
    /// </summary>
    public const long MaxNodes = 4_000_000;

    /// <summary>WordprocessingML, transitional.</summary>
    public static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>WordprocessingML, strict.</summary>
    public static readonly XNamespace StrictW = "http://purl.oclc.org/ooxml/wordprocessingml/main";

    /// <summary>Markup compatibility (<c>mc:AlternateContent</c>).</summary>
    public static readonly XNamespace Mc = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    /// <summary>
    /// Loads part <paramref name="part"/>'s XML with DTDs prohibited and no resolver, so no entity is ever expanded
    /// or fetched, refusing it at <see cref="MaxDepth"/> or <see cref="MaxNodes"/> while it is read.
    /// </summary>
    /// <exception cref="XmlLimitException">The part is nested too deep or holds too many nodes.</exception>
    /// <exception cref="XmlException">The XML is malformed or declares a DTD.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static XDocument Load(Stream stream, string part, CancellationToken cancellationToken)
    {
        using var reader = CreateReader(stream, part, cancellationToken);
        return XDocument.Load(reader, LoadOptions.PreserveWhitespace);
    }

    /// <summary>
    /// Reads part <paramref name="part"/>'s XML to its end without building anything, and returns why it would be
    /// refused (too deep, too many nodes), or null when it keeps within the limits. Malformed XML is left to the
    /// reader that loads the part, which words its own reason.
    /// </summary>
    public static string? CheckBounds(Stream stream, string part, CancellationToken cancellationToken)
    {
        try
        {
            using var reader = CreateReader(stream, part, cancellationToken);
            while (reader.Read())
            {
            }

            return null;
        }
        catch (XmlLimitException ex)
        {
            return ex.Message;
        }
        catch (XmlException)
        {
            return null;
        }
    }

    /// <summary>The WordprocessingML namespace <paramref name="root"/> uses (strict or transitional).</summary>
    public static XNamespace NamespaceOf(XElement root) => root.Name.Namespace == StrictW ? StrictW : W;

    /// <summary>The <c>w:val</c> (or <paramref name="attribute"/>) of the child <paramref name="name"/>, or null.</summary>
    public static string? ChildValue(XElement? parent, XNamespace w, string name, string attribute = "val") =>
        parent?.Element(w + name)?.Attribute(w + attribute)?.Value;

    /// <summary>Whether the error is the XML reader refusing a DTD.</summary>
    public static bool IsDtdError(XmlException exception) =>
        exception.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase);

    private static BoundedXmlReader CreateReader(Stream stream, string part, CancellationToken cancellationToken)
    {
        // An XML declaration may name a Windows code page; CodePages registered them when this assembly loaded.
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreWhitespace = false,
            CloseInput = false,
        };
        return new BoundedXmlReader(XmlReader.Create(stream, settings), part, cancellationToken);
    }
}
