using CommandLine;

namespace PublicityCheck.Cli.Verbs;

[Verb("rules", HelpText = "List every rule: id, default severity, category and title.")]
internal sealed class RulesOptions
{
    [Option("format", Default = "table", HelpText = "Output format: table, json or markdown.")]
    public string Format { get; set; } = "table";

    [Option("config", HelpText = "Include the analyzers this publicitycheck.json loads.")]
    public string? Config { get; set; }
}
