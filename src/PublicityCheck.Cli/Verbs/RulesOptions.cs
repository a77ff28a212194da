using CommandLine;

namespace PublicityCheck.Cli.Verbs;

[Verb("rules", HelpText = "List every rule: id, default severity, category and title.")]
internal sealed class RulesOptions
{
    [Value(0, MetaName = "ids", Required = false, HelpText = "Only these rules (PC0101 PC0304); by default every rule.")]
    public IEnumerable<string> Ids { get; set; } = [];

    [Option("format", Default = "table", HelpText = "Output format: table, json or markdown.")]
    public string Format { get; set; } = "table";

    [Option("config", HelpText = "Include the analyzers this publicitycheck.json loads.")]
    public string? Config { get; set; }
}
