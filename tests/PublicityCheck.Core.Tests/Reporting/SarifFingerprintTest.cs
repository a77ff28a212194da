using System.Text.Json;
using NodaTime;
using PublicityCheck.Analysis;
using PublicityCheck.Analyzers;
using PublicityCheck.Configuration;
using PublicityCheck.Reporting;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Tests.Reporting;

public class SarifFingerprintTest
{
    private static readonly string[] Release =
    [
        "Ashcombe Library will open until 8pm on Thursdays from 6 April, the council announced today.",
        "The cost of the extra hours was agreed in a Part II report considered in private.",
        "Terms of the staffing contract were set out in an exempt report to the Cabinet.",
        "A further Part II report on the building will come to the Cabinet in June.",
    ];

    [Fact]
    public void Fingerprints_ParagraphInsertedAbove_StayTheSame()
    {
        var before = Results(Release);

        var after = Results([Release[0], "The library has been open on Saturday mornings since 2019.", .. Release[1..]]);

        Assert.Equal(3, before.Count);
        Assert.Equal(before.Select(r => r.Fingerprint), after.Select(r => r.Fingerprint));
        Assert.All(before.Zip(after), pair => Assert.True(pair.Second.Line > pair.First.Line, "the findings moved down"));
    }

    [Fact]
    public void Fingerprints_SameWordsTwice_DifferByOccurrence()
    {
        var results = Results(Release);

        var partTwo = results.Where(r => r.Text == "Part II report").ToList();
        Assert.Equal(2, partTwo.Count);
        Assert.NotEqual(partTwo[0].Fingerprint, partTwo[1].Fingerprint);
        Assert.Equal(FindingFingerprints.Of("PC0401", "Part II report", 0), partTwo[0].Fingerprint);
        Assert.Equal(FindingFingerprints.Of("PC0401", "Part II report", 1), partTwo[1].Fingerprint);
    }

    [Fact]
    public void Fingerprints_FindingReworded_Changes()
    {
        var before = Results(Release);

        var after = Results([.. Release[..2], "Terms of the staffing contract were set out in a report to the Cabinet.", Release[3]]);

        Assert.Equal("exempt report", before[1].Text);
        Assert.DoesNotContain(before[1].Fingerprint, after.Select(r => r.Fingerprint));
        Assert.Equal([before[0].Fingerprint, before[2].Fingerprint], after.Select(r => r.Fingerprint));
    }

    [Fact]
    public void Fingerprint_IsTheDocumentedHash()
    {
        // SHA-256 of "PC0401\0PART II REPORT\00", first 32 hex digits.
        Assert.Equal(
            Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("PC0401\0PART II REPORT\00"u8))[..32],
            FindingFingerprints.Of("PC0401", "Part  II\nreport", 0));
    }

    private static List<(string Fingerprint, int Line, string Text)> Results(string[] paragraphs)
    {
        var document = TestDocuments.FromParagraphs("releases/library.md", [], paragraphs);
        var driver = new AnalyzerDriver(BuiltInAnalyzers.Create());
        var diagnostics = driver.Analyze(document, new AnalysisOptions(new LocalDate(2026, 3, 3), PublicityCheckConfiguration.Default));
        var report = new CheckReport([new FileResult("releases/library.md", document.Format, new LocalDate(2026, 3, 3), diagnostics)], driver.Descriptors);
        using var output = new StringWriter();
        new SarifReportWriter("/work/council").Write(report, output);
        using var json = JsonDocument.Parse(output.ToString());
        return [.. json.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Where(r => r.GetProperty("ruleId").GetString() == "PC0401")
            .Select(r => (
                r.GetProperty("partialFingerprints").GetProperty(FindingFingerprints.Key).GetString()!,
                r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32(),
                r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("snippet").GetProperty("text").GetString()!))];
    }
}
