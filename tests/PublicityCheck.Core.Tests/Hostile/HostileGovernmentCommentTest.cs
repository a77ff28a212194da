using System.Diagnostics;
using NodaTime;
using PublicityCheck.Analysis;
using PublicityCheck.Analyzers.Partisan;
using PublicityCheck.Configuration;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Tests.Hostile;

/// <summary>
/// Releases built to make the sharing of verdicts between PC0201 and PC0204 slow: every sentence reported and each
/// one naming the government, many names to look through, and quotations by many speakers whose names are compared.
/// </summary>
public sealed class HostileGovernmentCommentTest
{
    public static TheoryData<string, string[]> Releases => new()
    {
        { "every-sentence-a-comment", [.. Enumerable.Repeat("The finance settlement leaves the council short of what it needs next year.", 6000)] },
        { "names-in-every-comment", [.. Enumerable.Range(0, 3000).Select(i => "The settlement " + string.Concat(Enumerable.Repeat($"Mr Jon Hale{i} and ", 40)) + "the ministers announced is short.")] },
        { "many-speakers", [.. Enumerable.Range(0, 3000).Select(i => $"\u201CThe settlement leaves the council short of what it needs,\u201D said Councillor Ann Lee{i}, Leader of the Council.")] },
        { "one-long-comment", ["The settlement " + string.Concat(Enumerable.Repeat("and the government grant and the formula ", 20000)) + "fall short."] },
    };

    [Theory]
    [MemberData(nameof(Releases))]
    public void ShareOutVerdicts_FinishesWithinBound(string name, string[] paragraphs)
    {
        var driver = new AnalyzerDriver([new PC0201PartisanSentence(() => new AlwaysPartisanScorer()), new PC0204CommentOnGovernment(() => new AlwaysPartisanScorer())]);
        var document = TestDocuments.FromParagraphs(name + ".md", paragraphs);

        var stopwatch = Stopwatch.StartNew();
        var findings = driver.Analyze(document, new AnalysisOptions(new LocalDate(2026, 2, 10), PublicityCheckConfiguration.Default));
        stopwatch.Stop();

        Assert.NotEmpty(findings);
        Assert.True(stopwatch.Elapsed < HostileCheck.Bound, $"sharing out the verdicts took {stopwatch.Elapsed}, more than {HostileCheck.Bound}");
    }
}
