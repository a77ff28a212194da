using CommandLine;

namespace PublicityCheck.Cli.Verbs;

[Verb("classify", HelpText = "Score sentences, one a line, for party-political language: score<TAB>label for each line, in order.")]
internal sealed class ClassifyOptions
{
    [Value(0, MetaName = "file", Required = false, HelpText = "A text file of sentences, one a line; '-' or nothing for standard input.")]
    public string? File { get; set; }

    [Option("format", Default = "tsv", HelpText = "Output format: tsv or json (json adds the phrases behind each score; with --labelled, tsv is a text report).")]
    public string Format { get; set; } = "tsv";

    [Option("labelled", HelpText = "The file holds sentences a person has labelled, tab-separated under a header naming label (partisan or neutral), sentence and, optionally, kind: print how the classifier does on them (precision, recall, F1, false alarms on the neutral ones, and the share right by kind) rather than a score a line.")]
    public bool Labelled { get; set; }
}
