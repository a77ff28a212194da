using System.Text.Json;
using PublicityCheck.Reporting;
using PublicityCheck.Scanning.Tests.Support;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Scanning.Tests;

/// <summary>The SARIF log of <c>publicitycheck scan</c>, as a viewer tracking findings across runs reads it.</summary>
public sealed class ScanSarifTest : IDisposable
{
    private const string Exempt = "Terms of the staffing contract were set out in an exempt report to the Cabinet.";

    private static readonly string[] Paragraphs =
    [
        "# Longer opening hours at Ashcombe Library",
        "Ashcombe Library will open until 8pm on Thursdays from 6 April, the council announced today.",
        "The cost of the extra hours was agreed in a Part II report considered in private.",
        Exempt,
        "A further Part II report on the building will come to the Cabinet in June.",
    ];

    private readonly TemporaryFolder _folder = new();

    public ScanSarifTest()
    {
        Directory.CreateDirectory(Path.Combine(_folder.Path, "press"));
        WriteRelease(Paragraphs);
    }

    [Fact]
    public void SecondScan_OneFindingFixed_MarksItAbsentAndTheOthersUnchanged()
    {
        var first = Scan("first.sarif");
        WriteRelease([.. Paragraphs.Where(p => p != Exempt)]);

        var second = Scan("second.sarif");

        Assert.All(first, r => Assert.Equal("new", r.State));
        var fixedFinding = Assert.Single(first, r => r.Snippet == "exempt report");
        var absent = Assert.Single(second, r => r.State == "absent");
        Assert.Equal(fixedFinding.Fingerprint, absent.Fingerprint);
        Assert.Equal("press/library-hours.md", absent.Uri);
        Assert.Equal(
            first.Where(r => r != fixedFinding).Select(r => (r.Fingerprint, "unchanged")),
            second.Where(r => r.State != "absent").Select(r => (r.Fingerprint, r.State)));
    }

    [Fact]
    public void SecondScan_ParagraphInsertedAbove_KeepsEveryFingerprintUnchanged()
    {
        var first = Scan("first.sarif");
        WriteRelease([.. Paragraphs[..2], "The library has been open on Saturday mornings since 2019.", .. Paragraphs[2..]]);

        var second = Scan("second.sarif");

        Assert.Equal(3, first.Count);
        Assert.Equal(first.Select(r => (r.Fingerprint, "unchanged")), second.Select(r => (r.Fingerprint, r.State)));
        Assert.Equal(first.Select(r => r.Line + 2), second.Select(r => r.Line));
    }

    [Fact]
    public void SecondScan_SeverityChangedByConfiguration_MarksTheSameFindingsUpdated()
    {
        var first = Scan("first.sarif");
        LowerPartIIToInfo();

        var second = Scan("second.sarif");

        Assert.Equal(3, first.Count);
        Assert.Equal(first.Select(r => (r.Fingerprint, "updated", "note")), second.Select(r => (r.Fingerprint, r.State, r.Level)));
    }

    [Fact]
    public void ThirdScan_NothingChangedSinceTheUpdate_MarksTheFindingsUnchanged()
    {
        Scan("first.sarif");
        LowerPartIIToInfo();
        Scan("second.sarif");

        var third = Scan("third.sarif");

        Assert.Equal(3, third.Count);
        Assert.All(third, r => Assert.Equal("unchanged", r.State));
    }

    [Fact]
    public void ScanLog_WithAnAbsentFinding_IsValidAgainstTheSarif210Schema()
    {
        Scan("first.sarif");
        WriteRelease([.. Paragraphs.Where(p => p != Exempt)]);

        Scan("second.sarif");

        Assert.Empty(SarifSchema.Validate(File.ReadAllText(Path.Combine(_folder.Path, "second.sarif"))));
    }

    [SarifMultitoolFact]
    public void ScanLog_WithUpdatedFindings_PassesSarifMultitoolValidateWithoutErrorOrWarning()
    {
        Scan("first.sarif");
        LowerPartIIToInfo();
        Scan("second.sarif");

        var (exitCode, output) = SarifMultitool.Validate(Path.Combine(_folder.Path, "second.sarif"));

        Assert.Equal(0, exitCode);
        Assert.DoesNotMatch(@": (error|warning) SARIF\d+", output);
        Assert.Empty(SarifSchema.Validate(File.ReadAllText(Path.Combine(_folder.Path, "second.sarif"))));
    }

    [SarifMultitoolFact]
    public void ScanLog_WithAnAbsentFinding_PassesSarifMultitoolValidateWithoutErrorOrWarning()
    {
        Scan("first.sarif");
        WriteRelease([.. Paragraphs.Where(p => p != Exempt)]);
        Scan("second.sarif");

        var (exitCode, output) = SarifMultitool.Validate(Path.Combine(_folder.Path, "second.sarif"));

        Assert.Equal(0, exitCode);
        Assert.DoesNotMatch(@": (error|warning) SARIF\d+", output);
    }

    public void Dispose() => _folder.Dispose();

    // The council decides the confidentiality phrases are worth a note, not a warning: the same findings, at another level.
    private void LowerPartIIToInfo() =>
        File.WriteAllText(Path.Combine(_folder.Path, "press", "publicitycheck.json"), """{ "rules": { "PC0401": "info" } }""");

    private void WriteRelease(string[] paragraphs) =>
        File.WriteAllText(Path.Combine(_folder.Path, "press", "library-hours.md"), string.Join("\n\n", paragraphs) + "\n");

    private List<SarifResult> Scan(string output)
    {
        var run = CliRun.In(_folder.Path, "scan", "press", "--format", "sarif", "--output", output, "--publish-on", "2026-03-02");
        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_folder.Path, output)));
        return [.. json.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Select(SarifResult.From)];
    }

    private sealed record SarifResult(string Fingerprint, string State, string Level, string Uri, int Line, string? Snippet)
    {
        public static SarifResult From(JsonElement result)
        {
            var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
            var region = location.GetProperty("region");
            return new SarifResult(
                result.GetProperty("partialFingerprints").GetProperty(FindingFingerprints.Key).GetString()!,
                result.GetProperty("baselineState").GetString()!,
                result.GetProperty("level").GetString()!,
                location.GetProperty("artifactLocation").GetProperty("uri").GetString()!,
                region.GetProperty("startLine").GetInt32(),
                region.TryGetProperty("snippet", out var snippet) ? snippet.GetProperty("text").GetString() : null);
        }
    }
}
