using System.Collections.Immutable;
using System.Globalization;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;

namespace PublicityCheck.Documents.Word;

/// <summary>
/// Reads a Word document's properties into lower-case names: core properties (<c>title</c>, <c>subject</c>,
/// <c>keywords</c>, <c>category</c>, <c>creator</c>, <c>created</c>, <c>modified</c>), custom properties, and the
/// cover page's <c>PublishDate</c> as <c>publishdate</c>.
/// </summary>
internal static class WordProperties
{
    private static readonly XNamespace _coverPage = "http://schemas.microsoft.com/office/2006/coverPageProps";

    /// <summary>
    /// Reads the properties; a part that cannot be read, or is nested past <see cref="WordXml.MaxDepth"/>, is named
    /// in <paramref name="skipped"/>.
    /// </summary>
    public static ImmutableDictionary<string, ImmutableArray<string>> Read(WordprocessingDocument document, List<string> skipped, CancellationToken cancellationToken)
    {
        var properties = ImmutableDictionary.CreateBuilder<string, ImmutableArray<string>>(StringComparer.OrdinalIgnoreCase);
        Try(skipped, "the core document properties", () => ReadCore(document, properties, cancellationToken));
        Try(skipped, "the custom document properties", () => ReadCustom(document, properties, cancellationToken));
        Try(skipped, "the cover page properties", () => ReadCoverPage(document, properties, cancellationToken));
        return properties.ToImmutable();
    }

    private static void ReadCore(WordprocessingDocument document, ImmutableDictionary<string, ImmutableArray<string>>.Builder properties, CancellationToken cancellationToken)
    {
        // The packaging library parses this part itself, with no limit of ours, so it is read through once first.
        if (document.CoreFilePropertiesPart is { } part)
        {
            using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
            if (WordXml.CheckBounds(stream, WordPackageReader.PartPath(part), cancellationToken) is { } reason)
            {
                throw new XmlLimitException(reason);
            }
        }

        var core = document.PackageProperties;
        Add(properties, "title", core.Title);
        Add(properties, "subject", core.Subject);
        Add(properties, "keywords", core.Keywords);
        Add(properties, "category", core.Category);
        Add(properties, "creator", core.Creator);
        Add(properties, "created", core.Created?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        Add(properties, "modified", core.Modified?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
    }

    private static void ReadCustom(WordprocessingDocument document, ImmutableDictionary<string, ImmutableArray<string>>.Builder properties, CancellationToken cancellationToken)
    {
        var part = document.CustomFilePropertiesPart;
        if (part is null)
        {
            return;
        }

        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        var root = WordXml.Load(stream, WordPackageReader.PartPath(part), cancellationToken).Root;
        foreach (var property in root?.Elements() ?? [])
        {
            var name = property.Attribute("name")?.Value;
            if (!string.IsNullOrWhiteSpace(name))
            {
                Add(properties, name.Trim().ToLowerInvariant(), property.Elements().FirstOrDefault()?.Value);
            }
        }
    }

    private static void ReadCoverPage(WordprocessingDocument document, ImmutableDictionary<string, ImmutableArray<string>>.Builder properties, CancellationToken cancellationToken)
    {
        foreach (var part in document.MainDocumentPart?.CustomXmlParts ?? [])
        {
            using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
            var root = WordXml.Load(stream, WordPackageReader.PartPath(part), cancellationToken).Root;
            if (root?.Name.Namespace == _coverPage)
            {
                Add(properties, "publishdate", root.Element(_coverPage + "PublishDate")?.Value);
            }
        }
    }

    private static void Add(ImmutableDictionary<string, ImmutableArray<string>>.Builder properties, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            properties[name] = [value.Trim()];
        }
    }

    private static void Try(List<string> skipped, string what, Action read)
    {
        try
        {
            read();
        }
        catch (XmlLimitException ex)
        {
            skipped.Add($"{what} ({ex.Message})");
        }
        catch (Exception ex) when (ex is System.Xml.XmlException or IOException or InvalidOperationException or FormatException or OpenXmlPackageException)
        {
            skipped.Add(what);
        }
    }
}
