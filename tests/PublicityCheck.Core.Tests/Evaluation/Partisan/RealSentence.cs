using PublicityCheck.Tests.Support;

namespace PublicityCheck.Tests.Evaluation.Partisan;

/// <summary>A row of the real sentences' file: <c>label, sentence, source, kind</c> with a header line.</summary>
internal sealed record RealSentence(bool IsPartisan, string Sentence, string Kind)
{
    /// <summary>The real published sentences, read in place from the shared folder beside the repository.</summary>
    public static List<RealSentence> ReadShared()
    {
        var path = Path.Combine(RepositoryPaths.Shared, "corpus", "partisan", "sentences.tsv");
        Assert.True(File.Exists(path), $"The real sentences are missing: expected {path} (the shared folder beside the repository).");
        return ReadAll(path);
    }

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
