using PublicityCheck.Cli.Verbs;
using PublicityCheck.Documents;
using PublicityCheck.Reporting;

namespace PublicityCheck.Cli.Commands;

/// <summary><c>publicitycheck inspect</c>: prints the document model as the engine sees it.</summary>
internal sealed class InspectCommand(CliConsole console)
{
    public int Run(InspectOptions options)
    {
        if (!string.Equals(options.Format, "json", StringComparison.OrdinalIgnoreCase))
        {
            throw new UsageException($"--format '{options.Format}' is not supported (use json)");
        }

        var full = Path.GetFullPath(options.File, console.WorkingDirectory);
        if (!File.Exists(full))
        {
            throw new UsageException($"no such file: {options.File}");
        }

        var read = DocumentReaders.Default.ReadFile(full, options.File, ReaderOptions.Default);
        if (read.Document is null)
        {
            foreach (var failure in read.Diagnostics)
            {
                console.Error.WriteLine($"{options.File}: error {failure.Id}: {failure.Message}");
            }

            return ExitCodes.ErrorsFound;
        }

        DocumentModelWriter.Write(read.Document, console.Out);
        return ExitCodes.Success;
    }
}
