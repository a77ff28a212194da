using NodaTime;
using PublicityCheck.Annotation;
using PublicityCheck.Classification;
using PublicityCheck.Cli.Verbs;
using PublicityCheck.Diagnostics;
using PublicityCheck.Reporting;

namespace PublicityCheck.Cli.Commands;

/// <summary>
/// <c>publicitycheck annotate</c>: checks a Word release and writes a copy with a comment per finding. The input
/// is read once, into memory (only if it is a regular file within the readers' size limit), and the findings and
/// the copy both come from those bytes; it is never written. Files are compared as files (device and inode), not
/// as path strings: an output that is the release through a symbolic or hard link is refused, before and again
/// just before the copy is moved into place. With <c>--fix</c> the fixes <c>fix</c> would apply (each finding's first
/// safe fix, or as <c>--all</c> and <c>--rule</c> choose) are written as tracked changes dated by the clock, and
/// each is listed as written or left for a person, as <c>fix</c> lists them.
/// </summary>
internal sealed class AnnotateCommand(CliConsole console, IClock clock)
{
    public int Run(AnnotateOptions options)
    {
        var rules = FixLines.Rules(options.All, options.Rules);
        if (!options.Fix && (options.All || rules.Count > 0))
        {
            throw new UsageException($"{(options.All ? "--all" : "--rule")} chooses which fixes --fix writes, so it needs --fix");
        }

        var release = ReleaseCopy.Find(
            options.File,
            console,
            [".docx", ".docm"],
            file => $"annotate writes Word comments, so it needs a Word file (.docx or .docm), not {file}");
        var output = options.Output ?? Path.ChangeExtension(options.File, ".reviewed" + release.Extension);
        release.RefuseAsOutput(output, console, "choose another --output");

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

        var findings = result.Active.ToList();
        var fixes = options.Fix ? FixLines.Choose(findings, options.All, rules) : [];
        WordReview review;
        try
        {
            review = WordAnnotator.Review(content, findings, fixes, RuleLinks.For([checker.ConfigurationFor(release.FullPath)]), clock.GetCurrentInstant().ToDateTimeUtc());
        }
        catch (InvalidDataException ex)
        {
            // A part the copy rewrites (the body or the comments) is past a reader's limit: nothing is written.
            console.Error.WriteLine(ConsoleText.Escape($"{options.File}: error {EngineDescriptors.FileUnreadable.Id}: {ex.Message}"));
            return ExitCodes.ErrorsFound;
        }

        OutputTarget.WriteBytes(output, console, review.Content.ToArray(), mustNotReplace: release.Identity);
        var errors = findings.Count(d => d.Severity == DiagnosticSeverity.Error);
        var comments = $"{ConsoleText.Escape(output)}: {Plural.Count(findings.Count, "comment")} added ({Plural.Count(errors, "error")})";
        if (!options.Fix)
        {
            console.Out.WriteLine(comments);
            return errors > 0 ? ExitCodes.ErrorsFound : ExitCodes.Success;
        }

        FixLines.Write(console, review.Applied, review.Skipped);
        console.Out.WriteLine($"{comments}, {FixLines.Fixes(review.Applied.Length)} written as tracked changes, {FixLines.Fixes(review.Skipped.Length)} left for a person");
        return errors > 0 ? ExitCodes.ErrorsFound : ExitCodes.Success;
    }
}
