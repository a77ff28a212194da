using System.Collections.Immutable;
using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using PublicityCheck.Diagnostics;

namespace PublicityCheck.Documents.Word;

/// <summary>
/// Reads an opened Word package: the body, then headers, footers, footnotes and endnotes, then comments and
/// properties. The body must be readable; any other part that cannot be read is skipped and reported (PC0007).
/// </summary>
internal sealed class WordPackageReader
{
    private static readonly string[] _trackedChangeNames = ["ins", "del", "moveFrom", "moveTo", "cellIns", "cellDel"];

    private readonly string _path;
    private readonly WordprocessingDocument _document;
    private readonly CancellationToken _cancellationToken;
    private readonly List<PartWalker> _walkers = [];
    private readonly List<string> _partNames = [];
    private readonly List<string> _skipped = [];
    private int _trackedChanges;

    /// <summary>Creates a reader over an opened package.</summary>
    public WordPackageReader(string path, WordprocessingDocument document, CancellationToken cancellationToken)
    {
        _path = path;
        _document = document;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Reads the package.</summary>
    public DocumentReadResult Read()
    {
        var main = _document.MainDocumentPart;
        if (main is null)
        {
            return DocumentReadResult.Failure(_path, "it is a zip package but not a Word document: it has no main document part (word/document.xml)");
        }

        XDocument body;
        try
        {
            body = LoadPart(main);
        }
        catch (XmlException ex)
        {
            return DocumentReadResult.Failure(_path, XmlReason(main, ex));
        }

        if (body.Root is not { } root || root.Name.LocalName != "document" || WordXml.NamespaceOf(root) != root.Name.Namespace)
        {
            return DocumentReadResult.Failure(_path, $"it is not a Word document: its main part '{main.Uri}' holds '{body.Root?.Name.LocalName}', not a WordprocessingML document");
        }

        var styles = ReadStyles(main);
        ReadPart(body, DocumentParts.Body, null, styles);
        foreach (var header in OrderByName(main.HeaderParts))
        {
            ReadOptionalPart(header, null, BlockKind.Header, styles);
        }

        foreach (var footer in OrderByName(main.FooterParts))
        {
            ReadOptionalPart(footer, null, BlockKind.Footer, styles);
        }

        ReadOptionalPart(main.FootnotesPart, DocumentParts.Footnotes, BlockKind.Footnote, styles);
        ReadOptionalPart(main.EndnotesPart, DocumentParts.Endnotes, BlockKind.Endnote, styles);
        var (suppressions, reviewerComments) = ReadComments(main);
        var blocks = _walkers.SelectMany(w => w.Blocks).ToList();
        var metadata = WordMetadata.Build(_path, WordProperties.Read(_document, _skipped, _cancellationToken), blocks);
        var document = new ReleaseDocument(_path, ReleaseFormat.Word, blocks, metadata, suppressions);
        return DocumentReadResult.Success(document, Diagnostics(reviewerComments));
    }

    private static IEnumerable<T> OrderByName<T>(IEnumerable<T> parts)
        where T : OpenXmlPart =>
        parts.OrderBy(p => PartName(p).Length).ThenBy(PartName, StringComparer.Ordinal);

    private static string PartName(OpenXmlPart part) => Path.GetFileNameWithoutExtension(part.Uri.OriginalString);

    private static string XmlReason(OpenXmlPart part, XmlException ex) =>
        ex switch
        {
            XmlLimitException => ex.Message,
            _ when WordXml.IsDtdError(ex) => $"the XML part '{part.Uri}' declares a DTD; document type definitions and external entities are never read",
            _ => $"the part '{part.Uri}' is not well-formed XML ({ex.Message.TrimEnd('.')})",
        };

    /// <summary>The part's name in messages: its path in the package (<c>word/document.xml</c>).</summary>
    internal static string PartPath(OpenXmlPart part) => part.Uri.OriginalString.TrimStart('/');

    private XDocument LoadPart(OpenXmlPart part)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        return WordXml.Load(stream, PartPath(part), _cancellationToken);
    }

    private StyleCatalog ReadStyles(MainDocumentPart main)
    {
        try
        {
            return main.StyleDefinitionsPart is { } part ? StyleCatalog.From(LoadPart(part)) : StyleCatalog.Empty;
        }
        catch (XmlLimitException ex)
        {
            _skipped.Add($"{ex.Message}, so the styles were not read (headings were found by style id only)");
            return StyleCatalog.Empty;
        }
        catch (XmlException)
        {
            _skipped.Add("the styles (headings were found by style id only)");
            return StyleCatalog.Empty;
        }
    }

    private void ReadOptionalPart(OpenXmlPart? part, string? name, BlockKind kind, StyleCatalog styles)
    {
        if (part is null)
        {
            return;
        }

        try
        {
            ReadPart(LoadPart(part), name ?? PartName(part), kind, styles);
        }
        catch (XmlException ex)
        {
            _skipped.Add(XmlReason(part, ex));
        }
    }

    private void ReadPart(XDocument xml, string name, BlockKind? kind, StyleCatalog styles)
    {
        if (xml.Root is not { } root)
        {
            return;
        }

        var walker = new PartWalker(name, kind, styles);
        walker.Walk(root, _cancellationToken);
        _walkers.Add(walker);
        _partNames.Add(name);
        var w = WordXml.NamespaceOf(root);
        _trackedChanges += root.Descendants().Count(e => e.Name.Namespace == w && _trackedChangeNames.Contains(e.Name.LocalName));
    }

    private (ImmutableArray<Suppression> Suppressions, int ReviewerComments) ReadComments(MainDocumentPart main)
    {
        if (main.WordprocessingCommentsPart is not { } part)
        {
            return ([], 0);
        }

        try
        {
            return CommentSuppressions.Read(LoadPart(part), _walkers, _partNames, _cancellationToken);
        }
        catch (XmlException ex)
        {
            _skipped.Add(XmlReason(part, ex));
            return ([], 0);
        }
    }

    /// <summary>"1 tracked change", "2 tracked changes": a count as a message reads it.</summary>
    private static string Counted(int n, string noun) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{n} {noun}{(n == 1 ? string.Empty : "s")}");

    private IEnumerable<Diagnostic> Diagnostics(int reviewerComments)
    {
        var file = SourceLocation.ForFile(_path);
        if (_trackedChanges > 0)
        {
            yield return Diagnostic.Create(EngineDescriptors.TrackedChanges, file, Counted(_trackedChanges, "tracked change"));
        }

        if (reviewerComments > 0)
        {
            yield return Diagnostic.Create(EngineDescriptors.ReviewerComments, file, Counted(reviewerComments, "reviewer comment"));
        }

        if (_skipped.Count > 0)
        {
            yield return Diagnostic.Create(EngineDescriptors.TextSkipped, file, string.Join("; ", _skipped));
        }
    }
}
