using System.Globalization;
using PublicityCheck.Classification;
using PublicityCheck.Classification.Encoding;

namespace PublicityCheck.Training;

/// <summary>Trains the classifier, prints its metrics, writes the model files and the card.</summary>
internal sealed class TrainCommand(TrainingConsole console)
{
    /// <summary>The featurisations compared by <c>--sweep</c>.</summary>
    public static readonly FeatureSettings[] Candidates =
    [
        new(1, 0, 0),
        new(2, 0, 0),
        new(3, 0, 0),
        new(1, 3, 5),
        new(2, 2, 4),
        new(2, 3, 5),
        new(2, 3, 6),
    ];

    /// <summary>The L2 regularisations compared by <c>--sweep</c>.</summary>
    public static readonly float[] RegularisationCandidates = [0.3f, 0.1f, 0.03f, 0.01f, 0.003f, 0.001f];

    /// <summary>Trains as <paramref name="options"/> say and returns the exit code.</summary>
    public int Run(TrainOptions options)
    {
        var data = Path.GetFullPath(options.Data, console.WorkingDirectory);
        var trainPath = Path.Combine(data, "train.tsv");
        var testPath = Path.Combine(data, "test.tsv");
        if (!File.Exists(trainPath) || !File.Exists(testPath))
        {
            throw new UsageException($"{options.Data} must hold train.tsv and test.tsv");
        }

        var files = ModelFiles.For(Path.GetFullPath(options.Out, console.WorkingDirectory));
        var train = LabelledSentence.ReadFile(trainPath);
        var test = LabelledSentence.ReadFile(testPath);
        if (options.Threshold is < 0 or > 1)
        {
            throw new UsageException($"--threshold {options.Threshold} is not between 0 and 1");
        }

        if (options.GroupWeighting is < 0 or > 1)
        {
            throw new UsageException($"--group-weighting {options.GroupWeighting} is not between 0 and 1");
        }

        if (!EncoderPrecisions.TryParse(options.EncoderPrecision, out var precision))
        {
            throw new UsageException($"--encoder-precision is float32 or int8, not '{options.EncoderPrecision}'");
        }

        if (options.NgramFloor is not (>= EnsembleWeights.DefaultNgramFloor and <= EnsembleWeights.MaxNgramFloor))
        {
            throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"--ngram-floor {options.NgramFloor} is not between {EnsembleWeights.DefaultNgramFloor:0.######} and {EnsembleWeights.MaxNgramFloor}"));
        }

        if (options.Neighbours < 0)
        {
            throw new UsageException($"--neighbours {options.Neighbours} is not 0 or more");
        }

        if (options.Network is < 0 or > NetworkHead.MaxHidden)
        {
            throw new UsageException($"--network {options.Network} is not 0 to {NetworkHead.MaxHidden} hidden units");
        }

        if (options.Network > 0 && options.Neighbours == 0)
        {
            // The network was measured as a fourth score beside the vote, and the card describes it so.
            throw new UsageException("--network is combined beside the neighbour vote: give --neighbours too");
        }

        if (options.TuneLayers is < 0 || options.TuneLayers > Tuning.EncoderShape.MiniLm.Layers)
        {
            throw new UsageException($"--tune-layers {options.TuneLayers} is not 0 to {Tuning.EncoderShape.MiniLm.Layers} layers");
        }

        if (options.TuneLayers > 0 && options.Tuning is not null)
        {
            throw new UsageException("--tune-layers tunes the encoder afresh and --tuning reads a tuning made before: give one of them");
        }

        if (options.TuneEpochs < 1 || options.TuneRate is not (> 0 and <= 0.01))
        {
            throw new UsageException($"--tune-epochs must be 1 or more and --tune-rate above 0 and at most 0.01 (a fine-tuning rate is about 5e-5), not {options.TuneEpochs} and {options.TuneRate}");
        }

        var published = options.TuneLayers > 0 || options.Tuning is not null ? SentenceEncoder.ReadPublishedModel(SentenceEncoder.DefaultModelPath) : null;
        (EncoderTuning? Tuning, byte[]? Bytes) tuningFile = options.Tuning is null ? default : ReadTuningFile(Path.GetFullPath(options.Tuning, console.WorkingDirectory), published!);

        var trainer = new PartisanTrainer(TrainingSettings.Default(options.Seed) with { Threshold = options.Threshold, GroupWeighting = options.GroupWeighting });
        var sweep = options.Sweep ? trainer.Sweep(train, Candidates) : [];
        foreach (var (features, count, metrics) in sweep)
        {
            console.Out.WriteLine($"sweep  {features,-24} features {count,6}  F1 {metrics.F1:0.000}  AUC {metrics.Auc:0.0000}");
        }

        var regularisation = options.Sweep ? trainer.SweepRegularisation(train, RegularisationCandidates) : [];
        foreach (var (l2, metrics) in regularisation)
        {
            console.Out.WriteLine($"sweep  L2 {l2,-21} F1 {metrics.F1:0.000}  AUC {metrics.Auc:0.0000}");
        }

        var result = trainer.Train(train, test);
        foreach (var (threshold, metrics) in result.ThresholdTable)
        {
            Print($"cv at {threshold:0.00}", metrics);
        }

        Print("cross-validation", result.CrossValidation);
        Print("test split", result.Test);
        Print("lexicon baseline", result.Baseline);
        console.Out.WriteLine($"threshold {result.Model.Threshold:0.00}; {result.Model.Vocabulary.Count} features; scorer matches ML.NET within {result.ParityError:0.0e0}");
        var realPath = Path.GetFullPath(options.Real, console.WorkingDirectory);
        var real = File.Exists(realPath) ? RealSetEvaluation.Measure(realPath, result.Model) : null;
        if (real is null)
        {
            console.Out.WriteLine($"real sentences    not measured: {options.Real} is not there");
        }
        else
        {
            foreach (var line in real.Lines())
            {
                console.Out.WriteLine(line);
            }
        }

        if (options.Gate is < 0 or > 1 || options.EnsembleThreshold is < 0 or > 1)
        {
            throw new UsageException("--gate and --ensemble-threshold are probabilities between 0 and 1");
        }

        var tuned = options.TuneLayers > 0
            ? Tuning.TuningStep.Run(train, options.GroupWeighting, new Tuning.TuningSettings { Layers = options.TuneLayers, Epochs = options.TuneEpochs, Rate = options.TuneRate, Seed = options.Seed }, console.Out.WriteLine)
            : null;
        if (tuned is not null)
        {
            console.Out.WriteLine($"tuning: loss by pass {string.Join(", ", tuned.EpochLosses.Select(l => l.ToString("0.0000", System.Globalization.CultureInfo.InvariantCulture)))}; {tuned.Elapsed.TotalMinutes:0.0} min; tuning {tuned.Tuning.Digest}");
        }

        // The ensemble is trained on the tuning as the tool will read it back from the file, whose weights are held as
        // 8-bit differences: the same numbers, and the same digest, that it will be given at run time.
        var (tuning, tuningBytes) = tuned is null ? tuningFile : RoundTrip(tuned.Tuning, published!);
        using var tunedEncoder = tuning is null ? null : SentenceEncoder.Load(SentenceEncoder.DefaultModelPath, SentenceEncoder.DefaultCacheDirectory, precision, tuning);
        Func<ISentenceEncoder> encoder = tunedEncoder is null ? () => SentenceEncoder.SharedFor(precision) : () => tunedEncoder;
        var ensemble = new EnsembleTrainer(trainer.Settings, encoder, precision, tuning?.Digest).Train(
            train,
            test,
            result.Model,
            options.Gate,
            options.EnsembleThreshold,
            options.Neighbours,
            options.Network > 0 ? new NetworkSettings(options.Network) : null,
            options.GatePartyNames,
            options.CreditClaims,
            options.CreditClaimWeight,
            options.PartyVoiceWeight,
            options.ReportedAccusationWeight,
            options.NgramFloor,
            options.GatePoliticalWords);
        Print("ensemble cv", ensemble.CrossValidation);
        Print("ensemble test", ensemble.Test);
        Print("encoder alone cv", ensemble.EncoderCrossValidation);
        if (ensemble.NetworkCrossValidation is { } networkAlone)
        {
            Print("network alone cv", networkAlone);
            console.Out.WriteLine($"network: {options.Network} hidden units; lowest held-out loss at passes {string.Join(", ", ensemble.NetworkStops)}; final network {ensemble.NetworkEpochs} passes");
        }

        var w = ensemble.Ensemble.Weights;
        console.Out.WriteLine($"ensemble threshold {ensemble.Ensemble.Threshold:0.00}; gate {ensemble.Ensemble.Gate:0.0##}{(ensemble.Ensemble.GatesOnPartyNames ? " or a party named" : string.Empty)}{(ensemble.Ensemble.GatesOnPoliticalWords ? " or a word of party politics" : string.Empty)}; weights n-gram {w.Ngram:0.000}, encoder {w.Encoder:0.000}, neighbours {w.Neighbours:0.000}, network {w.Network:0.000}, credit claims {w.CreditClaim:0.000}, party voice {w.PartyVoice:0.000}, reported accusations {w.ReportedAccusation:0.000}, bias {w.Bias:0.000}; n-gram floor {w.NgramFloor:0.######}");
        var realEnsemble = File.Exists(realPath) ? RealSetEvaluation.Measure(realPath, ensemble.Ensemble) : null;
        foreach (var line in realEnsemble?.Lines() ?? [])
        {
            console.Out.WriteLine("ensemble " + line);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(files.MlNet)!);
        result.SaveMlNetModel(files.MlNet);
        using (var writer = new StreamWriter(files.Scoring))
        {
            PartisanModelFile.Write(result.Model, writer);
        }

        using (var writer = new StreamWriter(files.Ensemble))
        {
            PartisanEnsembleFile.Write(ensemble.Ensemble, writer);
        }

        if (ensemble.Ensemble.Neighbours is { } vote)
        {
            using var stream = File.Create(files.Neighbours);
            NeighbourVoteFile.Write(vote, stream);
        }
        else
        {
            File.Delete(files.Neighbours);
        }

        if (tuningBytes is not null)
        {
            File.WriteAllBytes(files.Encoder, tuningBytes);
        }
        else
        {
            File.Delete(files.Encoder);
        }

        File.WriteAllText(files.Card, ModelCard.Write(result, sweep, regularisation, real, options, ensemble, realEnsemble, tuned));
        var written = (ensemble.Ensemble.Neighbours is null ? "" : $", {files.Neighbours}") + (tuning is null ? "" : $", {files.Encoder}");
        console.Out.WriteLine($"wrote {files.MlNet}, {files.Scoring}, {files.Ensemble}{written} and {files.Card}");
        return ExitCodes.Success;
    }

    private static (EncoderTuning Tuning, byte[] Bytes) ReadTuningFile(string path, Onnx.ModelProto published)
    {
        try
        {
            using var stream = File.OpenRead(path);
            if (stream.Length > EncoderTuning.MaxElements * sizeof(float))
            {
                throw new InvalidDataException($"the file is {stream.Length} bytes, more than a tuning can hold");
            }

            var bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
            return (EncoderTuning.Read(new MemoryStream(bytes, writable: false), published), bytes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw new UsageException($"--tuning {path} cannot be read: {ex.Message}");
        }
    }

    private static (EncoderTuning? Tuning, byte[]? Bytes) RoundTrip(EncoderTuning tuning, Onnx.ModelProto published)
    {
        using var buffer = new MemoryStream();
        tuning.Write(buffer, published);
        var bytes = buffer.ToArray();
        return (EncoderTuning.Read(new MemoryStream(bytes, writable: false), published), bytes);
    }

    private void Print(string name, BinaryMetrics m) =>
        console.Out.WriteLine($"{name,-17} accuracy {m.Accuracy:0.000}  precision {m.Precision:0.000}  recall {m.Recall:0.000}  F1 {m.F1:0.000}  AUC {m.Auc:0.000}");
}
