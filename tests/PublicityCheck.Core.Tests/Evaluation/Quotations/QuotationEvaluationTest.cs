using System.Text.Json;
using System.Text.RegularExpressions;
using PublicityCheck.Documents;
using PublicityCheck.Tests.Support;
using PublicityCheck.Text.Quotations;
using Xunit.Abstractions;

namespace PublicityCheck.Tests.Evaluation.Quotations;

public partial class QuotationEvaluationTest(ITestOutputHelper output)
{
    private const double Threshold = 0.95;

    private static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "PublicityCheck.Core.Tests", "Evaluation", "Quotations");

    [Fact]
    public void Extract_MeetsPrecisionRecallAndAttributionOnTheEvaluationSet()
    {
        var annotations = JsonSerializer.Deserialize<Dictionary<string, List<GoldQuotation>>>(
            File.ReadAllText(Path.Combine(Folder, "annotations.json")), new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
        int predicted = 0, gold = 0, matched = 0, attributed = 0;
        foreach (var (file, expected) in annotations.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            var document = DocumentReaders.Default.ReadFile(Path.Combine(Folder, file)).Document!;
            var found = QuotationExtractor.Default.Extract(document);
            predicted += found.Length;
            gold += expected.Count;
            var used = new bool[found.Length];
            foreach (var want in expected)
            {
                var index = Enumerable.Range(0, found.Length).FirstOrDefault(i => !used[i] && Matches(found[i].Text, want.Quote), -1);
                if (index < 0)
                {
                    output.WriteLine($"{file}: missed \"{want.Quote}\"");
                    continue;
                }

                used[index] = true;
                matched++;
                var name = found[index].Speaker?.Name;
                if (string.Equals(Normalise(name ?? string.Empty), Normalise(want.Speaker ?? string.Empty), StringComparison.OrdinalIgnoreCase))
                {
                    attributed++;
                }
                else
                {
                    output.WriteLine($"{file}: \"{want.Quote}\" said by '{want.Speaker}', found '{name}'");
                }
            }

            for (var i = 0; i < found.Length; i++)
            {
                if (!used[i])
                {
                    output.WriteLine($"{file}: extra \"{found[i].Text}\"");
                }
            }
        }

        var precision = Ratio(matched, predicted);
        var recall = Ratio(matched, gold);
        var accuracy = Ratio(attributed, matched);
        output.WriteLine($"Quotations: precision {precision:0.00} ({matched}/{predicted}), recall {recall:0.00} ({matched}/{gold}); attribution accuracy {accuracy:0.00} ({attributed}/{matched})");
        Assert.True(annotations.Count >= 40, "the evaluation set needs at least 40 releases");
        Assert.True(precision >= Threshold, $"precision {precision:0.00} is below {Threshold}");
        Assert.True(recall >= Threshold, $"recall {recall:0.00} is below {Threshold}");
        Assert.True(accuracy >= Threshold, $"attribution accuracy {accuracy:0.00} is below {Threshold}");
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 1 : (double)part / whole;

    private static bool Matches(string predicted, string gold)
    {
        var p = Normalise(predicted);
        var g = Normalise(gold);
        return p.StartsWith(g, StringComparison.Ordinal) || (p.Length >= 20 && g.StartsWith(p, StringComparison.Ordinal));
    }

    private static string Normalise(string text) =>
        WhiteSpace().Replace(text.Replace('“', '"').Replace('”', '"').Replace('‘', '\'').Replace('’', '\''), " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    private sealed record GoldQuotation(string Quote, string? Speaker);
}
