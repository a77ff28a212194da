using System.Collections.Immutable;
using NodaTime;
using PublicityCheck.Analysis;
using PublicityCheck.Configuration;
using PublicityCheck.Diagnostics;
using PublicityCheck.Documents;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Tests.Analysis;

public class AnalyzerDriverTest
{
    private static readonly LocalDate PublishOn = new(2026, 3, 3);

    private static AnalysisOptions Options(PublicityCheckConfiguration? configuration = null) =>
        new(PublishOn, configuration ?? PublicityCheckConfiguration.Default);

    private static PublicityCheckConfiguration WithRule(string id, DiagnosticSeverity severity) =>
        PublicityCheckConfiguration.Default with { Rules = PublicityCheckConfiguration.Default.Rules.Add(id, severity) };

    [Fact]
    public void Analyze_ReportsAtTheExactWords()
    {
        var driver = new AnalyzerDriver([new PartyNameAnalyzer()]);
        var document = TestDocuments.FromParagraphs("budget.md", "The budget was agreed.", "The Labour group asked about parking charges.");

        var diagnostic = Assert.Single(driver.Analyze(document, Options()));

        Assert.Equal("LOCAL001", diagnostic.Id);
        Assert.Equal(new SourcePosition(3, 5), diagnostic.Location.Start);
        Assert.Equal(new SourcePosition(3, 11), diagnostic.Location.End);
        Assert.Equal("Labour", diagnostic.Text);
        Assert.Equal("The release names Labour", diagnostic.Message);
    }

    [Fact]
    public void Analyze_UsesTheConfiguredSeverity()
    {
        var driver = new AnalyzerDriver([new PartyNameAnalyzer()]);
        var document = TestDocuments.FromParagraphs("budget.md", "The Labour group asked about parking charges.");

        var diagnostic = Assert.Single(driver.Analyze(document, Options(WithRule("LOCAL001", DiagnosticSeverity.Error))));

        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
    }

    [Fact]
    public void Analyze_LeavesOutRulesSetToNone()
    {
        var driver = new AnalyzerDriver([new PartyNameAnalyzer()]);
        var document = TestDocuments.FromParagraphs("budget.md", "The Labour group asked about parking charges.");

        Assert.Empty(driver.Analyze(document, Options(WithRule("local001", DiagnosticSeverity.None))));
    }

    [Fact]
    public void Analyze_TurnsAThrowingAnalyzerIntoPC0005AndRunsTheOthers()
    {
        var driver = new AnalyzerDriver([new ThrowingAnalyzer(), new PartyNameAnalyzer()]);
        var document = TestDocuments.FromParagraphs("budget.md", "The Labour group asked about parking charges.");

        var diagnostics = driver.Analyze(document, Options());

        var failure = Assert.Single(diagnostics, d => d.Id == "PC0005");
        Assert.Contains("ThrowingAnalyzer", failure.Message, StringComparison.Ordinal);
        Assert.Contains("LOCAL002", failure.Message, StringComparison.Ordinal);
        Assert.Contains("the ward list was not loaded", failure.Message, StringComparison.Ordinal);
        Assert.Single(diagnostics, d => d.Id == "LOCAL001");
    }

    [Fact]
    public void Analyze_TreatsAnUndeclaredDescriptorAsAnAnalyzerFailure()
    {
        var driver = new AnalyzerDriver([new UndeclaredDescriptorAnalyzer()]);
        var document = TestDocuments.FromParagraphs("budget.md", "The Labour group asked about parking charges.");

        var failure = Assert.Single(driver.Analyze(document, Options()));

        Assert.Equal("PC0005", failure.Id);
        Assert.Contains("does not declare", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_MarksFindingsInsideASuppressionWithItsJustification()
    {
        var suppression = new Suppression(["LOCAL001"], DocumentParts.Body, new SourcePosition(3, 1), new SourcePosition(4, 1), "approved by the Monitoring Officer, 3 March", new SourcePosition(2, 1));
        var document = TestDocuments.FromParagraphs("budget.md", [suppression], "The Labour group welcomed the plan.", "The Labour group asked about parking charges.");
        var driver = new AnalyzerDriver([new PartyNameAnalyzer()]);

        var diagnostics = driver.Analyze(document, Options());

        Assert.Equal(2, diagnostics.Length);
        Assert.False(diagnostics[0].IsSuppressed);
        Assert.True(diagnostics[1].IsSuppressed);
        Assert.Equal("approved by the Monitoring Officer, 3 March", diagnostics[1].Suppression!.Justification);
    }

    [Fact]
    public void Analyze_SuppressionWithoutIdsCoversEveryRule()
    {
        var suppression = new Suppression(ImmutableArray<string>.Empty, DocumentParts.Body, new SourcePosition(1, 1), new SourcePosition(100, 1), null, new SourcePosition(1, 1));
        var document = TestDocuments.FromParagraphs("budget.md", [suppression], "The Labour group welcomed the plan.");
        var driver = new AnalyzerDriver([new PartyNameAnalyzer()]);

        Assert.True(Assert.Single(driver.Analyze(document, Options())).IsSuppressed);
    }

    [Fact]
    public void Analyze_ReportsPC0006ForASuppressionNamingAnUnknownRule()
    {
        var suppression = new Suppression(["PC4001"], DocumentParts.Body, new SourcePosition(1, 1), new SourcePosition(2, 1), null, new SourcePosition(1, 1));
        var document = TestDocuments.FromParagraphs("budget.md", [suppression], "The budget was agreed.");
        var driver = new AnalyzerDriver([new PartyNameAnalyzer()]);

        var diagnostic = Assert.Single(driver.Analyze(document, Options()));

        Assert.Equal("PC0006", diagnostic.Id);
        Assert.Contains("PC4001", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_KeepsReaderFindingsAndAppliesConfigurationToThem()
    {
        var document = TestDocuments.FromParagraphs("old.md", "The budget was agreed.");
        var notUtf8 = Diagnostic.Create(EngineDescriptors.NotUtf8, SourceLocation.ForFile("old.md"), "Windows-1252");
        var driver = new AnalyzerDriver([]);

        Assert.Single(driver.Analyze(document, Options(), [notUtf8]));
        Assert.Empty(driver.Analyze(document, Options(WithRule("PC0002", DiagnosticSeverity.None)), [notUtf8]));
    }

    [Fact]
    public void Analyze_OrdersFindingsBySourcePosition()
    {
        var document = TestDocuments.FromParagraphs("budget.md", "Labour and Labour again.", "Then Labour.");
        var driver = new AnalyzerDriver([new PartyNameAnalyzer()]);

        var diagnostics = driver.Analyze(document, Options());

        Assert.Equal([1, 3], diagnostics.Select(d => d.Location.Start.Line));
    }

    [Fact]
    public void Constructor_RejectsTwoAnalyzersDeclaringTheSameIdDifferently()
    {
        var driver = new AnalyzerDriver([new PartyNameAnalyzer(), new CopycatAnalyzer()]);
        var document = TestDocuments.FromParagraphs("budget.md", "The budget was agreed.");

        var failure = Assert.Single(driver.Analyze(document, Options()));

        Assert.Equal("PC0005", failure.Id);
        Assert.Contains("already declared", failure.Message, StringComparison.Ordinal);
    }

    private sealed class CopycatAnalyzer : PublicityAnalyzer
    {
        private static readonly DiagnosticDescriptor Copy = new("LOCAL001", "Copy", "Copy", "Local", DiagnosticSeverity.Info, "A copy.");

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Copy];

        public override void Initialize(AnalyzerRegistration registration)
        {
        }
    }
}
