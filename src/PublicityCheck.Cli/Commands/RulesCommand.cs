using System.Text.Encodings.Web;
using System.Text.Json;
using PublicityCheck.Cli.Verbs;
using PublicityCheck.Configuration;
using PublicityCheck.Diagnostics;

namespace PublicityCheck.Cli.Commands;

/// <summary><c>publicitycheck rules</c>: lists every rule the checker knows, as a table, JSON or the Markdown register.</summary>
internal sealed class RulesCommand(CliConsole console)
{
    public int Run(RulesOptions options)
    {
        var configPath = options.Config is null ? null : Path.GetFullPath(options.Config, console.WorkingDirectory);
        if (configPath is not null && !File.Exists(configPath))
        {
            throw new UsageException($"the configuration file {options.Config} does not exist");
        }

        var checker = new PublicityChecker(new PublicityCheckerOptions { ConfigurationFile = configPath });
        var configuration = configPath is null ? PublicityCheckConfiguration.Default : checker.ConfigurationFor(configPath);
        var rules = checker.DescriptorsFor(configuration);
        switch (options.Format.ToLowerInvariant())
        {
            case "table":
                WriteTable(rules);
                break;
            case "json":
                WriteJson(rules);
                break;
            case "markdown" or "md":
                console.Out.Write(RuleRegister.ToMarkdown(rules));
                break;
            default:
                throw new UsageException($"--format '{options.Format}' is not one of table, json, markdown");
        }

        return ExitCodes.Success;
    }

    private void WriteTable(IReadOnlyList<DiagnosticDescriptor> rules)
    {
        var categoryWidth = Math.Max("Category".Length, rules.Max(r => r.Category.Length));
        console.Out.WriteLine($"{"Id",-8} {"Severity",-8} {"Category".PadRight(categoryWidth)} Title");
        foreach (var rule in rules)
        {
            console.Out.WriteLine($"{rule.Id,-8} {rule.DefaultSeverity.ToName(),-8} {rule.Category.PadRight(categoryWidth)} {rule.Title}");
        }
    }

    private void WriteJson(IReadOnlyList<DiagnosticDescriptor> rules)
    {
        var list = rules.Select(r => new
        {
            id = r.Id,
            title = r.Title,
            category = r.Category,
            defaultSeverity = r.DefaultSeverity.ToName(),
            messageFormat = r.MessageFormat,
            description = r.Description,
            helpUri = r.HelpUri.ToString(),
        });
        console.Out.WriteLine(JsonSerializer.Serialize(new { rules = list }, JsonOptions));
    }

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
