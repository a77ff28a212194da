using NodaTime;
using PublicityCheck.Diagnostics;
using PublicityCheck.Testing;
using Verify = PublicityCheck.Testing.AnalyzerVerifier<WreakeValley.Rules.ConsultationClosingDateAnalyzer>;

namespace WreakeValley.Rules.Tests;

public sealed class ConsultationClosingDateAnalyzerTest
{
    private static readonly LocalDate LaunchDay = new(2026, 3, 2);

    [Fact]
    public async Task Analyze_InvitationWithAClosingDate_IsClean() =>
        await Check("""
            # Residents invited to shape the new parks strategy

            Residents can have their say on the council's draft parks strategy in a consultation that opens today.
            The consultation closes on Friday 24 April 2026.
            """);

    [Fact]
    public async Task Analyze_InvitationWithoutAClosingDate_ReportsTheConsultation() =>
        await Check(
            """
            # Residents invited to shape the new parks strategy

            Residents can have their say on the council's draft parks strategy in a {|#0:consultation|} that opens today.
            Paper copies are available at Easterby Library.
            """,
            Verify.Diagnostic(ConsultationClosingDateAnalyzer.NoClosingDate).WithLocation(0).WithArguments("consultation"));

    [Fact]
    public async Task Analyze_SurveyWithoutAClosingDate_NamesTheSurvey() =>
        await Check(
            "Bus users are invited to take part in a {|#0:survey|} about evening services.",
            Verify.Diagnostic(ConsultationClosingDateAnalyzer.NoClosingDate).WithLocation(0).WithMessage("Say when the survey closes: give the closing date in full, with its year"));

    [Fact]
    public async Task Analyze_ClosingDateWithoutItsYear_IsNoClosingDate() =>
        await Check(
            """
            Residents can respond to the {|#0:consultation|} online or at any council office.
            It closes on 24 April.
            """,
            Verify.Diagnostic(ConsultationClosingDateAnalyzer.NoClosingDate).WithLocation(0).WithArguments("consultation"));

    [Fact]
    public async Task Analyze_ConsultationOnlyMentioned_IsClean() =>
        await Check("""
            The new play area at Hollin Bridge Park opens on Saturday.
            Its design follows last year's consultation with families in the ward.
            """);

    [Fact]
    public async Task Analyze_ClosingDateBeforePublication_ReportsTheSentence() =>
        await Check(
            """
            Residents can have their say on the draft parks strategy in a consultation.
            {|#0:The consultation closes on 27 February 2026.|}
            """,
            Verify.Diagnostic(ConsultationClosingDateAnalyzer.ClosesBeforePublication).WithLocation(0).WithArguments("27 February 2026", "2 March 2026"));

    [Fact]
    public async Task Analyze_ClosingOnThePublicationDay_IsClean() =>
        await Check("""
            Residents can have their say on the draft parks strategy in a consultation.
            The consultation closes at midnight on 2 March 2026.
            """);

    [Fact]
    public async Task Analyze_PeriodWithOpeningAndClosingDates_JudgesTheClosingDate() =>
        await Check("""
            Residents can give their views in a consultation on the town centre plan.
            It runs from 23 February 2026 until 13 April 2026.
            """);

    [Fact]
    public async Task Analyze_DateTheReleaseStates_IsThePublicationDateJudged()
    {
        var test = new AnalyzerTest<ConsultationClosingDateAnalyzer>
        {
            MarkdownSource = """
                ---
                publish: 2026-04-20
                ---

                Residents can have their say on the draft parks strategy in a consultation.
                {|#0:The deadline for responses is 13 April 2026.|}
                """,
        };
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(ConsultationClosingDateAnalyzer.ClosesBeforePublication).WithLocation(0).WithArguments("13 April 2026", "20 April 2026"));

        await test.RunAsync();
    }

    [Fact]
    public async Task Analyze_WordRelease_ReportsByParagraphAndCharacter()
    {
        var test = new AnalyzerTest<ConsultationClosingDateAnalyzer>
        {
            WordParagraphs =
            [
                "Residents invited to shape the new parks strategy",
                "Residents can have their say on the draft parks strategy in a consultation that opens today.",
            ],
            PublishOn = LaunchDay,
        };
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(ConsultationClosingDateAnalyzer.NoClosingDate).WithSpan(2, 63, 2, 75));

        await test.RunAsync();
    }

    [Fact]
    public async Task Analyze_SuppressedWithTheMonitoringOfficersApproval_IsReportedAsSuppressed() =>
        await Check(
            """
            <!-- publicitycheck-disable-next-line WVB001 -- closing date to follow in the consultation pack; approved by the Head of Communications -->
            Residents can have their say on the draft parks strategy in a {|#0:consultation|} that opens today.
            """,
            Verify.Diagnostic(ConsultationClosingDateAnalyzer.NoClosingDate).WithLocation(0).WithIsSuppressed());

    [Fact]
    public async Task Analyze_SeverityFromConfiguration_IsTheSeverityReported()
    {
        var test = new AnalyzerTest<ConsultationClosingDateAnalyzer>
        {
            MarkdownSource = "Residents can have their say in a {|#0:consultation|} on the draft parks strategy.",
            Configuration = """{ "rules": { "WVB001": "error" } }""",
            PublishOn = LaunchDay,
        };
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(ConsultationClosingDateAnalyzer.NoClosingDate).WithLocation(0).WithSeverity(DiagnosticSeverity.Error));

        await test.RunAsync();
    }

    private static async Task Check(string markdown, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest<ConsultationClosingDateAnalyzer> { MarkdownSource = markdown, PublishOn = LaunchDay };
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }
}
