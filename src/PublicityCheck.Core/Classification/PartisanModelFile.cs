using System.Globalization;

namespace PublicityCheck.Classification;

/// <summary>
/// Reads and writes a <see cref="PartisanModel"/> as text: a few <c>key&lt;TAB&gt;value</c> header lines, then one
/// line per feature, <c>w</c> or <c>c</c>, the n-gram and its weight. Plain text, so a change of model shows in a diff.
/// </summary>
internal static class PartisanModelFile
{
    private const string FormatVersion = "1";

    /// <summary>Reads a model.</summary>
    /// <exception cref="InvalidDataException">The text is not a model file.</exception>
    public static PartisanModel Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var header = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var words = new List<string>();
        var chars = new List<string>();
        var wordWeights = new List<float>();
        var charWeights = new List<float>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields is ["w" or "c", var ngram, var weight])
            {
                (fields[0] == "w" ? words : chars).Add(ngram);
                (fields[0] == "w" ? wordWeights : charWeights).Add(float.Parse(weight, NumberStyles.Float, CultureInfo.InvariantCulture));
            }
            else if (fields.Length >= 2)
            {
                header[fields[0]] = fields[1..];
            }
            else
            {
                throw new InvalidDataException($"Line {lineNumber} of the partisan model is not a setting or a feature.");
            }
        }

        if (!header.TryGetValue("format", out var format) || format[0] != FormatVersion)
        {
            throw new InvalidDataException("The text is not a partisan model of format " + FormatVersion + ".");
        }

        var settings = new FeatureSettings(Int(header, "word-ngrams", 0), Int(header, "char-ngrams", 0), Int(header, "char-ngrams", 1));
        var vocabulary = new FeatureVocabulary(settings, words, chars);
        var calibration = new PlattCalibration(Number(header, "calibration", 0), Number(header, "calibration", 1));
        return new PartisanModel(vocabulary, [.. wordWeights, .. charWeights], Number(header, "bias", 0), calibration, Number(header, "threshold", 0));
    }

    /// <summary>Writes <paramref name="model"/>.</summary>
    public static void Write(PartisanModel model, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(writer);
        var v = model.Vocabulary;
        writer.Write("# PublicityCheck party-political language model: written by src/PublicityCheck.Training; see partisan.card.md.\n");
        writer.Write($"format\t{FormatVersion}\n");
        writer.Write(string.Create(CultureInfo.InvariantCulture, $"word-ngrams\t{v.Settings.WordNgramLength}\n"));
        writer.Write(string.Create(CultureInfo.InvariantCulture, $"char-ngrams\t{v.Settings.CharNgramMin}\t{v.Settings.CharNgramMax}\n"));
        writer.Write(string.Create(CultureInfo.InvariantCulture, $"bias\t{model.Bias:R}\n"));
        writer.Write(string.Create(CultureInfo.InvariantCulture, $"calibration\t{model.Calibration.Slope:R}\t{model.Calibration.Offset:R}\n"));
        writer.Write(string.Create(CultureInfo.InvariantCulture, $"threshold\t{model.Threshold:R}\n"));
        for (var i = 0; i < v.WordNgrams.Length; i++)
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"w\t{v.WordNgrams[i]}\t{model.WeightOf(i):R}\n"));
        }

        for (var i = 0; i < v.CharNgrams.Length; i++)
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"c\t{v.CharNgrams[i]}\t{model.WeightOf(v.WordNgrams.Length + i):R}\n"));
        }
    }

    private static int Int(Dictionary<string, string[]> header, string key, int field) =>
        int.Parse(Field(header, key, field), NumberStyles.Integer, CultureInfo.InvariantCulture);

    private static double Number(Dictionary<string, string[]> header, string key, int field) =>
        double.Parse(Field(header, key, field), NumberStyles.Float, CultureInfo.InvariantCulture);

    private static string Field(Dictionary<string, string[]> header, string key, int field) =>
        header.TryGetValue(key, out var values) && values.Length > field
            ? values[field]
            : throw new InvalidDataException($"The partisan model has no '{key}' setting.");
}
