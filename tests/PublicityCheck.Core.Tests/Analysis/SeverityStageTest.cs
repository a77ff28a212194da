using NodaTime;
using PublicityCheck.Diagnostics;
using PublicityCheck.Reporting;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Tests.Analysis;

/// <summary>
/// The driver's one severity stage, through the checker as a host calls it: configuration sets a rule's base
/// severity, <c>none</c> turns it off, an escalation the analyzer recorded raises it unless configuration says
/// <c>"escalate": false</c>, and the message never claims a severity the finding does not have.
/// </summary>
public sealed class SeverityStageTest : IDisposable
{
    private const string Elections = """
        "elections": [ { "id": "borough-2026", "name": "the borough council elections", "poll": "2026-05-07", "type": "local", "country": "england" } ]
        """;

    private const string Release = """
        # Kettleby pool reopens

        The failed Conservative administration left the pool to crumble, and only this council has had the courage to fix it.
        """;

    private const string Reason = "in the pre-election period for the borough council elections of 7 May 2026";

    private static readonly LocalDate InThePeriod = new(2026, 4, 14);
    private static readonly LocalDate BeforeThePeriod = new(2026, 3, 20);

    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private FileResult Check(string rules, LocalDate publishOn)
    {
        _folder.Write("publicitycheck.json", $$"""{ "root": true, "rules": {{rules}}, {{Elections}} }""");
        var path = _folder.Write("release.md", Release);
        return new PublicityChecker(new PublicityCheckerOptions { PublishOn = publishOn }).CheckFile(path, "release.md");
    }

    private static Diagnostic Partisan(FileResult result) => Assert.Single(result.Diagnostics, d => d.Id == "PC0201");

    private static void AssertAtTheSentence(Diagnostic finding)
    {
        Assert.Equal("release.md", finding.Location.Path);
        Assert.Equal((3, 1), (finding.Location.Start.Line, finding.Location.Start.Column));
        Assert.Equal((3, 118), (finding.Location.End.Line, finding.Location.End.Column));
        Assert.DoesNotContain("error", finding.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("pre-election", finding.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void ConfiguredWarning_InThePreElectionPeriod_IsRaisedToAnErrorThatSaysWhy()
    {
        var finding = Partisan(Check("""{ "PC0201": "warning" }""", InThePeriod));

        AssertAtTheSentence(finding);
        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.Equal(new DiagnosticEscalation(DiagnosticSeverity.Error, Reason), finding.Escalation);
        Assert.Equal("borough-2026", finding.Properties["preElectionPeriod"]);
        var line = new ConsoleReportWriter().FormatLine(finding);
        Assert.StartsWith("release.md(3,1): error PC0201: Partisan language (", line, StringComparison.Ordinal);
        Assert.EndsWith($" (raised: {Reason})", line, StringComparison.Ordinal);
    }

    [Fact]
    public void ConfiguredInfo_InThePreElectionPeriod_IsStillRaisedToAnError()
    {
        var finding = Partisan(Check("""{ "PC0201": "info" }""", InThePeriod));

        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.Equal(Reason, finding.Escalation?.Reason);
    }

    [Fact]
    public void ConfiguredWarningWithEscalateFalse_InThePreElectionPeriod_StaysAWarning()
    {
        var finding = Partisan(Check("""{ "PC0201": { "severity": "warning", "escalate": false } }""", InThePeriod));

        AssertAtTheSentence(finding);
        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Null(finding.Escalation);
        Assert.DoesNotContain("raised", new ConsoleReportWriter().FormatLine(finding), StringComparison.Ordinal);
    }

    [Fact]
    public void EscalateFalseAlone_KeepsTheDefaultSeverity()
    {
        var finding = Partisan(Check("""{ "PC0201": { "escalate": false } }""", InThePeriod));

        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Null(finding.Escalation);
    }

    [Fact]
    public void ConfiguredError_InThePreElectionPeriod_IsAnErrorNotRaised()
    {
        var finding = Partisan(Check("""{ "PC0201": "error" }""", InThePeriod));

        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.Null(finding.Escalation);
    }

    [Fact]
    public void DefaultSeverity_BeforeThePreElectionPeriod_IsAWarningNotRaised()
    {
        var finding = Partisan(Check("{}", BeforeThePeriod));

        AssertAtTheSentence(finding);
        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Null(finding.Escalation);
    }

    [Theory]
    [InlineData("""{ "PC0201": "none" }""")]
    [InlineData("""{ "PC0201": { "severity": "none" } }""")]
    [InlineData("""{ "PC0201": { "severity": "none", "escalate": true } }""")]
    public void None_InThePreElectionPeriod_ReportsNothing(string rules)
    {
        Assert.DoesNotContain(Check(rules, InThePeriod).Diagnostics, d => d.Id == "PC0201");
    }

    [Fact]
    public void NearerFile_SettingOnlyTheSeverity_KeepsAFartherFilesEscalateFalse()
    {
        _folder.Write("publicitycheck.json", $$"""{ "root": true, "rules": { "PC0201": { "escalate": false } }, {{Elections}} }""");
        _folder.Write("press/publicitycheck.json", """{ "rules": { "PC0201": "info" } }""");
        var path = _folder.Write("press/release.md", Release);

        var finding = Partisan(new PublicityChecker(new PublicityCheckerOptions { PublishOn = InThePeriod }).CheckFile(path));

        Assert.Equal(DiagnosticSeverity.Info, finding.Severity);
        Assert.Null(finding.Escalation);
    }

    [Theory]
    [InlineData("{}", DiagnosticSeverity.Error)]
    [InlineData("""{ "PC0001": "warning" }""", DiagnosticSeverity.Warning)]
    [InlineData("""{ "PC0001": { "severity": "info" } }""", DiagnosticSeverity.Info)]
    public void UnreadableFile_TakesItsConfiguredSeverity(string rules, DiagnosticSeverity expected)
    {
        _folder.Write("publicitycheck.json", $$"""{ "root": true, "rules": {{rules}} }""");
        var path = _folder.Write("empty.docx", []);

        var finding = Assert.Single(new PublicityChecker().CheckFile(path, "empty.docx").Diagnostics);

        Assert.Equal(("PC0001", expected), (finding.Id, finding.Severity));
        Assert.Equal(("empty.docx", "file"), (finding.Location.Path, finding.Location.Part));
    }

    [Fact]
    public void UnreadableFile_WithItsRuleSetToNone_IsStillReportedAtItsDefaultSeverity()
    {
        // A configuration file in a shared folder must not be able to make a file pass unread without a word.
        _folder.Write("publicitycheck.json", """{ "root": true, "rules": { "PC0001": "none" } }""");
        var path = _folder.Write("empty.docx", []);

        var finding = Assert.Single(new PublicityChecker().CheckFile(path, "empty.docx").Diagnostics);

        Assert.Equal(("PC0001", DiagnosticSeverity.Error), (finding.Id, finding.Severity));
    }
}
