using NodaTime;
using PublicityCheck.Diagnostics;

namespace PublicityCheck.Testing.Tests;

public sealed class AnalyzerTestTest
{
    private static readonly LocalDate Wednesday = new(2026, 3, 4);
    private static readonly LocalDate Saturday = new(2026, 3, 7);

    [Fact]
    public async Task RunAsync_PublishOn_IsTheDateTheRuleSees()
    {
        var test = new AnalyzerTest<PublicationDayAnalyzer> { MarkdownSource = "The pool reopens.", PublishOn = Saturday };
        test.ExpectedDiagnostics.Add(new DiagnosticResult(PublicationDayAnalyzer.Weekend).WithArguments("Saturday"));

        await test.RunAsync();
    }

    [Fact]
    public async Task RunAsync_DateTheReleaseStates_IsUsedWhenNoneIsGiven()
    {
        var test = new AnalyzerTest<PublicationDayAnalyzer>
        {
            MarkdownSource = "---\npublish: 2026-03-08\n---\n\nThe pool reopens.",
            Today = Wednesday,
        };
        test.ExpectedDiagnostics.Add(new DiagnosticResult(PublicationDayAnalyzer.Weekend).WithArguments("Sunday"));

        await test.RunAsync();
    }

    [Fact]
    public async Task RunAsync_Today_IsTheDateOfAReleaseThatStatesNone()
    {
        var test = new AnalyzerTest<PublicationDayAnalyzer> { MarkdownSource = "The pool reopens.", Today = Saturday };
        test.ExpectedDiagnostics.Add(new DiagnosticResult(PublicationDayAnalyzer.Weekend).WithArguments("Saturday"));

        await test.RunAsync();
    }

    [Fact]
    public async Task RunAsync_FindingAboutTheWholeFile_IsNotMatchedByAResultWithAPlace()
    {
        var test = new AnalyzerTest<PublicationDayAnalyzer> { MarkdownSource = "The pool reopens.", PublishOn = Saturday };
        test.ExpectedDiagnostics.Add(new DiagnosticResult(PublicationDayAnalyzer.Weekend).WithLocation(1, 1));

        var error = await Assert.ThrowsAsync<VerificationException>(() => test.RunAsync());

        Assert.Contains("Expected but not reported:\n  WVB201 info at (1,1)".ReplaceLineEndings(), error.Message, StringComparison.Ordinal);
        Assert.Contains("Reported but not expected:\n  WVB201 info about the whole file: The release publishes on a Saturday".ReplaceLineEndings(), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ConfiguredSeverity_IsTheSeverityCompared()
    {
        var test = new AnalyzerTest<AuthorityAnalyzer>
        {
            MarkdownSource = "{|#0:The authority|} met.",
            Configuration = """{ "rules": { "WVB101": "error" } }""",
        };
        test.ExpectedDiagnostics.Add(new DiagnosticResult(AuthorityAnalyzer.Rule).WithLocation(0).WithSeverity(DiagnosticSeverity.Error));

        await test.RunAsync();
    }

    [Fact]
    public async Task RunAsync_RuleConfiguredOff_ReportsNothing()
    {
        var test = new AnalyzerTest<AuthorityAnalyzer>
        {
            MarkdownSource = "The authority met.",
            Configuration = """{ "rules": { "WVB101": "none" } }""",
        };

        await test.RunAsync();
    }

    [Fact]
    public async Task RunAsync_ConfiguredPeople_ReachTheRule()
    {
        var test = new AnalyzerTest<CouncillorTitleAnalyzer>
        {
            MarkdownSource = "Councillor Joan Aske opened the pool with [|Peter Vell|].",
            Configuration = """
                {
                  "people": [
                    { "name": "Joan Aske", "party": "Independent", "ward": "Abbey" },
                    { "name": "Peter Vell", "party": "Green", "ward": "Castle" }
                  ]
                }
                """,
        };

        await test.RunAsync();
    }

    [Fact]
    public async Task RunAsync_RosterFileBesideTheConfiguration_ReachesTheRule()
    {
        var test = new AnalyzerTest<CouncillorTitleAnalyzer>
        {
            MarkdownSource = "[|Peter Vell|] opened the pool.",
            Configuration = """{ "roster": "roster.csv" }""",
        };
        test.AdditionalFiles["roster.csv"] = "name,title,kind,party,ward,role,portfolio,committee,from,to\nPeter Vell,Councillor,member,Green,Castle,Councillor,,,2024-05-02,\n";

        await test.RunAsync();
    }

    [Fact]
    public async Task RunAsync_SuppressedFinding_MustBeExpectedAsSuppressed()
    {
        const string Source = """
            <!-- publicitycheck-disable-next-line WVB101 -- the authority is the name of the fire authority here -->
            {|#0:The authority|} met.
            """;
        var unsuppressed = new AnalyzerTest<AuthorityAnalyzer> { MarkdownSource = Source };
        unsuppressed.ExpectedDiagnostics.Add(new DiagnosticResult(AuthorityAnalyzer.Rule).WithLocation(0));
        var suppressed = new AnalyzerTest<AuthorityAnalyzer> { MarkdownSource = Source };
        suppressed.ExpectedDiagnostics.Add(new DiagnosticResult(AuthorityAnalyzer.Rule).WithLocation(0).WithIsSuppressed());

        var error = await Assert.ThrowsAsync<VerificationException>(() => unsuppressed.RunAsync());
        await suppressed.RunAsync();

        Assert.Contains("suppression: expected not suppressed, reported suppressed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_InvalidConfiguration_IsAnError()
    {
        var test = new AnalyzerTest<AuthorityAnalyzer> { MarkdownSource = "The pool reopens.", Configuration = "[1, 2]" };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => test.RunAsync());

        Assert.Equal("Configuration must be a JSON object, as publicitycheck.json is.", error.Message);
    }

    [Fact]
    public async Task RunAsync_AdditionalFileOutsideTheFolder_IsAnError()
    {
        var test = new AnalyzerTest<AuthorityAnalyzer> { MarkdownSource = "The pool reopens." };
        test.AdditionalFiles["../roster.csv"] = "name\n";

        var error = await Assert.ThrowsAsync<ArgumentException>(() => test.RunAsync());

        Assert.Equal("The additional file '../roster.csv' must lie inside the release's folder.", error.Message);
    }

    [Fact]
    public async Task RunAsync_NeitherMarkdownNorWord_IsAnError()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => new AnalyzerTest<AuthorityAnalyzer>().RunAsync());

        Assert.Equal("Set exactly one of MarkdownSource and WordParagraphs.", error.Message);
    }

    [Fact]
    public async Task RunAsync_LocationKeyNotMarked_IsAnError()
    {
        var test = new AnalyzerTest<AuthorityAnalyzer> { MarkdownSource = "The authority met." };
        test.ExpectedDiagnostics.Add(new DiagnosticResult(AuthorityAnalyzer.Rule).WithLocation(3));

        var error = await Assert.ThrowsAsync<ArgumentException>(() => test.RunAsync());

        Assert.Equal("An expected WVB101 refers to location #3, which is not marked in the source ({|#3:...|}).", error.Message);
    }
}
