using System.Text.Json;
using PublicityCheck.Cli.Output;
using PublicityCheck.Cli.Verbs;
using PublicityCheck.Configuration;
using PublicityCheck.Diagnostics;
using PublicityCheck.Reporting;

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
        var rules = Select(checker.DescriptorsFor(configuration), options.Ids.ToList());
        switch (options.Format.ToLowerInvariant())
        {
            case "table":
                WriteTable(rules);
                break;
            case "json":
                WriteJson(rules, RuleLinks.For([configuration]));
                break;
            case "markdown" or "md":
                console.Out.Write(RuleRegister.ToMarkdown(rules));
                break;
            default:
                throw new UsageException($"--format '{options.Format}' is not one of table, json, markdown");
        }

        return ExitCodes.Success;
    }

    /// <summary>The rules named by <paramref name="ids"/> (any case), in the order given; every rule when none is named.</summary>
    /// <exception cref="UsageException">An id names no rule; the message offers the nearest ids.</exception>
    private static IReadOnlyList<DiagnosticDescriptor> Select(IReadOnlyList<DiagnosticDescriptor> rules, IReadOnlyList<string> ids)
    {
        if (ids.Count == 0)
        {
            return rules;
        }

        var selected = new List<DiagnosticDescriptor>();
        foreach (var id in ids)
        {
            var rule = rules.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.OrdinalIgnoreCase))
                ?? throw new UsageException($"there is no rule {id}.{Parsing.Suggestions.DidYouMean(id, rules.Select(r => r.Id))} Run 'publicitycheck rules' for every id");
            if (!selected.Contains(rule))
            {
                selected.Add(rule);
            }
        }

        return selected;
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

    private void WriteJson(IReadOnlyList<DiagnosticDescriptor> rules, RuleLinks links)
    {
        var list = rules.Select(r => new RuleEntry(
            r.Id, r.Title, r.Category, r.DefaultSeverity.ToName(), r.MessageFormat, r.Description, links.For(r)?.AbsoluteUri)).ToList();
        console.Out.WriteLine(JsonSerializer.Serialize(new RuleList(list), CliJsonContext.Indented.RuleList));
    }
}
