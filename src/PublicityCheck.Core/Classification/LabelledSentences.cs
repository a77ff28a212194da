namespace PublicityCheck.Classification;

/// <summary>A sentence labelled by a person: partisan or neutral, and optionally the kind of sentence it is.</summary>
/// <param name="IsPartisan">Whether the person called it partisan.</param>
/// <param name="Sentence">The sentence.</param>
/// <param name="Kind">The kind the file gives it (<c>credit-claim</c>, <c>council-news</c>), or empty when it gives none.</param>
internal sealed record LabelledSentence(bool IsPartisan, string Sentence, string Kind);

/// <summary>
/// Reads labelled sentences, tab-separated, with a header line naming the columns: <c>label</c> (<c>partisan</c> or
/// <c>neutral</c>) and <c>sentence</c> are needed, <c>kind</c> is read when present, and any other column (a source,
/// a note) is passed over, so the development set's own file (<c>label, sentence, source, kind</c>) is read as it is.
/// </summary>
internal static class LabelledSentences
{
    /// <summary>The most sentences one file may hold.</summary>
    public const int MaxSentences = 1_000_000;

    /// <summary>Reads every row of <paramref name="reader"/>, whose errors name <paramref name="source"/> and the line.</summary>
    /// <exception cref="InvalidDataException">The header or a row is not as described; the message says where and why.</exception>
    public static List<LabelledSentence> Read(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(source);
        var header = reader.ReadLine() ?? throw new InvalidDataException($"{source} is empty: it needs a header line naming the columns label and sentence, separated by tabs");
        var names = header.TrimStart('\uFEFF').Split('\t').Select(n => n.Trim().ToLowerInvariant()).ToList();
        var label = names.IndexOf("label");
        var sentence = names.IndexOf("sentence");
        var kind = names.IndexOf("kind");
        if (label < 0 || sentence < 0)
        {
            throw new InvalidDataException($"{source}, line 1: the header names no {(label < 0 ? "label" : "sentence")} column; it needs label and sentence, separated by tabs (kind is read too, when present)");
        }

        var rows = new List<LabelledSentence>();
        var number = 1;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0)
            {
                continue;
            }

            if (rows.Count == MaxSentences)
            {
                throw new InvalidDataException($"{source} holds more than {MaxSentences:N0} sentences");
            }

            var cells = line.Split('\t');
            if (cells.Length < names.Count)
            {
                throw new InvalidDataException($"{source}, line {number}: {cells.Length} columns where the header names {names.Count}");
            }

            var isPartisan = cells[label].Trim().ToLowerInvariant() switch
            {
                "partisan" => true,
                "neutral" => false,
                var other => throw new InvalidDataException($"{source}, line {number}: the label is '{Shortened(other)}', not partisan or neutral"),
            };
            rows.Add(new LabelledSentence(isPartisan, cells[sentence], kind < 0 ? "" : cells[kind].Trim()));
        }

        return rows;
    }

    private static string Shortened(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
