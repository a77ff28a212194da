using System.Text.Json;
using PublicityCheck.Documents;
using PublicityCheck.Tests.Support;
using PublicityCheck.Text.Quotations;
using Xunit.Abstractions;

namespace PublicityCheck.Tests.Evaluation.Quotations;

public class QuotationEvaluationTest(ITestOutputHelper output)
{
    private const double Threshold = 0.95;

    private static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "PublicityCheck.Core.Tests", "Evaluation", "Quotations");

    /// <summary>Scores the project's own set: a speaker is right when the name, at its fullest, is the annotated one (ignoring case).</summary>
    public static QuotationScore ScoreOwnSet()
    {
        var annotations = JsonSerializer.Deserialize<Dictionary<string, List<OwnAnnotation>>>(
            File.ReadAllText(Path.Combine(Folder, "annotations.json")), new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
        var score = new QuotationScore();
        foreach (var (file, expected) in annotations.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            var document = DocumentReaders.Default.ReadFile(Path.Combine(Folder, file)).Document!;
            score.Add(
                file,
                QuotationExtractor.Default.Extract(document),
                expected.Select(e => new GoldQuotation(file, e.Quote, e.Speaker is null ? [] : [e.Speaker])),
                (found, want) => string.Equals(
                    QuotationScore.Normalise(found.Speaker?.Name ?? string.Empty),
                    QuotationScore.Normalise(want.Speakers.FirstOrDefault() ?? string.Empty),
                    StringComparison.OrdinalIgnoreCase));
        }

        return score;
    }

    [Fact]
    public void Extract_MeetsPrecisionRecallAndAttributionOnTheEvaluationSet()
    {
        var score = ScoreOwnSet();
        foreach (var miss in score.Misses)
        {
            output.WriteLine(miss.ToString());
        }

        output.WriteLine($"Quotations: {score.Summary}");
        Assert.True(score.Releases >= 40, "the evaluation set needs at least 40 releases");
        Assert.True(score.Precision >= Threshold, $"precision {score.Precision:0.00} is below {Threshold}");
        Assert.True(score.Recall >= Threshold, $"recall {score.Recall:0.00} is below {Threshold}");
        Assert.True(score.Attribution >= Threshold, $"attribution accuracy {score.Attribution:0.00} is below {Threshold}");
    }

    private sealed record OwnAnnotation(string Quote, string? Speaker);
}
