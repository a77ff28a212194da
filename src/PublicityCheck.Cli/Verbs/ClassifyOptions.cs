using CommandLine;

namespace PublicityCheck.Cli.Verbs;

[Verb("classify", HelpText = "Score sentences, one a line, for party-political language: score<TAB>label for each line, in order.")]
internal sealed class ClassifyOptions
{
    [Value(0, MetaName = "file", Required = false, HelpText = "A text file of sentences, one a line; '-' or nothing for standard input.")]
    public string? File { get; set; }

    [Option("format", Default = "tsv", HelpText = "Output format: tsv or json (json adds the phrases behind each score).")]
    public string Format { get; set; } = "tsv";
}
