using System.Globalization;
using PublicityCheck.Cli.Verbs;
using PublicityCheck.Diagnostics;
using PublicityCheck.Documents;
using PublicityCheck.Fixing;
using PublicityCheck.Reporting;

namespace PublicityCheck.Cli.Commands;

/// <summary>
/// <c>publicitycheck fix</c>: checks a Markdown release and writes a copy with fixes applied: by default each
/// finding's first safe fix; with <c>--rule</c>, the first fix of the named rules' findings; with <c>--all</c>, every
/// finding's first fix. The release is read once, into memory, and the findings and the copy both come from those
/// bytes; nothing outside the fixes' edits changes, and the release itself is written only with <c>--in-place</c>.
/// The copy is written whole or not at all (a temporary file moved into place). Then the copy is checked again and
/// what is left for a person is listed, with each finding's first suggestion.
/// </summary>
internal sealed class FixCommand(CliConsole console)
{
    public int Run(FixOptions options)
    {
        var release = ReleaseCopy.Find(
            options.File,
            console,
            [".md", ".markdown"],
            file => $"fix edits Markdown releases (.md or .markdown), not {file}; for Word, 'annotate' writes the findings as comments");

        var rules = options.Rules.Select(r => r.Trim()).Where(r => r.Length > 0).ToList();
        if (options.All && rules.Count > 0)
        {
            throw new UsageException("--all applies every rule's first fix, so it cannot be given with --rule");
        }

        if (options.InPlace && options.Output is not null)
        {
            throw new UsageException("--in-place writes the release itself, so it cannot be given with --output");
        }

        var output = options.InPlace ? options.File : options.Output ?? Path.ChangeExtension(options.File, ".fixed" + release.Extension);
        if (!options.InPlace)
        {
            release.RefuseAsOutput(output, console, "choose another --output, or give --in-place");
        }

        var checker = new PublicityChecker(new PublicityCheckerOptions
        {
            ConfigurationFile = OptionValues.ConfigurationFile(options.Config, console),
            AllowDiscoveredAnalyzers = options.AllowAnalyzers,
            PublishOn = OptionValues.Date(options.PublishOn, "--publish-on"),
        });
        var known = checker.DescriptorsFor(checker.ConfigurationFor(release.FullPath)).Select(d => d.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var rule in rules.Where(r => !known.Contains(r)))
        {
            throw new UsageException($"there is no rule {rule}.{Parsing.Suggestions.DidYouMean(rule, known)} Run 'publicitycheck rules' for every id");
        }

        var result = release.Check(checker, options.File, given: null, out var content);
        if (result.Format is null)
        {
            release.ReportUnreadable(result, console);
            return ExitCodes.ErrorsFound;
        }

        var choices = FixChooser.Choose(result.Active, options.All || rules.Count > 0 ? FixSelection.First : FixSelection.Safe, rules);
        var (fixedContent, outcome) = MarkdownFileFixer.Apply(content, choices);
        OutputTarget.WriteBytes(output, console, fixedContent, mustNotReplace: options.InPlace ? null : release.Identity);

        var after = release.Check(checker, output, fixedContent, out _);
        Report(output, outcome, after);
        return ExitCodes.Success;
    }

    private void Report(string output, FixOutcome outcome, FileResult after)
    {
        var lines = new ConsoleReportWriter();
        foreach (var choice in outcome.Applied)
        {
            console.Out.WriteLine(ConsoleText.Escape($"{Where(choice.Finding)}: fixed {choice.Finding.Id}: {choice.Fix.Title}"));
        }

        foreach (var skipped in outcome.Skipped)
        {
            console.Out.WriteLine(ConsoleText.Escape($"{Where(skipped.Choice.Finding)}: not fixed {skipped.Choice.Finding.Id}: {skipped.Choice.Fix.Title}: {skipped.Reason}"));
        }

        var left = after.Active.ToList();
        foreach (var finding in left)
        {
            console.Out.WriteLine(lines.FormatLine(finding));
            if (lines.FormatSuggestion(finding) is { } suggestion)
            {
                console.Out.WriteLine(suggestion);
            }
        }

        console.Out.WriteLine(ConsoleText.Escape(string.Create(
            CultureInfo.InvariantCulture,
            $"{output}: {Count(outcome.Applied.Length, "fix", "fixes")} applied, {Count(outcome.Skipped.Length, "fix", "fixes")} not applied, {Count(left.Count, "finding", "findings")} left for a person")));
    }

    private static string Where(Diagnostic finding) => finding.Location.Part == DocumentParts.File
        ? finding.Location.Path
        : string.Create(CultureInfo.InvariantCulture, $"{finding.Location.Path}({finding.Location.Start.Line},{finding.Location.Start.Column})");

    private static string Count(int n, string one, string many) => string.Create(CultureInfo.InvariantCulture, $"{n} {(n == 1 ? one : many)}");
}
