using PublicityCheck.Classification;
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
        using var reader = new StreamReader(path);
        return [.. LabelledSentences.Read(reader, path).Select(s => new RealSentence(s.IsPartisan, s.Sentence, s.Kind))];
    }
}
