using System.Text.Json;
using NodaTime;
using PublicityCheck.Analyzers;
using PublicityCheck.Analysis;
using PublicityCheck.Configuration;
using PublicityCheck.Diagnostics;
using PublicityCheck.Documents;
using PublicityCheck.Reporting;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Tests.Reporting;

public class ReportWritersTest
{
    private static CheckReport Report()
    {
        var suppression = new Suppression(["PC0401"], DocumentParts.Body, new SourcePosition(5, 1), new SourcePosition(6, 1), "approved by the Monitoring Officer, 3 March 2026", new SourcePosition(4, 1));
        var document = TestDocuments.FromParagraphs(
            "releases/depot.md",
            [suppression],
            "OFFICIAL-SENSITIVE",
            "Cabinet agreed to sell the Thorpe Road depot, as set out in the Part II report.",
            "The Part II report will not be published.");
        var driver = new AnalyzerDriver(BuiltInAnalyzers.Create());
        var diagnostics = driver.Analyze(document, new AnalysisOptions(new LocalDate(2026, 3, 3), PublicityCheckConfiguration.Default));
        var unreadable = new FileResult(
            "releases/old.docx",
            null,
            null,
            [Diagnostic.Create(EngineDescriptors.FileUnreadable, SourceLocation.ForFile("releases/old.docx"), "old.docx", "it is a Word 97-2003 .doc file saved under a .docx name")]);
        return new CheckReport([new FileResult("releases/depot.md", document.Format, new LocalDate(2026, 3, 3), diagnostics), unreadable], driver.Descriptors);
    }

    private static string Write(IReportWriter writer)
    {
        using var output = new StringWriter();
        writer.Write(Report(), output);
        return output.ToString();
    }

    [Fact]
    public void Console_WritesCompilerStyleLinesAndASummary()
    {
        var lines = Write(new ConsoleReportWriter()).TrimEnd().Split('\n');

        Assert.Equal(
            [
                "releases/depot.md(1,1): error PC0402: 'OFFICIAL-SENSITIVE' marks the text as internal or sensitive; remove the marking, or the material, before publishing",
                "  suggestion: Remove the line 'OFFICIAL-SENSITIVE'",
                "releases/depot.md(3,65): warning PC0401: 'Part II report' refers to business taken in private; check that nothing exempt under Schedule 12A is disclosed before this goes out",
                "releases/old.docx: error PC0001: old.docx could not be read: it is a Word 97-2003 .doc file saved under a .docx name",
                "2 files checked: 2 errors, 1 warning, 0 notes (1 suppressed finding not shown)",
            ],
            lines);
    }

    [Fact]
    public void Console_ColoursSeveritiesOnlyWhenAsked()
    {
        Assert.DoesNotContain("\u001b[", Write(new ConsoleReportWriter()), StringComparison.Ordinal);
        Assert.Contains("\u001b[31merror\u001b[0m", Write(new ConsoleReportWriter(useColor: true)), StringComparison.Ordinal);
    }

    [Fact]
    public void Console_FileNameWithANewline_StaysOneLineAndForgesNothing()
    {
        var forged = "releases/a\nforged.md(1,1): error PC0401: forged\u202E.md";
        var unreadable = new FileResult(forged, null, null, [Diagnostic.Create(EngineDescriptors.FileUnreadable, SourceLocation.ForFile(forged), "a\nb.md", "it is \u001b[2J empty")]);
        using var output = new StringWriter();

        new ConsoleReportWriter().Write(new CheckReport([unreadable], []), output);

        var lines = output.ToString().TrimEnd().Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.Equal("releases/a\\nforged.md(1,1): error PC0401: forged\\u202E.md: error PC0001: a\\nb.md could not be read: it is \\u001B[2J empty", lines[0]);
    }

    [Fact]
    public void Json_HasTheDocumentedShape()
    {
        using var json = JsonDocument.Parse(Write(new JsonReportWriter()));
        var root = json.RootElement;

        Assert.Equal("PublicityCheck", root.GetProperty("tool").GetProperty("name").GetString());
        var first = root.GetProperty("files")[0];
        Assert.Equal("releases/depot.md", first.GetProperty("path").GetString());
        Assert.Equal("2026-03-03", first.GetProperty("publishOn").GetString());
        var marking = first.GetProperty("diagnostics")[0];
        Assert.Equal("PC0402", marking.GetProperty("id").GetString());
        Assert.Equal("error", marking.GetProperty("severity").GetString());
        Assert.Equal("body", marking.GetProperty("location").GetProperty("part").GetString());
        Assert.Equal(1, marking.GetProperty("location").GetProperty("line").GetInt32());
        Assert.Equal(19, marking.GetProperty("location").GetProperty("endColumn").GetInt32());
        Assert.Equal("OFFICIAL-SENSITIVE", marking.GetProperty("text").GetString());
        Assert.Equal(new Uri(Path.Combine(AppContext.BaseDirectory, "rules", "PC0402.md")).AbsoluteUri, marking.GetProperty("helpUri").GetString());
        Assert.False(marking.GetProperty("suppressed").GetBoolean());
        var summary = root.GetProperty("summary");
        Assert.Equal(2, summary.GetProperty("files").GetInt32());
        Assert.Equal(2, summary.GetProperty("errors").GetInt32());
        Assert.Equal(1, summary.GetProperty("warnings").GetInt32());
        Assert.Equal(0, summary.GetProperty("infos").GetInt32());
    }

    [Fact]
    public void Json_ListsEachFixWithItsEdits()
    {
        using var json = JsonDocument.Parse(Write(new JsonReportWriter()));

        var marking = json.RootElement.GetProperty("files")[0].GetProperty("diagnostics")[0];

        var fix = Assert.Single(marking.GetProperty("fixes").EnumerateArray());
        Assert.Equal("Remove the line 'OFFICIAL-SENSITIVE'", fix.GetProperty("title").GetString());
        Assert.True(fix.GetProperty("safe").GetBoolean());
        var edit = Assert.Single(fix.GetProperty("edits").EnumerateArray());
        var location = edit.GetProperty("location");
        Assert.Equal((1, 1, 2, 1), (location.GetProperty("line").GetInt32(), location.GetProperty("column").GetInt32(), location.GetProperty("endLine").GetInt32(), location.GetProperty("endColumn").GetInt32()));
        Assert.Equal("OFFICIAL-SENSITIVE\n", edit.GetProperty("oldText").GetString());
        Assert.Equal(string.Empty, edit.GetProperty("newText").GetString());
    }

    [Fact]
    public void Json_AFindingWithoutFixes_HasAnEmptyList()
    {
        using var json = JsonDocument.Parse(Write(new JsonReportWriter()));

        var exempt = json.RootElement.GetProperty("files")[0].GetProperty("diagnostics")[1];

        Assert.Equal("PC0401", exempt.GetProperty("id").GetString());
        Assert.Equal(0, exempt.GetProperty("fixes").GetArrayLength());
    }

    [Fact]
    public void Sarif_CarriesEachFixWithItsReplacementRegion()
    {
        using var json = JsonDocument.Parse(Write(new SarifReportWriter("/work/council")));

        var marking = json.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().First(r => r.GetProperty("ruleId").GetString() == "PC0402");

        var fix = Assert.Single(marking.GetProperty("fixes").EnumerateArray());
        Assert.Equal("Remove the line 'OFFICIAL-SENSITIVE'.", fix.GetProperty("description").GetProperty("text").GetString());
        var change = Assert.Single(fix.GetProperty("artifactChanges").EnumerateArray());
        Assert.Equal("releases/depot.md", change.GetProperty("artifactLocation").GetProperty("uri").GetString());
        var replacement = Assert.Single(change.GetProperty("replacements").EnumerateArray());
        var region = replacement.GetProperty("deletedRegion");
        Assert.Equal((1, 1, 2, 1), (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(), region.GetProperty("endLine").GetInt32(), region.GetProperty("endColumn").GetInt32()));
        Assert.False(replacement.TryGetProperty("insertedContent", out _));
        Assert.True(fix.GetProperty("properties").GetProperty("safe").GetBoolean());
    }

    [Fact]
    public void Console_ShowsTheFirstSuggestionUnderItsFinding()
    {
        var finding = Report().Files[0].Diagnostics[0];

        Assert.Equal("  suggestion: Remove the line 'OFFICIAL-SENSITIVE'", new ConsoleReportWriter().FormatSuggestion(finding));
    }

    [Fact]
    public void Json_KeepsSuppressedFindingsWithTheirJustification()
    {
        using var json = JsonDocument.Parse(Write(new JsonReportWriter()));

        var suppressed = json.RootElement.GetProperty("files")[0].GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("suppressed").GetBoolean());

        Assert.Equal("PC0401", suppressed.GetProperty("id").GetString());
        Assert.Equal(5, suppressed.GetProperty("location").GetProperty("line").GetInt32());
        Assert.Equal("approved by the Monitoring Officer, 3 March 2026", suppressed.GetProperty("justification").GetString());
    }

    [Fact]
    public void Sarif_IsValidAgainstTheSarif210Schema()
    {
        var sarif = Write(new SarifReportWriter("/work/council"));

        Assert.Empty(SarifSchema.Validate(sarif));
    }

    [Fact]
    public void Sarif_CarriesRulesWithHelpLinksAndSuppressions()
    {
        using var json = JsonDocument.Parse(Write(new SarifReportWriter("/work/council")));
        var run = json.RootElement.GetProperty("runs")[0];

        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        Assert.Contains(rules, r => r.GetProperty("id").GetString() == "PC0401" && r.GetProperty("helpUri").GetString()!.EndsWith("PC0401.md", StringComparison.Ordinal));
        var results = run.GetProperty("results").EnumerateArray().ToList();
        var suppressed = Assert.Single(results, r => r.TryGetProperty("suppressions", out _));
        Assert.Equal("inSource", suppressed.GetProperty("suppressions")[0].GetProperty("kind").GetString());
        Assert.Equal("approved by the Monitoring Officer, 3 March 2026", suppressed.GetProperty("suppressions")[0].GetProperty("justification").GetString());
        var unreadable = Assert.Single(results, r => r.GetProperty("ruleId").GetString() == "PC0001");
        Assert.Equal(1, unreadable.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal("file", unreadable.GetProperty("properties").GetProperty("part").GetString());
        Assert.Equal("file:///work/council/", run.GetProperty("originalUriBaseIds").GetProperty("SRCROOT").GetProperty("uri").GetString());
    }

    [Fact]
    public void AtLeast_LeavesOutFindingsBelowTheMinimum()
    {
        var report = Report().AtLeast(DiagnosticSeverity.Error);

        Assert.All(report.Files.SelectMany(f => f.Diagnostics), d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
        Assert.Equal(0, report.Summary.Warnings);
    }

    [Fact]
    public void Summary_CountsSuppressedFindingsApart()
    {
        var summary = Report().Summary;

        Assert.Equal(new CheckSummary(2, 2, 1, 0, 1), summary);
    }

}
