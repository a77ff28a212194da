using System.Text.RegularExpressions;
using PublicityCheck.Documents;
using PublicityCheck.Tests.Support;
using PublicityCheck.Text.Quotations;
using Xunit.Abstractions;

namespace PublicityCheck.Tests.Evaluation.Quotations;

/// <summary>
/// Scores the extractor on the shared development set of published council releases, read in place, beside the
/// project's own set. A speaker is right when the found speaker's name holds the annotated speaker's surname (the
/// last word of the name, after honours such as OBE; for an unnamed speaker, the last word of its description);
/// a joint statement is right when every signatory is found. The test fails under floors set at what the extractor
/// achieves, so a change may raise them but never lower them; the bars the extractor is meant to reach are printed
/// beside them.
/// </summary>
public partial class RealReleaseQuotationTest(ITestOutputHelper output)
{
    // Floors: what the extractor achieves today on the development set. Raise them as it improves.
    private const double RecallFloor = 0.984;
    private const double PrecisionFloor = 1.000;
    private const double AttributionFloor = 1.000;

    // Bars: what it is meant to achieve.
    private const double RecallBar = 0.98;
    private const double PrecisionBar = 0.97;
    private const double AttributionBar = 0.95;

    private static string Folder => Path.Combine(RepositoryPaths.Shared, "corpus", "releases");

    [Fact]
    public void Extract_HoldsItsFloorsOnPublishedReleases()
    {
        var score = ScoreDevelopmentSet();
        var own = QuotationEvaluationTest.ScoreOwnSet();

        output.WriteLine($"published releases ({score.Releases}): {score.Summary}");
        output.WriteLine($"the project's own set ({own.Releases}): {own.Summary}");
        output.WriteLine($"floors: recall {RecallFloor:0.000}, precision {PrecisionFloor:0.000}, attribution {AttributionFloor:0.000}");
        output.WriteLine($"bars:   recall {RecallBar:0.00}, precision {PrecisionBar:0.00}, attribution {AttributionBar:0.00}");
        foreach (var group in score.Misses.GroupBy(m => m.Kind).OrderBy(g => g.Key))
        {
            output.WriteLine($"{group.Key} ({group.Count()}):");
            foreach (var miss in group)
            {
                output.WriteLine("  " + miss);
            }
        }

        Assert.Equal(47, score.Releases);
        Assert.Equal(64, score.Annotated);
        Assert.True(score.Recall >= RecallFloor, $"recall {score.Recall:0.000} fell below its floor {RecallFloor:0.000} (bar {RecallBar:0.00})");
        Assert.True(score.Precision >= PrecisionFloor, $"precision {score.Precision:0.000} fell below its floor {PrecisionFloor:0.000} (bar {PrecisionBar:0.00})");
        Assert.True(score.Attribution >= AttributionFloor, $"attribution {score.Attribution:0.000} fell below its floor {AttributionFloor:0.000} (bar {AttributionBar:0.00})");
    }

    private static QuotationScore ScoreDevelopmentSet()
    {
        var expected = File.ReadLines(Path.Combine(Folder, "expected.tsv"))
            .Skip(1)
            .Select(line => line.Split('\t'))
            .Where(cells => cells.Length >= 3)
            .Select(cells => new GoldQuotation(cells[0], cells[1], [.. cells[2].Split("; ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)]))
            .ToLookup(g => g.File, StringComparer.Ordinal);
        var score = new QuotationScore();
        foreach (var path in Directory.EnumerateFiles(Folder, "*.md").Where(p => Path.GetFileName(p) != "README.md").Order(StringComparer.Ordinal))
        {
            var file = Path.GetFileName(path);
            var document = DocumentReaders.Default.ReadFile(path).Document!;
            score.Add(file, QuotationExtractor.Default.Extract(document), expected[file], SameSpeakers);
        }

        return score;
    }

    // Every annotated speaker is found, each by surname.
    private static bool SameSpeakers(Quotation found, GoldQuotation want) =>
        want.Speakers.Count == 0
            ? found.Speakers.IsEmpty
            : want.Speakers.All(name => found.Speakers.Any(s => HasWord(s.Name, Surname(name))));

    private static string Surname(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var last = words.Length - 1;
        while (last > 0 && Honour().IsMatch(words[last]))
        {
            last--;
        }

        return words[last];
    }

    private static bool HasWord(string text, string word) =>
        Regex.IsMatch(text, $@"(?<!\p{{L}}){Regex.Escape(word)}(?!\p{{L}})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    [GeneratedRegex(@"^(?:OBE|MBE|CBE|KBE|DBE|QC|KC|MP|MSP|MLA|MS|AM|JP|DL|BEM)$", RegexOptions.CultureInvariant)]
    private static partial Regex Honour();
}
