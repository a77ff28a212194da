using CommandLine;

namespace PublicityCheck.Training;

/// <summary>The training program's options: the same as the <c>publicitycheck train</c> verb had.</summary>
internal sealed class TrainOptions
{
    /// <summary>The folder holding <c>train.tsv</c> and <c>test.tsv</c>.</summary>
    [Option("data", Default = "lexicons/partisan", HelpText = "The folder holding train.tsv and test.tsv.")]
    public string Data { get; set; } = "lexicons/partisan";

    /// <summary>The ML.NET model to write; the scoring model and the card go beside it.</summary>
    [Option("out", Default = "models/partisan.zip", HelpText = "The ML.NET model to write; the scoring model (.model.tsv) and the card (.card.md) go beside it.")]
    public string Out { get; set; } = "models/partisan.zip";

    /// <summary>The seed of every random choice.</summary>
    [Option("seed", Default = 1, HelpText = "The seed of every random choice (folds, trainer).")]
    public int Seed { get; set; } = 1;

    /// <summary>The real published sentences to measure the model on, when the file is there.</summary>
    [Option("real", Default = RealSetEvaluation.DefaultRelativePath, HelpText = "Real published sentences (label, sentence, source, kind) to measure the model on, read in place when present.")]
    public string Real { get; set; } = RealSetEvaluation.DefaultRelativePath;

    /// <summary>The decision threshold, when it is not to be chosen from cross-validation.</summary>
    [Option("threshold", HelpText = "The decision threshold (0 to 1); without it, the lowest from 0.50 at which cross-validated precision reaches 0.97.")]
    public double? Threshold { get; set; }

    /// <summary>The n-gram probability from which a sentence is given to the sentence encoder.</summary>
    [Option("gate", Default = 0.01, HelpText = "The n-gram probability from which a sentence is also scored by the sentence encoder (0 scores every sentence with both).")]
    public double Gate { get; set; } = 0.01;

    /// <summary>Whether a sentence that names a party is given to the sentence encoder whatever its n-gram score.</summary>
    [Option("gate-party-names", HelpText = "Also score with the sentence encoder every sentence that names a party or group (lexicons/partisan/party-names.txt), whatever its n-gram probability.")]
    public bool GatePartyNames { get; set; }

    /// <summary>Whether a sentence that holds a word of party politics is given to the sentence encoder whatever its n-gram score.</summary>
    [Option("gate-political-words", HelpText = "Also score with the sentence encoder every sentence that holds a word of party politics naming no party (lexicons/partisan/political-words.txt: coalition, opposition, manifesto...), whatever its n-gram probability.")]
    public bool GatePoliticalWords { get; set; }

    /// <summary>Whether the ensemble weighs a credit claim's frame, its weight learned with the others'.</summary>
    [Option("credit-claims", HelpText = "Weigh a credit claim's frame (a party, group or administration as the subject of a verb of achievement; lexicons/partisan/credit-claims/) in the ensemble, its weight learned with the other scores'.")]
    public bool CreditClaims { get; set; }

    /// <summary>The credit claim frame's weight in log-odds, when it is given rather than learned.</summary>
    [Option("credit-claim-weight", HelpText = "Weigh a credit claim's frame in the ensemble by this many log-odds, rather than learning its weight.")]
    public double? CreditClaimWeight { get; set; }

    /// <summary>The weight in log-odds of a party's or a candidate's own voice; none leaves it out.</summary>
    [Option("party-voice-weight", HelpText = "Weigh a party's or a candidate's own voice (\"our party\", \"my group\", \"if we are re-elected\"; lexicons/partisan/party-voice/) in the ensemble by this many log-odds.")]
    public double? PartyVoiceWeight { get; set; }

    /// <summary>The weight in log-odds, below zero, of a reporter's account of an accusation; none leaves it out.</summary>
    [Option("reported-accusation-weight", HelpText = "Weigh a reporter's account of one side accusing another (\"Labour councillors accused the cabinet of ...\"; lexicons/partisan/reported-accusation/) in the ensemble by this many log-odds, below zero.")]
    public double? ReportedAccusationWeight { get; set; }

    /// <summary>The least n-gram probability the ensemble's combination reads (see <see cref="PublicityCheck.Classification.EnsembleWeights.NgramFloor"/>).</summary>
    [Option("ngram-floor", Default = PublicityCheck.Classification.EnsembleWeights.DefaultNgramFloor, HelpText = "The least n-gram probability the ensemble combines when it scores (1e-6 to 0.1; the combination is fitted unfloored): a lower score counts as this, so that the n-gram model's certainty about wording it never saw cannot outweigh the encoder.")]
    public double NgramFloor { get; set; } = PublicityCheck.Classification.EnsembleWeights.DefaultNgramFloor;

    /// <summary>The ensemble's decision threshold, when it is not to be chosen from cross-validation.</summary>
    [Option("ensemble-threshold", HelpText = "The ensemble's decision threshold (0 to 1); without it, chosen from cross-validation as --threshold is.")]
    public double? EnsembleThreshold { get; set; }

    /// <summary>How many of the nearest training sentences vote in the ensemble; 0 leaves the vote out.</summary>
    [Option("neighbours", Default = 0, HelpText = "How many of the training sentences nearest a sentence's encoder vector vote on it, as a third score the ensemble combines (0 leaves the vote out).")]
    public int Neighbours { get; set; }

    /// <summary>Hidden units of the network over the encoder's vectors that the ensemble combines; 0 leaves the network out.</summary>
    [Option("network", Default = 0, HelpText = "Hidden units of a one-layer network over the encoder's vectors, as a further score the ensemble combines (0 leaves the network out; 128 is the size measured).")]
    public int Network { get; set; }

    /// <summary>How much a template's many sentences are weighted down against hand-written ones (see <see cref="GroupWeights"/>).</summary>
    [Option("group-weighting", Default = 0.0, HelpText = "Weight each training sentence by 1 / (sentences in its group)^this, 0 to 1: 0 counts every sentence once, 1 counts every template or hand-written sentence once.")]
    public double GroupWeighting { get; set; }

    /// <summary>The precision of the sentence encoder whose vectors the ensemble's regression is trained on, and which it will be given.</summary>
    [Option("encoder-precision", Default = "float32", HelpText = "The sentence encoder the ensemble is trained on and will run with: float32 (the model as published) or int8 (its weights quantised: a quarter of the size, quicker).")]
    public string EncoderPrecision { get; set; } = "float32";

    /// <summary>How many of the sentence encoder's top layers to fine-tune on the training sentences; 0 uses the encoder as published.</summary>
    [Option("tune-layers", Default = 0, HelpText = "Fine-tune this many of the sentence encoder's top layers (of 6) on the training sentences before the ensemble is trained, and write the changed weights beside the model (.encoder.bin); 0 uses the encoder as published.")]
    public int TuneLayers { get; set; }

    /// <summary>Passes over the training sentences when tuning.</summary>
    [Option("tune-epochs", Default = 1, HelpText = "Passes over the training sentences when fine-tuning the encoder.")]
    public int TuneEpochs { get; set; } = 1;

    /// <summary>The encoder's peak learning rate when tuning.</summary>
    [Option("tune-rate", Default = 5e-5, HelpText = "The encoder's peak learning rate when fine-tuning (AdamW, warm-up then linear decay).")]
    public double TuneRate { get; set; } = 5e-5;

    /// <summary>A tuning written by an earlier run, to train the rest of the model on without tuning again.</summary>
    [Option("tuning", HelpText = "A tuning file (.encoder.bin) an earlier run wrote: the ensemble is trained on the encoder it tunes, without tuning again.")]
    public string? Tuning { get; set; }

    /// <summary>Whether to compare featurisations and regularisations too, and put the comparison in the card.</summary>
    [Option("sweep", HelpText = "Also cross-validate several n-gram settings and L2 regularisations, and put the comparisons in the card.")]
    public bool Sweep { get; set; }
}
