using System.Globalization;
using PublicityCheck.Classification.Encoding;

namespace PublicityCheck.Classification;

/// <summary>
/// Reads and writes the ensemble's own part (<c>models/partisan.ensemble.tsv</c>): a few <c>key&lt;TAB&gt;value</c>
/// lines, then the encoder regression's weights one a line (<c>e&lt;TAB&gt;dimension&lt;TAB&gt;weight</c>). The
/// n-gram model is its own file, and so are the neighbour vote's vectors (<see cref="NeighbourVoteFile"/>). Format 2
/// adds the vote's weight in the combination (<c>neighbours&lt;TAB&gt;weight&lt;TAB&gt;vote below the gate</c>); a
/// file of format 1 combines the n-gram model and the encoder's regression alone. Plain text, so a change of model shows
/// in a diff.
/// </summary>
internal static class PartisanEnsembleFile
{
    private const string FormatWithoutVote = "1";
    private const string FormatWithVote = "2";
    private const int MaxLines = 1_000;

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
            else if (fields.Length >= 2)
            {
                header[fields[0]] = fields[1..];
            }
            else
            {
                throw new InvalidDataException($"Line {lineNumber} of the ensemble file is not a setting or a weight.");
            }
        }

        if (!header.TryGetValue("format", out var format) || format[0] is not (FormatWithoutVote or FormatWithVote))
        {
            throw new InvalidDataException($"The text is not a partisan ensemble of format {FormatWithoutVote} or {FormatWithVote}.");
        }

        var votes = format[0] == FormatWithVote;
        if (votes && neighbours is null)
        {
            throw new InvalidDataException("The ensemble combines a neighbour vote, and none was given.");
        }

        if (Array.IndexOf(seen, false) is var missing and >= 0)
        {
            throw new InvalidDataException($"The ensemble file has no weight for dimension {missing}.");
        }

        var precision = EncoderPrecision.Float32;
        if (header.TryGetValue("encoder-precision", out var named) && !EncoderPrecisions.TryParse(named[0], out precision))
        {
            throw new InvalidDataException($"The ensemble file names an encoder precision '{named[0]}' that is neither float32 nor int8.");
        }

        var stack = new EnsembleWeights(
            Number(header, "stack", 0),
            Number(header, "stack", 1),
            Number(header, "stack", 2),
            Number(header, "encoder-below-gate", 0),
            votes ? Number(header, "neighbours", 0) : 0,
            votes ? Number(header, "neighbours", 1) : 0);
        return new PartisanEnsemble(ngrams, weights, Number(header, "encoder-bias", 0), stack, Number(header, "gate", 0), Number(header, "threshold", 0), () => encoder(precision), votes ? neighbours : null)
        {
            EncoderPrecision = precision,
        };
    }

    /// <summary>Writes the ensemble's part of <paramref name="ensemble"/>.</summary>
    public static void Write(PartisanEnsemble ensemble, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(ensemble);
        ArgumentNullException.ThrowIfNull(writer);
        var c = CultureInfo.InvariantCulture;
        writer.WriteLine("# The party-political classifier's ensemble: the encoder's logistic regression and how it combines with the n-gram model.");
        writer.WriteLine("format\t" + (ensemble.Neighbours is null ? FormatWithoutVote : FormatWithVote));
        writer.WriteLine(string.Create(c, $"threshold\t{ensemble.Threshold:R}"));
        writer.WriteLine(string.Create(c, $"gate\t{ensemble.Gate:R}"));
        var w = ensemble.Weights;
        writer.WriteLine(string.Create(c, $"stack\t{w.Ngram:R}\t{w.Encoder:R}\t{w.Bias:R}"));
        writer.WriteLine(string.Create(c, $"encoder-below-gate\t{w.EncoderBelowGate:R}"));
        writer.WriteLine(string.Create(c, $"encoder-bias\t{ensemble.EncoderBias:R}"));
        writer.WriteLine("encoder-precision\t" + ensemble.EncoderPrecision.Name());
        if (ensemble.Neighbours is not null)
        {
            writer.WriteLine(string.Create(c, $"neighbours\t{w.Neighbours:R}\t{w.NeighboursBelowGate:R}"));
        }

        for (var d = 0; d < SentenceEncoder.Dimensions; d++)
        {
            writer.WriteLine(string.Create(c, $"e\t{d}\t{ensemble.EncoderWeightOf(d):R}"));
        }
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
