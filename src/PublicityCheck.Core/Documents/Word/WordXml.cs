using System.Xml;
using System.Xml.Linq;

namespace PublicityCheck.Documents.Word;

/// <summary>The XML namespaces of WordprocessingML and a safe way to load a part's XML.</summary>
internal static class WordXml
{
    /// <summary>WordprocessingML, transitional.</summary>
    public static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>WordprocessingML, strict.</summary>
    public static readonly XNamespace StrictW = "http://purl.oclc.org/ooxml/wordprocessingml/main";

    /// <summary>Markup compatibility (<c>mc:AlternateContent</c>).</summary>
    public static readonly XNamespace Mc = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    /// <summary>Loads XML with DTDs prohibited and no resolver, so no entity is ever expanded or fetched.</summary>
    /// <exception cref="XmlException">The XML is malformed or declares a DTD.</exception>
    public static XDocument Load(Stream stream)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreWhitespace = false,
            CloseInput = false,
        };
        using var reader = XmlReader.Create(stream, settings);
        return XDocument.Load(reader, LoadOptions.PreserveWhitespace);
    }

    /// <summary>The WordprocessingML namespace <paramref name="root"/> uses (strict or transitional).</summary>
    public static XNamespace NamespaceOf(XElement root) => root.Name.Namespace == StrictW ? StrictW : W;

    /// <summary>The <c>w:val</c> (or <paramref name="attribute"/>) of the child <paramref name="name"/>, or null.</summary>
    public static string? ChildValue(XElement? parent, XNamespace w, string name, string attribute = "val") =>
        parent?.Element(w + name)?.Attribute(w + attribute)?.Value;

    /// <summary>Whether the error is the XML reader refusing a DTD.</summary>
    public static bool IsDtdError(XmlException exception) =>
        exception.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase);
}
