using System.Globalization;
using PublicityCheck.Classification;
using PublicityCheck.Cli.Verbs;
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

        var rules = FixLines.Rules(options.All, options.Rules);

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
            ClassifierWorkload = ClassifierWorkload.OneDocument,
        });
        FixLines.RefuseUnknownRules(checker, release.FullPath, rules);

        var result = release.Check(checker, options.File, given: null, out var content);
        if (result.Format is null)
        {
            release.ReportUnreadable(result, console);
            return ExitCodes.ErrorsFound;
        }

        var choices = FixLines.Choose(result.Active, options.All, rules);
        var (fixedContent, outcome) = MarkdownFileFixer.Apply(content, choices);
        OutputTarget.WriteBytes(output, console, fixedContent, mustNotReplace: options.InPlace ? null : release.Identity);

        var after = release.Check(checker, output, fixedContent, out _);
        Report(output, outcome, after);
        return ExitCodes.Success;
    }

    private void Report(string output, FixOutcome outcome, FileResult after)
    {
        var lines = new ConsoleReportWriter();
        FixLines.Write(console, outcome.Applied, outcome.Skipped);

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
            $"{output}: {FixLines.Fixes(outcome.Applied.Length)} applied, {FixLines.Fixes(outcome.Skipped.Length)} not applied, {Plural.Count(left.Count, "finding")} left for a person")));
    }
}
