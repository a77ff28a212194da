using PublicityCheck.Cli.Verbs;
using PublicityCheck.Reporting;

namespace PublicityCheck.Cli.Commands;

/// <summary><c>publicitycheck inspect</c>: prints the document model as the rules see it.</summary>
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

        var checker = new PublicityChecker(new PublicityCheckerOptions
        {
            ConfigurationFile = OptionValues.ConfigurationFile(options.Config, console),
            AllowDiscoveredAnalyzers = options.AllowAnalyzers,
            PublishOn = OptionValues.Date(options.PublishOn, "--publish-on"),
        });
        var model = checker.Inspect(full, options.File, out var read);
        if (model is null)
        {
            foreach (var failure in read.Diagnostics)
            {
                console.Error.WriteLine(ConsoleText.Escape($"{options.File}: error {failure.Id}: {failure.Message}"));
            }

            return ExitCodes.ErrorsFound;
        }

        DocumentModelWriter.Write(model, console.Out);
        return ExitCodes.Success;
    }
}
