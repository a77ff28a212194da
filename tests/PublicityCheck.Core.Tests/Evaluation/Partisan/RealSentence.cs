namespace PublicityCheck.Tests.Evaluation.Partisan;

/// <summary>A row of the real sentences' file: <c>label, sentence, source, kind</c> with a header line.</summary>
internal sealed record RealSentence(bool IsPartisan, string Sentence, string Kind)
{
    public static List<RealSentence> ReadAll(string path)
    {
        var rows = new List<RealSentence>();
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            if (line.Length == 0)
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length < 4 || cells[0] is not ("partisan" or "neutral"))
            {
                throw new InvalidDataException($"{path}: expected label, sentence, source and kind in '{line}'");
            }

            rows.Add(new RealSentence(cells[0] == "partisan", cells[1], cells[3]));
        }

        return rows;
    }
}
