using PublicityCheck.Configuration;
using PublicityCheck.Diagnostics;

namespace PublicityCheck.Reporting;

/// <summary>
/// The link a report gives each rule. A built-in rule links to its page at the council's <c>helpBaseUrl</c> when
/// configuration sets one, and otherwise to its page installed beside the tool (a <c>file:</c> link), or to nothing
/// where the pages are not installed. A council's own rule keeps the absolute link it was given. No report links an
/// address that is not there.
/// </summary>
public sealed class RuleLinks
{
    /// <summary>Creates the links for a run.</summary>
    /// <param name="published">Where the council publishes the pages, or null for the installed ones.</param>
    public RuleLinks(HelpBaseUrl? published = null) => Published = published;

    /// <summary>The installed pages, for a run with no <c>helpBaseUrl</c>.</summary>
    public static RuleLinks Installed { get; } = new();

    /// <summary>Where the council publishes the pages, or null.</summary>
    public HelpBaseUrl? Published { get; }

    /// <summary>The index of rules: the council's <c>README</c> page, or the installed index, or null.</summary>
    public Uri? Index => Published?.PageFor(RuleHelp.IndexPage) ?? RuleHelp.InstalledIndex;

    /// <summary>
    /// The links for a run over releases with <paramref name="configurations"/>: the <c>helpBaseUrl</c> they set,
    /// when they agree on one. A run over releases whose configurations set different ones has one rule list (SARIF
    /// lists each rule once), so it links the installed pages rather than pick one council's.
    /// </summary>
    public static RuleLinks For(IEnumerable<PublicityCheckConfiguration> configurations)
    {
        ArgumentNullException.ThrowIfNull(configurations);
        var published = configurations.Select(c => c.HelpBaseUrl).OfType<HelpBaseUrl>().Distinct().Take(2).ToList();
        return published.Count == 1 ? new RuleLinks(published[0]) : Installed;
    }

    /// <summary>The link for <paramref name="rule"/>, or null when there is no page to link.</summary>
    public Uri? For(DiagnosticDescriptor rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (RuleHelp.BuiltInPage(rule) is { } page)
        {
            return Published is { } published ? published.PageFor(page) : RuleHelp.InstalledPage(page);
        }

        return rule.HelpUri.IsAbsoluteUri ? rule.HelpUri : null;
    }
}
