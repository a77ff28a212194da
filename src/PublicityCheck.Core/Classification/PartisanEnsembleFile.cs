using System.Globalization;
using PublicityCheck.Classification.Encoding;

namespace PublicityCheck.Classification;

/// <summary>
/// Reads and writes the ensemble's own part (<c>models/partisan.ensemble.tsv</c>): a few <c>key&lt;TAB&gt;value</c>
/// lines, then the encoder regression's weights one a line (<c>e&lt;TAB&gt;dimension&lt;TAB&gt;weight</c>). The
/// n-gram model is its own file, and so are the neighbour vote's vectors (<see cref="NeighbourVoteFile"/>). Format 2
/// adds the vote's weight in the combination (<c>neighbours&lt;TAB&gt;weight&lt;TAB&gt;vote below the gate</c>); a
/// file of format 1 combines the n-gram model and the encoder's regression alone. Format 3 adds a network over the
/// encoder's vector (<see cref="NetworkHead"/>): its weight in the combination, its score below the gate, its number of
/// hidden units and its output bias (<c>network&lt;TAB&gt;weight&lt;TAB&gt;below the gate&lt;TAB&gt;units&lt;TAB&gt;bias</c>),
/// then a line a hidden unit (<c>n&lt;TAB&gt;unit&lt;TAB&gt;bias&lt;TAB&gt;output weight&lt;TAB&gt;</c> and its weights,
/// one a dimension); in format 3 the vote is combined when the file has its <c>neighbours</c> line. Any format may name
/// the encoder tuning its heads were trained on (<c>encoder-tuning&lt;TAB&gt;digest</c>; none: the encoder as
/// published), which <see cref="RequireTuning"/> holds the installed tuning to, and may send every sentence that names
/// a party to the encoder whatever its n-gram score (<c>gate-party-names&lt;TAB&gt;true</c>; none or <c>false</c>: the
/// n-gram score alone decides) and every sentence that holds a word of party politics (<c>gate-political-words&lt;TAB&gt;true</c>;
/// <see cref="PoliticalWords"/>), and may weigh a credit claim's frame (<c>credit-claims&lt;TAB&gt;weight</c>; none: the
/// frame is not read; <see cref="CreditClaims"/>), a party's or a candidate's own voice (<c>party-voice&lt;TAB&gt;weight</c>;
/// <see cref="PartyVoice"/>) and a reporter's account of an accusation (<c>reported-accusations&lt;TAB&gt;weight</c>, below
/// zero; <see cref="ReportedAccusation"/>), each within ±<see cref="MaxFrameWeight"/>, and may floor the n-gram
/// probability the combination reads (<c>ngram-floor&lt;TAB&gt;probability</c>, from 1e-6 to 0.1; none: 1e-6;
/// <see cref="EnsembleWeights.NgramFloor"/>). Plain text, so a change of model shows in a diff.
/// </summary>
internal static class PartisanEnsembleFile
{
    private const string FormatWithoutVote = "1";
    private const string FormatWithVote = "2";
    private const string FormatWithNetwork = "3";
    private const int MaxLines = 1_000 + NetworkHead.MaxHidden;

    /// <summary>The largest frame weight, in log-odds, a file may give: beyond it a frame would decide a verdict alone whatever else the sentence says.</summary>
    public const double MaxFrameWeight = 20;

    /// <summary>Reads the ensemble's part and joins it to <paramref name="ngrams"/> and, when the file combines one, <paramref name="neighbours"/>, whatever precision it names.</summary>
    /// <exception cref="InvalidDataException">The text is not an ensemble file, or it combines a neighbour vote and none is given.</exception>
    public static PartisanEnsemble Read(TextReader reader, PartisanModel ngrams, Func<ISentenceEncoder> encoder, NeighbourVote? neighbours = null)
    {
        ArgumentNullException.ThrowIfNull(encoder);
        return Read(reader, ngrams, _ => encoder(), neighbours);
    }

    /// <summary>
    /// Reads the ensemble's part and joins it to <paramref name="ngrams"/> and to the encoder of the precision its
    /// regression was trained with (<c>encoder-precision</c>; <c>float32</c> when the file names none, as files
    /// written before int8 did not).
    /// </summary>
    /// <exception cref="InvalidDataException">The text is not an ensemble file, or it combines a neighbour vote and none is given.</exception>
    public static PartisanEnsemble Read(TextReader reader, PartisanModel ngrams, Func<EncoderPrecision, ISentenceEncoder> encoder, NeighbourVote? neighbours = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(encoder);
        var header = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var weights = new float[SentenceEncoder.Dimensions];
        var seen = new bool[weights.Length];
        var units = new Dictionary<int, (float Bias, float OutputWeight, float[] Weights)>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            if (++lineNumber > MaxLines)
            {
                throw new InvalidDataException($"The ensemble file has more than {MaxLines} lines.");
            }

            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields is ["e", var dimension, var weight])
            {
                if (!int.TryParse(dimension, NumberStyles.None, CultureInfo.InvariantCulture, out var d) || d >= weights.Length || seen[d]
                    || !float.TryParse(weight, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !float.IsFinite(value))
                {
                    throw new InvalidDataException($"Line {lineNumber} of the ensemble file is not a weight of a dimension not given before.");
                }

                weights[d] = value;
                seen[d] = true;
            }
            else if (fields.Length > 0 && fields[0] == "n")
            {
                var unit = ReadUnit(fields, lineNumber);
                if (!units.TryAdd(unit.Index, (unit.Bias, unit.OutputWeight, unit.Weights)))
                {
                    throw new InvalidDataException($"Line {lineNumber} of the ensemble file gives hidden unit {unit.Index} a second time.");
                }
            }
            else if (fields.Length >= 2)
            {
                header[fields[0]] = fields[1..];
            }
            else
            {
                throw new InvalidDataException($"Line {lineNumber} of the ensemble file is not a setting or a weight.");
            }
        }

        if (!header.TryGetValue("format", out var format) || format[0] is not (FormatWithoutVote or FormatWithVote or FormatWithNetwork))
        {
            throw new InvalidDataException($"The text is not a partisan ensemble of format {FormatWithoutVote}, {FormatWithVote} or {FormatWithNetwork}.");
        }

        var gatesOnPartyNames = Flag(header, "gate-party-names");
        var gatesOnPoliticalWords = Flag(header, "gate-political-words");
        var votes = format[0] == FormatWithVote || (format[0] == FormatWithNetwork && header.ContainsKey("neighbours"));
        var network = format[0] == FormatWithNetwork ? ReadNetwork(header, units) : null;
        if (network is null && units.Count > 0)
        {
            throw new InvalidDataException($"The ensemble file of format {format[0]} has hidden units, which only format {FormatWithNetwork} combines.");
        }

        if (votes && neighbours is null)
        {
            throw new InvalidDataException("The ensemble combines a neighbour vote, and none was given.");
        }

        if (Array.IndexOf(seen, false) is var missing and >= 0)
        {
            throw new InvalidDataException($"The ensemble file has no weight for dimension {missing}.");
        }

        var (precision, tuning) = EncoderChoiceOf(header);
        var frames = FramesOf(header);
        var stack = new EnsembleWeights(
            Number(header, "stack", 0),
            Number(header, "stack", 1),
            Number(header, "stack", 2),
            Number(header, "encoder-below-gate", 0),
            votes ? Number(header, "neighbours", 0) : 0,
            votes ? Number(header, "neighbours", 1) : 0,
            network is null ? 0 : Number(header, "network", 0),
            network is null ? 0 : Number(header, "network", 1),
            frames.CreditClaim,
            frames.PartyVoice,
            frames.ReportedAccusation,
            NgramFloorOf(header));
        return new PartisanEnsemble(ngrams, weights, Number(header, "encoder-bias", 0), stack, Number(header, "gate", 0), Number(header, "threshold", 0), () => encoder(precision), votes ? neighbours : null, network)
        {
            EncoderPrecision = precision,
            EncoderTuning = tuning,
            GatesOnPartyNames = gatesOnPartyNames,
            GatesOnPoliticalWords = gatesOnPoliticalWords,
        };
    }

    /// <summary>
    /// The encoder an ensemble file's regression was trained on (its precision, and its tuning's digest or null), read
    /// from its settings alone, so that the encoder can start loading before the n-gram model the ensemble joins is
    /// ready. The same settings, checked the same way, as <see cref="Read(TextReader, PartisanModel, Func{EncoderPrecision, ISentenceEncoder}, NeighbourVote?)"/>.
    /// </summary>
    /// <exception cref="InvalidDataException">The file is longer than an ensemble file, or names a precision or tuning it cannot.</exception>
    public static (EncoderPrecision Precision, string? Tuning) ReadEncoderChoice(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return EncoderChoiceOf(ReadSettings(reader, key => key.StartsWith("encoder-", StringComparison.Ordinal)));
    }

    /// <summary>
    /// The log-odds an ensemble file adds for each frame (<c>credit-claims</c>, <c>party-voice</c>,
    /// <c>reported-accusations</c>; 0 when a line is absent), read from its settings alone, so that the fast classifier
    /// can weigh the same frames without the encoder's regression, the neighbours or the encoder. The lines are checked as
    /// <see cref="Read(TextReader, PartisanModel, Func{EncoderPrecision, ISentenceEncoder}, NeighbourVote?)"/> checks
    /// them: a weight must lie within ±<see cref="MaxFrameWeight"/>.
    /// </summary>
    /// <exception cref="InvalidDataException">The file is too long, or a weight is not a number in range.</exception>
    public static FrameWeights ReadFrameWeights(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var header = ReadSettings(reader, key => key is "credit-claims" or "party-voice" or "reported-accusations");
        return FramesOf(header);
    }

    // The least n-gram probability the combination reads (EnsembleWeights.NgramFloor): the default when the file names
    // none, else a number from the default to MaxNgramFloor.
    private static double NgramFloorOf(Dictionary<string, string[]> header)
    {
        if (!header.ContainsKey("ngram-floor"))
        {
            return EnsembleWeights.DefaultNgramFloor;
        }

        var floor = Number(header, "ngram-floor", 0);
        return floor is >= EnsembleWeights.DefaultNgramFloor and <= EnsembleWeights.MaxNgramFloor
            ? floor
            : throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"The ensemble file's 'ngram-floor' {floor} is outside {EnsembleWeights.DefaultNgramFloor:0.######} to {EnsembleWeights.MaxNgramFloor}."));
    }

    // The frames' weights of a file's settings, read and checked in one place for the ensemble and the fast classifier.
    private static FrameWeights FramesOf(Dictionary<string, string[]> header) =>
        new(FrameWeight(header, "credit-claims"), FrameWeight(header, "party-voice"), FrameWeight(header, "reported-accusations"));

    // A frame's weight (0 when the file has no line for it), within ±MaxFrameWeight.
    private static double FrameWeight(Dictionary<string, string[]> header, string key)
    {
        var weight = header.ContainsKey(key) ? Number(header, key, 0) : 0;
        return Math.Abs(weight) <= MaxFrameWeight ? weight : throw new InvalidDataException($"The ensemble file's '{key}' weight {weight} is outside ±{MaxFrameWeight}.");
    }

    // The settings of an ensemble file that 'wanted' names (a line of a key, a tab and its values), read without the
    // rest of the file: no more lines than an ensemble file has, and only the wanted keys split.
    private static Dictionary<string, string[]> ReadSettings(TextReader reader, Func<string, bool> wanted)
    {
        var header = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            if (++lineNumber > MaxLines)
            {
                throw new InvalidDataException($"The ensemble file has more than {MaxLines} lines.");
            }

            if (line.IndexOf('\t', StringComparison.Ordinal) is var tab and > 0 && wanted(line[..tab]) && line.Split('\t') is [var key, _, ..] fields)
            {
                header[key] = fields[1..];
            }
        }

        return header;
    }

    // A setting that is true or false; false when the file does not give it.
    private static bool Flag(Dictionary<string, string[]> header, string key) => header.TryGetValue(key, out var value) switch
    {
        false => false,
        true when value is ["true"] => true,
        true when value is ["false"] => false,
        _ => throw new InvalidDataException($"The ensemble file's '{key}' is '{string.Join('\t', value!)}', not true or false."),
    };

    private static (EncoderPrecision Precision, string? Tuning) EncoderChoiceOf(Dictionary<string, string[]> header)
    {
        var precision = EncoderPrecision.Float32;
        if (header.TryGetValue("encoder-precision", out var named) && !EncoderPrecisions.TryParse(named[0], out precision))
        {
            throw new InvalidDataException($"The ensemble file names an encoder precision '{named[0]}' that is neither float32 nor int8.");
        }

        string? tuning = null;
        if (header.TryGetValue("encoder-tuning", out var digest))
        {
            tuning = digest[0];
            if (tuning.Length != EncoderTuning.DigestLength || !tuning.All(char.IsAsciiHexDigitLower))
            {
                throw new InvalidDataException($"The ensemble file names an encoder tuning '{tuning}' that is not {EncoderTuning.DigestLength} lowercase hexadecimal digits.");
            }
        }

        return (precision, tuning);
    }

    /// <summary>
    /// Refuses to join <paramref name="ensemble"/> to an encoder tuned by the tuning of digest
    /// <paramref name="tuningDigest"/> (null: the encoder as published) unless it is the tuning the ensemble was
    /// trained with: its heads read the vectors of that encoder, and another's would score every sentence wrongly.
    /// </summary>
    /// <exception cref="InvalidDataException">The ensemble names another tuning, or none where there is one, or one where there is none.</exception>
    public static void RequireTuning(PartisanEnsemble ensemble, string? tuningDigest)
    {
        ArgumentNullException.ThrowIfNull(ensemble);
        if (string.Equals(ensemble.EncoderTuning, tuningDigest, StringComparison.Ordinal))
        {
            return;
        }

        throw new InvalidDataException((ensemble.EncoderTuning, tuningDigest) switch
        {
            (null, _) => $"The ensemble was trained on the encoder as published, and the encoder's tuning {tuningDigest} is installed beside it; remove the tuning file or install the ensemble trained with it.",
            (_, null) => $"The ensemble was trained on the encoder tuned by {ensemble.EncoderTuning}, and no encoder tuning is installed; install the tuning file it was trained with.",
            _ => $"The ensemble was trained on the encoder tuned by {ensemble.EncoderTuning}, and the tuning installed is {tuningDigest}; install the tuning file and the ensemble of one training run.",
        });
    }

    /// <summary>Writes the ensemble's part of <paramref name="ensemble"/>.</summary>
    public static void Write(PartisanEnsemble ensemble, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(ensemble);
        ArgumentNullException.ThrowIfNull(writer);
        var c = CultureInfo.InvariantCulture;
        writer.WriteLine("# The party-political classifier's ensemble: the encoder's logistic regression and how it combines with the n-gram model.");
        writer.WriteLine("format\t" + (ensemble.Network is not null ? FormatWithNetwork : ensemble.Neighbours is null ? FormatWithoutVote : FormatWithVote));
        writer.WriteLine(string.Create(c, $"threshold\t{ensemble.Threshold:R}"));
        writer.WriteLine(string.Create(c, $"gate\t{ensemble.Gate:R}"));
        if (ensemble.GatesOnPartyNames)
        {
            writer.WriteLine("gate-party-names\ttrue");
        }

        if (ensemble.GatesOnPoliticalWords)
        {
            writer.WriteLine("gate-political-words\ttrue");
        }

        var w = ensemble.Weights;
        writer.WriteLine(string.Create(c, $"stack\t{w.Ngram:R}\t{w.Encoder:R}\t{w.Bias:R}"));
        if (w.NgramFloor != EnsembleWeights.DefaultNgramFloor)
        {
            writer.WriteLine(string.Create(c, $"ngram-floor\t{w.NgramFloor:R}"));
        }

        writer.WriteLine(string.Create(c, $"encoder-below-gate\t{w.EncoderBelowGate:R}"));
        writer.WriteLine(string.Create(c, $"encoder-bias\t{ensemble.EncoderBias:R}"));
        writer.WriteLine("encoder-precision\t" + ensemble.EncoderPrecision.Name());
        if (ensemble.EncoderTuning is { } tuning)
        {
            writer.WriteLine("encoder-tuning\t" + tuning);
        }
        if (ensemble.Neighbours is not null)
        {
            writer.WriteLine(string.Create(c, $"neighbours\t{w.Neighbours:R}\t{w.NeighboursBelowGate:R}"));
        }

        if (w.CreditClaim != 0)
        {
            writer.WriteLine(string.Create(c, $"credit-claims\t{w.CreditClaim:R}"));
        }

        if (w.PartyVoice != 0)
        {
            writer.WriteLine(string.Create(c, $"party-voice\t{w.PartyVoice:R}"));
        }

        if (w.ReportedAccusation != 0)
        {
            writer.WriteLine(string.Create(c, $"reported-accusations\t{w.ReportedAccusation:R}"));
        }

        if (ensemble.Network is { } network)
        {
            writer.WriteLine(string.Create(c, $"network\t{w.Network:R}\t{w.NetworkBelowGate:R}\t{network.Hidden}\t{network.OutputBias:R}"));
        }

        for (var d = 0; d < SentenceEncoder.Dimensions; d++)
        {
            writer.WriteLine(string.Create(c, $"e\t{d}\t{ensemble.EncoderWeightOf(d):R}"));
        }

        if (ensemble.Network is { } units)
        {
            var line = new System.Text.StringBuilder();
            for (var unit = 0; unit < units.Hidden; unit++)
            {
                var (unitWeights, bias, outputWeight) = units.Unit(unit);
                line.Clear().Append(c, $"n\t{unit}\t{bias:R}\t{outputWeight:R}");
                foreach (var weight in unitWeights.Span)
                {
                    line.Append('\t').Append(weight.ToString("R", c));
                }

                writer.WriteLine(line);
            }
        }
    }

    // A hidden unit's line: n, its index, its bias, its output weight, and a weight for every dimension of the encoder.
    private static (int Index, float Bias, float OutputWeight, float[] Weights) ReadUnit(string[] fields, int lineNumber)
    {
        if (fields.Length != 4 + SentenceEncoder.Dimensions
            || !int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index >= NetworkHead.MaxHidden)
        {
            throw new InvalidDataException($"Line {lineNumber} of the ensemble file is not a hidden unit: its index, bias, output weight and {SentenceEncoder.Dimensions} weights.");
        }

        var numbers = new float[fields.Length - 2];
        for (var i = 0; i < numbers.Length; i++)
        {
            if (!float.TryParse(fields[i + 2], NumberStyles.Float, CultureInfo.InvariantCulture, out numbers[i]) || !float.IsFinite(numbers[i]))
            {
                throw new InvalidDataException($"Line {lineNumber} of the ensemble file has '{fields[i + 2]}' where a hidden unit's number should be.");
            }
        }

        return (index, numbers[0], numbers[1], numbers[2..]);
    }

    // The network of a format 3 file: its header line, and one line for each of the hidden units it names.
    private static NetworkHead ReadNetwork(Dictionary<string, string[]> header, Dictionary<int, (float Bias, float OutputWeight, float[] Weights)> units)
    {
        var hidden = Number(header, "network", 2);
        if (hidden != Math.Floor(hidden) || hidden is < 1 or > NetworkHead.MaxHidden)
        {
            throw new InvalidDataException($"The ensemble file's network has {hidden} hidden units, not a whole number from 1 to {NetworkHead.MaxHidden}.");
        }

        var count = (int)hidden;
        var hiddenWeights = new float[count * SentenceEncoder.Dimensions];
        var biases = new float[count];
        var outputWeights = new float[count];
        for (var unit = 0; unit < count; unit++)
        {
            if (!units.Remove(unit, out var read))
            {
                throw new InvalidDataException($"The ensemble file's network has {count} hidden units, and no line for unit {unit}.");
            }

            read.Weights.CopyTo(hiddenWeights, unit * SentenceEncoder.Dimensions);
            biases[unit] = read.Bias;
            outputWeights[unit] = read.OutputWeight;
        }

        if (units.Count > 0)
        {
            throw new InvalidDataException($"The ensemble file's network has {count} hidden units, and a line for unit {units.Keys.Min()}.");
        }

        return new NetworkHead(SentenceEncoder.Dimensions, hiddenWeights, biases, outputWeights, (float)Number(header, "network", 3));
    }

    private static double Number(Dictionary<string, string[]> header, string key, int index)
    {
        if (!header.TryGetValue(key, out var values) || index >= values.Length
            || !double.TryParse(values[index], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            throw new InvalidDataException($"The ensemble file has no number for '{key}'.");
        }

        return value;
    }
}
