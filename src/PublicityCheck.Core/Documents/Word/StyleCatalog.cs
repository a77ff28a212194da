using System.Globalization;
using System.Xml.Linq;

namespace PublicityCheck.Documents.Word;

/// <summary>
/// The paragraph styles of a document, enough to tell headings (by style name, id or outline level, following
/// <c>w:basedOn</c>) and list paragraphs (a style with numbering) apart.
/// </summary>
internal sealed class StyleCatalog
{
    private const int MaxBasedOnDepth = 16;

    private readonly Dictionary<string, Style> _styles = new(StringComparer.Ordinal);

    /// <summary>A catalog with no styles: only the built-in ids <c>Heading1..9</c> and <c>Title</c> are known.</summary>
    public static StyleCatalog Empty { get; } = new();

    /// <summary>Reads the catalog from the styles part's XML.</summary>
    public static StyleCatalog From(XDocument styles)
    {
        var catalog = new StyleCatalog();
        var root = styles.Root;
        if (root is null)
        {
            return catalog;
        }

        var w = WordXml.NamespaceOf(root);
        foreach (var style in root.Elements(w + "style"))
        {
            var id = style.Attribute(w + "styleId")?.Value;
            if (id is null)
            {
                continue;
            }

            var pPr = style.Element(w + "pPr");
            var outline = ParseInt(WordXml.ChildValue(pPr, w, "outlineLvl"));
            var numId = WordXml.ChildValue(pPr?.Element(w + "numPr"), w, "numId");
            catalog._styles[id] = new Style(
                WordXml.ChildValue(style, w, "name"),
                WordXml.ChildValue(style, w, "basedOn"),
                outline,
                numId is not null && numId != "0");
        }

        return catalog;
    }

    /// <summary>The heading level (1-9) the style gives a paragraph, or null when it is not a heading style.</summary>
    public int? HeadingLevel(string? styleId)
    {
        for (var depth = 0; styleId is not null && depth < MaxBasedOnDepth; depth++)
        {
            var fromId = LevelFromName(styleId);
            if (fromId is not null)
            {
                return fromId;
            }

            if (!_styles.TryGetValue(styleId, out var style))
            {
                return null;
            }

            var fromName = LevelFromName(style.Name?.Replace(" ", string.Empty, StringComparison.Ordinal));
            if (fromName is not null)
            {
                return fromName;
            }

            if (style.OutlineLevel is { } outline)
            {
                return outline is >= 0 and <= 8 ? outline + 1 : null;
            }

            styleId = style.BasedOn;
        }

        return null;
    }

    /// <summary>Whether the style numbers its paragraphs as a list.</summary>
    public bool IsNumbered(string? styleId)
    {
        for (var depth = 0; styleId is not null && depth < MaxBasedOnDepth; depth++)
        {
            if (!_styles.TryGetValue(styleId, out var style))
            {
                return false;
            }

            if (style.IsNumbered)
            {
                return true;
            }

            styleId = style.BasedOn;
        }

        return false;
    }

    /// <summary>Parses a whole number attribute, or null.</summary>
    internal static int? ParseInt(string? value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null;

    private static int? LevelFromName(string? name)
    {
        if (name is null)
        {
            return null;
        }

        if (name.Equals("Title", StringComparison.OrdinalIgnoreCase))
        {
            return 1;
        }

        return name.Length == 8 && name.StartsWith("heading", StringComparison.OrdinalIgnoreCase) && name[7] is >= '1' and <= '9'
            ? name[7] - '0'
            : null;
    }

    private sealed record Style(string? Name, string? BasedOn, int? OutlineLevel, bool IsNumbered);
}
