using System.Globalization;
using PublicityCheck.Diagnostics;
using PublicityCheck.Documents;
using PublicityCheck.Fixing;

namespace PublicityCheck.Cli.Commands;

/// <summary>
/// What <c>fix</c> and <c>annotate --fix</c> share: which fixes <c>--all</c> and <c>--rule</c> ask for, and the lines
/// that say what was fixed and what was not, and why.
/// </summary>
internal static class FixLines
{
    /// <summary>The rule ids given with <c>--rule</c>, refusing them with <c>--all</c>.</summary>
    /// <exception cref="UsageException">Both were given.</exception>
    public static List<string> Rules(bool all, IEnumerable<string> rules)
    {
        var ids = rules.Select(r => r.Trim()).Where(r => r.Length > 0).ToList();
        return all && ids.Count > 0 ? throw new UsageException("--all applies every rule's first fix, so it cannot be given with --rule") : ids;
    }

    /// <summary>Refuses a rule id the release's configuration does not know, suggesting the nearest.</summary>
    /// <exception cref="UsageException">A rule is unknown.</exception>
    public static void RefuseUnknownRules(PublicityChecker checker, string release, IEnumerable<string> rules)
    {
        var known = checker.DescriptorsFor(checker.ConfigurationFor(release)).Select(d => d.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var rule in rules.Where(r => !known.Contains(r)))
        {
            throw new UsageException($"there is no rule {rule}.{Parsing.Suggestions.DidYouMean(rule, known)} Run 'publicitycheck rules' for every id");
        }
    }

    /// <summary>The fixes asked for: each finding's first safe fix, or with <c>--all</c> or <c>--rule</c> its first fix.</summary>
    public static IReadOnlyList<FixChoice> Choose(IEnumerable<Diagnostic> findings, bool all, IReadOnlyCollection<string> rules) =>
        FixChooser.Choose(findings, all || rules.Count > 0 ? FixSelection.First : FixSelection.Safe, rules);

    /// <summary>One line per fix made (<c>fixed</c>) and per fix left (<c>not fixed</c>, with why).</summary>
    public static void Write(CliConsole console, IEnumerable<FixChoice> applied, IEnumerable<SkippedFix> skipped)
    {
        foreach (var choice in applied)
        {
            console.Out.WriteLine(ConsoleText.Escape($"{Where(choice.Finding)}: fixed {choice.Finding.Id}: {choice.Fix.Title}"));
        }

        foreach (var left in skipped)
        {
            console.Out.WriteLine(ConsoleText.Escape($"{Where(left.Choice.Finding)}: not fixed {left.Choice.Finding.Id}: {left.Choice.Fix.Title}: {left.Reason}"));
        }
    }

    /// <summary>A count of fixes: <c>1 fix</c>, <c>2 fixes</c>.</summary>
    public static string Fixes(int n) => Plural.Count(n, "fix", "fixes");

    // Where the finding is, as check says it: a header's, footer's or note's part named after the place.
    private static string Where(Diagnostic finding) => finding.Location.Part switch
    {
        DocumentParts.File => finding.Location.Path,
        DocumentParts.Body => string.Create(CultureInfo.InvariantCulture, $"{finding.Location.Path}({finding.Location.Start.Line},{finding.Location.Start.Column})"),
        var part => string.Create(CultureInfo.InvariantCulture, $"{finding.Location.Path}({finding.Location.Start.Line},{finding.Location.Start.Column}) [{part}]"),
    };
}
