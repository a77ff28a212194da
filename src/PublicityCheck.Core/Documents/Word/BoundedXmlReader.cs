using System.Globalization;
using System.Xml;

namespace PublicityCheck.Documents.Word;

/// <summary>
/// An <see cref="XmlReader"/> over another that refuses a part at <see cref="WordXml.MaxDepth"/> levels of nesting
/// or <see cref="WordXml.MaxNodes"/> nodes and attributes, as it reads: whatever builds a tree from it (an
/// <c>XDocument</c>) stops there, before the tree is any deeper or larger. It also observes a cancellation token
/// every few thousand nodes, so a server's time limit can stop the load of a large part.
/// </summary>
internal sealed class BoundedXmlReader : XmlReader, IXmlLineInfo
{
    private const int CancellationInterval = 4096;

    private readonly XmlReader _inner;
    private readonly string _part;
    private readonly CancellationToken _cancellationToken;
    private long _nodes;

    /// <summary>Wraps <paramref name="inner"/>, reading part <paramref name="part"/> (named in refusals).</summary>
    public BoundedXmlReader(XmlReader inner, string part, CancellationToken cancellationToken)
    {
        _inner = inner;
        _part = part;
        _cancellationToken = cancellationToken;
    }

    /// <inheritdoc/>
    public override int AttributeCount => _inner.AttributeCount;

    /// <inheritdoc/>
    public override string BaseURI => _inner.BaseURI;

    /// <inheritdoc/>
    public override int Depth => _inner.Depth;

    /// <inheritdoc/>
    public override bool EOF => _inner.EOF;

    /// <inheritdoc/>
    public override bool HasValue => _inner.HasValue;

    /// <inheritdoc/>
    public override bool IsDefault => _inner.IsDefault;

    /// <inheritdoc/>
    public override bool IsEmptyElement => _inner.IsEmptyElement;

    /// <inheritdoc/>
    public override string LocalName => _inner.LocalName;

    /// <inheritdoc/>
    public override string Name => _inner.Name;

    /// <inheritdoc/>
    public override string NamespaceURI => _inner.NamespaceURI;

    /// <inheritdoc/>
    public override XmlNameTable NameTable => _inner.NameTable;

    /// <inheritdoc/>
    public override XmlNodeType NodeType => _inner.NodeType;

    /// <inheritdoc/>
    public override string Prefix => _inner.Prefix;

    /// <inheritdoc/>
    public override char QuoteChar => _inner.QuoteChar;

    /// <inheritdoc/>
    public override ReadState ReadState => _inner.ReadState;

    /// <inheritdoc/>
    public override XmlReaderSettings? Settings => _inner.Settings;

    /// <inheritdoc/>
    public override string Value => _inner.Value;

    /// <inheritdoc/>
    public override string XmlLang => _inner.XmlLang;

    /// <inheritdoc/>
    public override XmlSpace XmlSpace => _inner.XmlSpace;

    /// <inheritdoc/>
    public int LineNumber => _inner is IXmlLineInfo info ? info.LineNumber : 0;

    /// <inheritdoc/>
    public int LinePosition => _inner is IXmlLineInfo info ? info.LinePosition : 0;

    /// <summary>The refusal of part <paramref name="part"/> for nesting past <see cref="WordXml.MaxDepth"/>.</summary>
    public static string DepthReason(string part) =>
        string.Create(CultureInfo.InvariantCulture, $"the part '{part}' nests elements more than {WordXml.MaxDepth} deep (Word nests tables at most 63 deep)");

    /// <summary>The refusal of part <paramref name="part"/> for more than <see cref="WordXml.MaxNodes"/> nodes.</summary>
    public static string NodesReason(string part) =>
        string.Create(CultureInfo.InvariantCulture, $"the part '{part}' holds more than {WordXml.MaxNodes:N0} XML elements and attributes");

    /// <inheritdoc/>
    public bool HasLineInfo() => _inner is IXmlLineInfo info && info.HasLineInfo();

    /// <inheritdoc/>
    public override bool Read()
    {
        if (!_inner.Read())
        {
            return false;
        }

        _nodes += 1 + (_inner.NodeType == XmlNodeType.Element ? _inner.AttributeCount : 0);
        if (_nodes % CancellationInterval == 0)
        {
            _cancellationToken.ThrowIfCancellationRequested();
        }

        if (_inner.NodeType == XmlNodeType.Element && _inner.Depth >= WordXml.MaxDepth)
        {
            throw new XmlLimitException(DepthReason(_part));
        }

        if (_nodes > WordXml.MaxNodes)
        {
            throw new XmlLimitException(NodesReason(_part));
        }

        return true;
    }

    /// <inheritdoc/>
    public override string GetAttribute(int i) => _inner.GetAttribute(i);

    /// <inheritdoc/>
    public override string? GetAttribute(string name) => _inner.GetAttribute(name);

    /// <inheritdoc/>
    public override string? GetAttribute(string name, string? namespaceURI) => _inner.GetAttribute(name, namespaceURI);

    /// <inheritdoc/>
    public override string? LookupNamespace(string prefix) => _inner.LookupNamespace(prefix);

    /// <inheritdoc/>
    public override void MoveToAttribute(int i) => _inner.MoveToAttribute(i);

    /// <inheritdoc/>
    public override bool MoveToAttribute(string name) => _inner.MoveToAttribute(name);

    /// <inheritdoc/>
    public override bool MoveToAttribute(string name, string? ns) => _inner.MoveToAttribute(name, ns);

    /// <inheritdoc/>
    public override bool MoveToElement() => _inner.MoveToElement();

    /// <inheritdoc/>
    public override bool MoveToFirstAttribute() => _inner.MoveToFirstAttribute();

    /// <inheritdoc/>
    public override bool MoveToNextAttribute() => _inner.MoveToNextAttribute();

    /// <inheritdoc/>
    public override bool ReadAttributeValue() => _inner.ReadAttributeValue();

    /// <inheritdoc/>
    public override void ResolveEntity() => _inner.ResolveEntity();

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
