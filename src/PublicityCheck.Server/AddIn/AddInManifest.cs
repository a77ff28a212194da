using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace PublicityCheck.Server.AddIn;

/// <summary>
/// The Word add-in's add-in-only manifest (XML), made for the origin the server answers on, so that every address in
/// it (the task pane, its help page and its icons) is one the server serves. Word loads add-ins only over HTTPS, so
/// the origin must be an <c>https</c> one. The manifest adds a ribbon button on Word's Home tab that opens the pane.
/// </summary>
internal static class AddInManifest
{
    /// <summary>The add-in's identity: the same for every server, so that Word treats a re-served manifest as the same add-in.</summary>
    public const string Id = "5b6f3c1e-8a2d-4c7e-9f10-2d4a6b8c0e13";

    public const string TaskPanePath = "/addin/taskpane.html";
    public const string HelpPath = "/addin/help.html";

    private static readonly XNamespace App = "http://schemas.microsoft.com/office/appforoffice/1.1";
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";
    private static readonly XNamespace Bt = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
    private static readonly XNamespace Ov = "http://schemas.microsoft.com/office/taskpaneappversionoverrides";

    /// <summary>The path of the icon of <paramref name="size"/> px.</summary>
    public static string IconPath(int size) => $"/addin/icon-{size}.png";

    /// <summary>The manifest for a server answering on <paramref name="origin"/> (scheme, host and port; an <c>https</c> one).</summary>
    /// <exception cref="ArgumentException"><paramref name="origin"/> is not an absolute https address.</exception>
    public static string Create(Uri origin)
    {
        ArgumentNullException.ThrowIfNull(origin);
        if (!origin.IsAbsoluteUri || origin.Scheme != Uri.UriSchemeHttps)
        {
            throw new ArgumentException($"Word loads add-ins only over HTTPS, not from {origin}.", nameof(origin));
        }

        var root = origin.GetLeftPart(UriPartial.Authority);
        string At(string path) => root + path;

        var manifest = new XElement(
            App + "OfficeApp",
            new XAttribute("xmlns", App.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "xsi", Xsi),
            new XAttribute(XNamespace.Xmlns + "bt", Bt),
            new XAttribute(Xsi + "type", "TaskPaneApp"),
            new XElement(App + "Id", Id),
            new XElement(App + "Version", Version()),
            new XElement(App + "ProviderName", "PublicityCheck contributors"),
            new XElement(App + "DefaultLocale", "en-GB"),
            Value(App + "DisplayName", "PublicityCheck"),
            Value(App + "Description", "Checks a council press release against the publicity code and the member/officer protocol before it goes out."),
            Value(App + "IconUrl", At(IconPath(32))),
            Value(App + "HighResolutionIconUrl", At(IconPath(64))),
            Value(App + "SupportUrl", At(HelpPath)),
            new XElement(App + "AppDomains", new XElement(App + "AppDomain", root)),
            new XElement(App + "Hosts", new XElement(App + "Host", new XAttribute("Name", "Document"))),
            new XElement(
                App + "Requirements",
                new XElement(App + "Sets", new XAttribute("DefaultMinVersion", "1.1"), new XElement(App + "Set", new XAttribute("Name", "WordApi"), new XAttribute("MinVersion", "1.1")))),
            new XElement(App + "DefaultSettings", Value(App + "SourceLocation", At(TaskPanePath))),
            new XElement(App + "Permissions", "ReadWriteDocument"),
            VersionOverrides(At));

        var document = new XDocument(new XDeclaration("1.0", "utf-8", null), manifest);
        var settings = new XmlWriterSettings { Indent = true, NewLineChars = "\n", Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false) };
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, settings))
        {
            document.Save(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    // The ribbon: a "PublicityCheck" group on the Home tab with one button that opens the task pane.
    private static XElement VersionOverrides(Func<string, string> at)
    {
        XElement Icon() => new(
            Ov + "Icon",
            new XElement(Bt + "Image", new XAttribute("size", "16"), new XAttribute("resid", "Icon.16")),
            new XElement(Bt + "Image", new XAttribute("size", "32"), new XAttribute("resid", "Icon.32")),
            new XElement(Bt + "Image", new XAttribute("size", "80"), new XAttribute("resid", "Icon.80")));
        XElement Resid(XName name, string id) => new(name, new XAttribute("resid", id));
        XElement Resource(string id, string value) => new(Bt + (value.StartsWith("https://", StringComparison.Ordinal) ? "Url" : "String"), new XAttribute("id", id), new XAttribute("DefaultValue", value));

        return new XElement(
            Ov + "VersionOverrides",
            new XAttribute("xmlns", Ov.NamespaceName),
            new XAttribute(Xsi + "type", "VersionOverridesV1_0"),
            new XElement(
                Ov + "Hosts",
                new XElement(
                    Ov + "Host",
                    new XAttribute(Xsi + "type", "Document"),
                    new XElement(
                        Ov + "DesktopFormFactor",
                        new XElement(Ov + "GetStarted", Resid(Ov + "Title", "GetStarted.Title"), Resid(Ov + "Description", "GetStarted.Description"), Resid(Ov + "LearnMoreUrl", "Help.Url")),
                        new XElement(
                            Ov + "ExtensionPoint",
                            new XAttribute(Xsi + "type", "PrimaryCommandSurface"),
                            new XElement(
                                Ov + "OfficeTab",
                                new XAttribute("id", "TabHome"),
                                new XElement(
                                    Ov + "Group",
                                    new XAttribute("id", "PublicityCheck.Group"),
                                    Resid(Ov + "Label", "Group.Label"),
                                    Icon(),
                                    new XElement(
                                        Ov + "Control",
                                        new XAttribute(Xsi + "type", "Button"),
                                        new XAttribute("id", "PublicityCheck.Open"),
                                        Resid(Ov + "Label", "Open.Label"),
                                        new XElement(Ov + "Supertip", Resid(Ov + "Title", "Open.Label"), Resid(Ov + "Description", "Open.Tooltip")),
                                        Icon(),
                                        new XElement(
                                            Ov + "Action",
                                            new XAttribute(Xsi + "type", "ShowTaskpane"),
                                            new XElement(Ov + "TaskpaneId", "PublicityCheck.Pane"),
                                            Resid(Ov + "SourceLocation", "Taskpane.Url"))))))))),
            new XElement(
                Ov + "Resources",
                new XElement(
                    Bt + "Images",
                    new XElement(Bt + "Image", new XAttribute("id", "Icon.16"), new XAttribute("DefaultValue", at(IconPath(16)))),
                    new XElement(Bt + "Image", new XAttribute("id", "Icon.32"), new XAttribute("DefaultValue", at(IconPath(32)))),
                    new XElement(Bt + "Image", new XAttribute("id", "Icon.80"), new XAttribute("DefaultValue", at(IconPath(80))))),
                new XElement(Bt + "Urls", Resource("Taskpane.Url", at(TaskPanePath)), Resource("Help.Url", at(HelpPath))),
                new XElement(
                    Bt + "ShortStrings",
                    Resource("Group.Label", "PublicityCheck"),
                    Resource("Open.Label", "Check release"),
                    Resource("GetStarted.Title", "Check a release before it goes out")),
                new XElement(
                    Bt + "LongStrings",
                    Resource("Open.Tooltip", "Open PublicityCheck to see what in this release would trouble the monitoring officer."),
                    Resource("GetStarted.Description", "PublicityCheck is ready: on the Home tab, choose Check release to open it beside your document."))));
    }

    private static XElement Value(XName name, string value) => new(name, new XAttribute("DefaultValue", value));

    // The manifest's version, four numbers as Office wants, from the assembly's: a new release is a new version.
    private static string Version()
    {
        var version = typeof(AddInManifest).Assembly.GetName().Version ?? new Version(0, 1, 0, 0);
        return $"{Math.Max(version.Major, 0)}.{Math.Max(version.Minor, 0)}.{Math.Max(version.Build, 0)}.{Math.Max(version.Revision, 0)}";
    }
}
