using PublicityCheck.Diagnostics;

namespace PublicityCheck.Reporting;

/// <summary>
/// Where a rule's page is. The built-in rules' pages (docs/rules/) ship with the tool, as files in a
/// <see cref="InstalledFolderName"/> folder beside it and inside this library, which <c>serve</c> renders at
/// <c>/rules/PCnnnn</c>; reports link a built-in rule to its installed file. A council's own rule keeps the link it
/// was given (or the configuration file that defines it).
/// </summary>
public static class RuleHelp
{
    /// <summary>The folder beside the tool that holds the built-in rules' pages.</summary>
    public const string InstalledFolderName = "rules";

    private const string ResourcePrefix = "PublicityCheck.RulePages/";

    /// <summary>The installed pages' folder for the running program.</summary>
    public static string InstalledFolder => Path.Combine(AppContext.BaseDirectory, InstalledFolderName);

    /// <summary>The index of rules installed beside the program (<c>rules/README.md</c>), or null where it is not installed.</summary>
    public static Uri? InstalledIndex
    {
        get
        {
            var index = Path.Combine(InstalledFolder, "README.md");
            return File.Exists(index) ? new Uri(index) : null;
        }
    }

    /// <summary>Whether <paramref name="rule"/>'s link is the built-in page for its id, as the descriptor defaults it.</summary>
    public static bool HasBuiltInPage(DiagnosticDescriptor rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return rule.HelpUri.IsAbsoluteUri
            && string.Equals(rule.HelpUri.AbsoluteUri, DiagnosticDescriptor.HelpBaseUri + rule.Id + ".md", StringComparison.Ordinal)
            && Page(rule.Id) is not null;
    }

    /// <summary>The link a report gives for <paramref name="rule"/>: its installed page if it has one, else its own link.</summary>
    public static Uri LinkFor(DiagnosticDescriptor rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (HasBuiltInPage(rule))
        {
            var installed = Path.Combine(InstalledFolder, rule.Id + ".md");
            if (File.Exists(installed))
            {
                return new Uri(installed);
            }
        }

        return rule.HelpUri;
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
