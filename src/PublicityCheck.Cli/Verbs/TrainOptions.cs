using CommandLine;

namespace PublicityCheck.Cli.Verbs;

[Verb("train", HelpText = "Train the party-political language classifier from the labelled corpus, and write the model and its card.")]
internal sealed class TrainOptions
{
    [Option("data", Default = "lexicons/partisan", HelpText = "The folder holding train.tsv and test.tsv.")]
    public string Data { get; set; } = "lexicons/partisan";

    [Option("out", Default = "models/partisan.zip", HelpText = "The ML.NET model to write; the scoring model (.model.tsv) and the card (.card.md) go beside it.")]
    public string Out { get; set; } = "models/partisan.zip";

    [Option("seed", Default = 1, HelpText = "The seed of every random choice (folds, trainer).")]
    public int Seed { get; set; } = 1;

    [Option("sweep", HelpText = "Also cross-validate several n-gram settings and put the comparison in the card.")]
    public bool Sweep { get; set; }
}
