namespace PublicityCheck.Training;

/// <summary>A sentence of the corpus with its label and its group (the template it came from).</summary>
internal sealed record LabelledSentence(bool IsPartisan, string Text, string Group)
{
    public const string PartisanLabel = "partisan";
    public const string NeutralLabel = "neutral";

    /// <summary>Reads <c>label&lt;TAB&gt;sentence[&lt;TAB&gt;group]</c> lines; a line without a group is a group of its own.</summary>
    public static IReadOnlyList<LabelledSentence> ReadFile(string path)
    {
        var sentences = new List<LabelledSentence>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length is < 2 or > 3 || fields[0] is not (PartisanLabel or NeutralLabel))
            {
                throw new UsageException($"{path}({lineNumber}): expected 'partisan' or 'neutral', a tab and a sentence");
            }

            sentences.Add(new LabelledSentence(fields[0] == PartisanLabel, fields[1], fields.Length == 3 ? fields[2] : $"line{lineNumber}"));
        }

        return sentences;
    }
}
