using PublicityCheck.Diagnostics;

namespace PublicityCheck.Reporting;

/// <summary>
/// Where a rule's page is. The built-in rules' pages (docs/rules/) ship with the tool, as files in a
/// <see cref="InstalledFolderName"/> folder beside it and inside this library, which <c>serve</c> renders at
/// <c>/rules/PCnnnn</c>. A built-in rule's descriptor holds a relative link (<c>rules/PC0401.md</c>) that
/// <see cref="RuleLinks"/> resolves for a report: to the council's published page, or the installed file. A council's
/// own rule keeps the link it was given (or the configuration file that defines it).
/// </summary>
public static class RuleHelp
{
    /// <summary>The folder beside the tool that holds the built-in rules' pages.</summary>
    public const string InstalledFolderName = "rules";

    private const string ResourcePrefix = "PublicityCheck.RulePages/";

    /// <summary>The installed pages' folder for the running program.</summary>
    public static string InstalledFolder => Path.Combine(AppContext.BaseDirectory, InstalledFolderName);

    /// <summary>The index of rules installed beside the program (<c>rules/README.md</c>), or null where it is not installed.</summary>
    public static Uri? InstalledIndex => InstalledPage(IndexPage);

    /// <summary>The name of the installed index of rules (<c>rules/README.md</c>).</summary>
    public const string IndexPage = "README";

    /// <summary>
    /// The built-in page <paramref name="rule"/> links to, by name (its id, or <see cref="IndexPage"/> for a rule
    /// that points at the index), or null when its link is its own (a council's rule) or names no built-in page.
    /// </summary>
    public static string? BuiltInPage(DiagnosticDescriptor rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var link = rule.HelpUri;
        if (link.IsAbsoluteUri)
        {
            return null;
        }

        var text = link.OriginalString;
        if (!text.StartsWith(DiagnosticDescriptor.HelpBaseUri, StringComparison.Ordinal) || !text.EndsWith(".md", StringComparison.Ordinal))
        {
            return null;
        }

        var page = text[DiagnosticDescriptor.HelpBaseUri.Length..^".md".Length];
        return page == IndexPage || Page(page) is not null ? page : null;
    }

    /// <summary>Whether <paramref name="rule"/> links to a built-in rule page, as the descriptor defaults it for a built-in rule.</summary>
    public static bool HasBuiltInPage(DiagnosticDescriptor rule) => BuiltInPage(rule) is { } page && page != IndexPage;

    /// <summary>The page <paramref name="page"/> installed beside the program, as a <c>file:</c> link, or null where it is not installed.</summary>
    public static Uri? InstalledPage(string page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var installed = Path.Combine(InstalledFolder, page + ".md");
        return File.Exists(installed) ? new Uri(installed) : null;
    }

    /// <summary>The Markdown page of the built-in rule <paramref name="ruleId"/>, or null if there is none.</summary>
    public static string? Page(string ruleId)
    {
        ArgumentNullException.ThrowIfNull(ruleId);
        using var stream = typeof(RuleHelp).Assembly.GetManifestResourceStream(ResourcePrefix + ruleId.ToUpperInvariant() + ".md");
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
