using PublicityCheck.Annotation;
using PublicityCheck.Cli.Verbs;
using PublicityCheck.Diagnostics;
using PublicityCheck.Documents;

namespace PublicityCheck.Cli.Commands;

/// <summary>
/// <c>publicitycheck annotate</c>: checks a Word release and writes a copy with a comment per finding. The input
/// is read once, into memory, and the findings and the copy both come from those bytes; it is never written.
/// </summary>
internal sealed class AnnotateCommand(CliConsole console)
{
    public int Run(AnnotateOptions options)
    {
        var full = Path.GetFullPath(options.File, console.WorkingDirectory);
        if (!File.Exists(full))
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
        if (string.Equals(outputFull, full, StringComparison.Ordinal))
        {
            throw new UsageException("the reviewed copy must not overwrite the release: choose another --output");
        }

        var checker = new PublicityChecker(new PublicityCheckerOptions
        {
            ConfigurationFile = OptionValues.ConfigurationFile(options.Config, console),
            AllowDiscoveredAnalyzers = options.AllowAnalyzers,
            PublishOn = OptionValues.Date(options.PublishOn, "--publish-on"),
        });
        var content = File.ReadAllBytes(full);
        using var stream = new MemoryStream(content, writable: false);
        var read = checker.Readers.ForPath(full)!.Read(options.File, stream, ReaderOptions.Default);
        var result = checker.Check(read, full);
        if (result.Document is null)
        {
            foreach (var failure in result.Diagnostics)
            {
                console.Error.WriteLine($"{options.File}: error {failure.Id}: {failure.Message}");
            }

            return ExitCodes.ErrorsFound;
        }

        var findings = result.Active.ToList();
        var annotated = WordAnnotator.Annotate(content, findings);
        OutputTarget.WriteBytes(output, console, annotated);
        var errors = findings.Count(d => d.Severity == DiagnosticSeverity.Error);
        console.Out.WriteLine($"{output}: {findings.Count} comment{(findings.Count == 1 ? string.Empty : "s")} added ({errors} error{(errors == 1 ? string.Empty : "s")})");
        return errors > 0 ? ExitCodes.ErrorsFound : ExitCodes.Success;
    }
}
