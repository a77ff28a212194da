using PublicityCheck.Annotation;
using PublicityCheck.Cli.Verbs;
using PublicityCheck.Diagnostics;
using PublicityCheck.Documents;
using PublicityCheck.IO;
using PublicityCheck.Reporting;

namespace PublicityCheck.Cli.Commands;

/// <summary>
/// <c>publicitycheck annotate</c>: checks a Word release and writes a copy with a comment per finding. The input
/// is read once, into memory (only if it is a regular file within the readers' size limit), and the findings and
/// the copy both come from those bytes; it is never written. Files are compared as files (device and inode), not
/// as path strings: an output that is the release through a symbolic or hard link is refused, before and again
/// just before the copy is moved into place.
/// </summary>
internal sealed class AnnotateCommand(CliConsole console)
{
    public int Run(AnnotateOptions options)
    {
        var full = Path.GetFullPath(options.File, console.WorkingDirectory);
        if (UntrustedFile.Identify(full) is not { } input || input.Kind == FileKind.Directory)
        {
            throw new UsageException($"no such file: {options.File}");
        }

        var extension = Path.GetExtension(full).ToLowerInvariant();
        if (extension is not (".docx" or ".docm"))
        {
            throw new UsageException($"annotate writes Word comments, so it needs a Word file (.docx or .docm), not {options.File}");
        }

        var output = options.Output ?? Path.ChangeExtension(options.File, ".reviewed" + extension);
        var outputFull = Path.GetFullPath(output, console.WorkingDirectory);
        if (string.Equals(outputFull, full, StringComparison.Ordinal) || OutputTarget.IsSameFile(outputFull, input))
        {
            throw new UsageException($"the output {output} is the release itself (the same file, or a link to it): choose another --output");
        }

        var checker = new PublicityChecker(new PublicityCheckerOptions
        {
            ConfigurationFile = OptionValues.ConfigurationFile(options.Config, console),
            AllowDiscoveredAnalyzers = options.AllowAnalyzers,
            PublishOn = OptionValues.Date(options.PublishOn, "--publish-on"),
        });
        var result = Read(checker, full, options.File, out var content);
        if (result.Format is null)
        {
            foreach (var failure in result.Diagnostics)
            {
                console.Error.WriteLine(ConsoleText.Escape($"{options.File}: error {failure.Id}: {failure.Message}"));
            }

            return ExitCodes.ErrorsFound;
        }

        var findings = result.Active.ToList();
        byte[] annotated;
        try
        {
            annotated = WordAnnotator.Annotate(content, findings, RuleLinks.For([checker.ConfigurationFor(full)]));
        }
        catch (InvalidDataException ex)
        {
            // A part the copy rewrites (the body or the comments) is past a reader's limit: nothing is written.
            console.Error.WriteLine(ConsoleText.Escape($"{options.File}: error {EngineDescriptors.FileUnreadable.Id}: {ex.Message}"));
            return ExitCodes.ErrorsFound;
        }

        OutputTarget.WriteBytes(output, console, annotated, mustNotReplace: input);
        var errors = findings.Count(d => d.Severity == DiagnosticSeverity.Error);
        console.Out.WriteLine($"{ConsoleText.Escape(output)}: {Plural.Count(findings.Count, "comment")} added ({Plural.Count(errors, "error")})");
        return errors > 0 ? ExitCodes.ErrorsFound : ExitCodes.Success;
    }

    /// <summary>Reads and checks the release; a FIFO, a device or a file over the limit is PC0001, never read.</summary>
    private static FileResult Read(PublicityChecker checker, string full, string display, out byte[] content)
    {
        try
        {
            content = UntrustedFile.ReadAllBytes(full, checker.ReaderOptions.MaxFileBytes);
        }
        catch (UntrustedFileException ex)
        {
            content = [];
            return checker.Check(DocumentReadResult.Failure(display, ex.Message), full);
        }

        using var stream = new MemoryStream(content, writable: false);
        var read = checker.Readers.ForPath(full)!.Read(display, stream, checker.ReaderOptions);
        return checker.Check(read, full);
    }
}
