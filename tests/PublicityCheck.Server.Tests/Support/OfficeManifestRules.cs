using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace PublicityCheck.Server.Tests.Support;

/// <summary>
/// The rules of an add-in-only Office manifest for a task pane that can be checked offline, written down from the
/// manifest reference (the appforoffice 1.1 and taskpaneappversionoverrides 1.0 schemas): well-formed XML; the
/// base elements a TaskPaneApp requires, in the schema's order; an Id that is a GUID and a Version of one to four
/// numbers; the length limits of display strings; https for every address; and, in the version overrides, every
/// <c>resid</c> naming a resource of the right kind, with ids of at most 32 characters and the three ribbon icon sizes.
/// Returns each rule broken, so a test shows them all.
/// </summary>
internal static partial class OfficeManifestRules
{
    public static readonly XNamespace App = "http://schemas.microsoft.com/office/appforoffice/1.1";
    public static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";
    public static readonly XNamespace Bt = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
    public static readonly XNamespace Ov = "http://schemas.microsoft.com/office/taskpaneappversionoverrides";

    // The base manifest's elements in the schema's sequence (OfficeApp, then TaskPaneApp's own); optional ones may be absent.
    private static readonly (string Name, bool Required)[] Sequence =
    [
        ("Id", true), ("AlternateId", false), ("Version", true), ("ProviderName", true), ("DefaultLocale", true),
        ("DisplayName", true), ("Description", true), ("IconUrl", false), ("HighResolutionIconUrl", false),
        ("SupportUrl", false), ("AppDomains", false), ("Hosts", false), ("Requirements", false),
        ("DefaultSettings", true), ("Permissions", true), ("VersionOverrides", false),
    ];

    private static readonly string[] Permissions = ["Restricted", "ReadDocument", "ReadAllDocument", "WriteDocument", "ReadWriteDocument"];

    /// <summary>Every rule <paramref name="xml"/> breaks; empty when it keeps them all.</summary>
    public static IReadOnlyList<string> Broken(string xml)
    {
        XDocument document;
        try
        {
            document = XDocument.Parse(xml);
        }
        catch (XmlException ex)
        {
            return [$"not well-formed XML: {ex.Message}"];
        }

        var broken = new List<string>();
        var root = document.Root!;
        if (root.Name != App + "OfficeApp" || (string?)root.Attribute(Xsi + "type") != "TaskPaneApp")
        {
            return [$"the root is {root.Name} of type {(string?)root.Attribute(Xsi + "type")}, not a TaskPaneApp OfficeApp"];
        }

        CheckSequence(root, broken);
        CheckValues(root, broken);
        foreach (var address in Addresses(root))
        {
            if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
            {
                broken.Add($"'{address}' is not an absolute https address");
            }
        }

        if (root.Element(Ov + "VersionOverrides") is { } overrides)
        {
            CheckOverrides(overrides, broken);
        }

        return broken;
    }

    /// <summary>Every address the manifest gives (DefaultValue of an address element or resource, and each AppDomain).</summary>
    public static IEnumerable<string> Addresses(XElement root) =>
        root.Descendants()
            .Where(e => e.Name.LocalName is "IconUrl" or "HighResolutionIconUrl" or "SupportUrl" or "SourceLocation" || (e.Name.Namespace == Bt && e.Name.LocalName is "Image" or "Url" && e.Attribute("id") is not null))
            .Select(e => (string?)e.Attribute("DefaultValue"))
            .OfType<string>()
            .Concat(root.Descendants(App + "AppDomain").Select(d => d.Value));

    private static void CheckSequence(XElement root, List<string> broken)
    {
        var children = root.Elements().Select(e => e.Name.LocalName).ToList();
        var at = 0;
        foreach (var (name, required) in Sequence)
        {
            var found = children.IndexOf(name);
            if (found < 0)
            {
                if (required)
                {
                    broken.Add($"{name} is required");
                }

                continue;
            }

            if (found < at)
            {
                broken.Add($"{name} is out of the schema's order");
            }

            at = found;
        }

        foreach (var unknown in children.Except(Sequence.Select(s => s.Name)))
        {
            broken.Add($"{unknown} is not an element of a TaskPaneApp");
        }
    }

    private static void CheckValues(XElement root, List<string> broken)
    {
        if (!Guid.TryParse(root.Element(App + "Id")?.Value, out _))
        {
            broken.Add("Id is not a GUID");
        }

        if (!VersionPattern().IsMatch(root.Element(App + "Version")?.Value ?? string.Empty))
        {
            broken.Add("Version is not one to four numbers separated by dots");
        }

        CheckLength(root.Element(App + "DisplayName"), 125, broken);
        CheckLength(root.Element(App + "Description"), 250, broken);
        if (root.Element(App + "DefaultSettings")?.Element(App + "SourceLocation")?.Attribute("DefaultValue") is null)
        {
            broken.Add("DefaultSettings has no SourceLocation");
        }

        if (!Permissions.Contains(root.Element(App + "Permissions")?.Value))
        {
            broken.Add("Permissions is not one of " + string.Join(", ", Permissions));
        }
    }

    private static void CheckOverrides(XElement overrides, List<string> broken)
    {
        var resources = overrides.Element(Ov + "Resources");
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var resource in resources?.Elements().SelectMany(kind => kind.Elements().Select(r => (Kind: kind.Name.LocalName, Resource: r))) ?? [])
        {
            var id = (string?)resource.Resource.Attribute("id") ?? string.Empty;
            if (id.Length is 0 or > 32)
            {
                broken.Add($"resource id '{id}' is empty or longer than 32 characters");
            }

            if (!ids.TryAdd(id, resource.Kind))
            {
                broken.Add($"resource id '{id}' is defined twice");
            }

            var limit = resource.Kind switch { "ShortStrings" => 125, "LongStrings" => 250, _ => int.MaxValue };
            CheckLength(resource.Resource, limit, broken);
        }

        foreach (var reference in overrides.Descendants().Where(e => e.Attribute("resid") is not null))
        {
            var id = (string)reference.Attribute("resid")!;
            var expected = reference.Name.LocalName switch
            {
                "Image" => "Images",
                "SourceLocation" or "LearnMoreUrl" or "FunctionFile" => "Urls",
                "Description" => "LongStrings",
                _ => "ShortStrings",
            };
            if (!ids.TryGetValue(id, out var kind))
            {
                broken.Add($"{reference.Name.LocalName} names resource '{id}', which is not defined");
            }
            else if (kind != expected)
            {
                broken.Add($"{reference.Name.LocalName} names '{id}' among {kind}, not {expected}");
            }
        }

        foreach (var icon in overrides.Descendants(Ov + "Icon"))
        {
            var sizes = icon.Elements(Bt + "Image").Select(i => (string?)i.Attribute("size")).Order(StringComparer.Ordinal).ToList();
            if (!sizes.SequenceEqual(["16", "32", "80"]))
            {
                broken.Add($"an Icon has images of sizes {string.Join(", ", sizes)}, not 16, 32 and 80");
            }
        }
    }

    private static void CheckLength(XElement? element, int limit, List<string> broken)
    {
        var value = (string?)element?.Attribute("DefaultValue");
        if (value is null || value.Length == 0 || value.Length > limit)
        {
            broken.Add($"{element?.Name.LocalName ?? "an element"} needs a DefaultValue of 1 to {limit} characters");
        }
    }

    [GeneratedRegex(@"^\d{1,5}(\.\d{1,5}){0,3}$")]
    private static partial Regex VersionPattern();
}
