using System.Collections.Immutable;
using NodaTime;
using PublicityCheck.Analysis;
using PublicityCheck.Analyzers.Phrases;
using PublicityCheck.Configuration;
using PublicityCheck.Diagnostics;
using PublicityCheck.Documents;
using PublicityCheck.Releases;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Tests.Analyzers.Phrases;

/// <summary>What a phrase rule can say beyond its phrases: where it looks, when it applies, and what exempts a match.</summary>
public class PhraseRuleConditionsTest
{
    private static readonly SettingOrigin Origin = new("press/publicitycheck.json", "$.phrases[0].id", 3, 5);

    private static PhraseRule Rule(string message = "a loaded word", params string[] match) =>
        new("LOCAL001", [.. match.DefaultIfEmpty("regime")], message, DiagnosticSeverity.Warning, null, Origin);

    private static IReadOnlyList<Diagnostic> Check(PhraseRule rule, ReleaseDocument document, LocalDate publishOn) =>
        new AnalyzerDriver([new ConfiguredPhraseAnalyzer([rule])]).Analyze(
            document,
            new AnalysisOptions(publishOn, PublicityCheckConfiguration.Default with { Elections = [WreakeValley.BoroughElections2026] }));

    private static IReadOnlyList<Diagnostic> Check(PhraseRule rule, params string[] paragraphs) =>
        Check(rule, TestDocuments.FromParagraphs("depot.md", paragraphs), new LocalDate(2026, 3, 5));

    [Fact]
    public void Message_WithMatchPlaceholderPutsTheWordsWhereItSays()
    {
        var diagnostic = Assert.Single(Check(Rule("'{match}' is a loaded word for a council's leadership"), "The depot was closed by the previous regime in 2019."));

        Findings.AssertAt(diagnostic, "LOCAL001", 1, 38, 1, 44);
        Assert.Equal("'regime' is a loaded word for a council's leadership", diagnostic.Message);
    }

    [Fact]
    public void Message_OtherBracesStayAsWritten()
    {
        var diagnostic = Assert.Single(Check(Rule("see {the style guide}"), "The previous regime closed it."));

        Assert.Equal("'regime': see {the style guide}", diagnostic.Message);
    }

    [Fact]
    public void SentenceScope_UnlessLooksOnlyAtTheMatchsOwnSentence()
    {
        var rule = Rule(match: "regime") with { Scope = PhraseScope.Sentence, Unless = ["quoted"] };

        var diagnostic = Assert.Single(Check(rule, "The word regime was quoted. The previous regime closed the depot."));

        Findings.AssertAt(diagnostic, "LOCAL001", 1, 42, 1, 48);
    }

    [Fact]
    public void BlockScope_UnlessExemptsTheWholeParagraph()
    {
        var rule = Rule(match: "regime") with { Unless = ["quoted"] };

        Assert.Empty(Check(rule, "The word regime was quoted. The previous regime closed the depot."));
    }

    [Fact]
    public void PreElectionPeriod_OutsideAnyPeriodTheRuleIsSilent()
    {
        var rule = Rule("'{match}' in the period for {election}", "new scheme") with { When = PhraseCondition.PreElectionPeriod };
        var release = TestDocuments.FromParagraphs("grants.md", "A new scheme for home energy grants opens on Monday.");

        Assert.Empty(Check(rule, release, new LocalDate(2026, 3, 5)));
    }

    [Fact]
    public void PreElectionPeriod_InThePeriodTheMessageNamesTheElectionAndItsEnd()
    {
        var rule = Rule("'{match}' in the period for {election}, until {periodEnd}", "new scheme") with { When = PhraseCondition.PreElectionPeriod };
        var release = TestDocuments.FromParagraphs("grants.md", "A new scheme for home energy grants opens on Monday.");

        var diagnostic = Assert.Single(Check(rule, release, new LocalDate(2026, 4, 14)));

        Findings.AssertAt(diagnostic, "LOCAL001", 1, 3, 1, 13);
        Assert.Equal($"'new scheme' in the period for {WreakeValley.BoroughElections2026.Name}, until 7 May 2026", diagnostic.Message);
    }

    [Fact]
    public void ExceptReleaseKinds_LeavesThoseReleasesAlone()
    {
        var rule = Rule(match: "new service") with { ExceptReleaseKinds = [ReleaseKind.Emergency] };

        Assert.Empty(Check(rule, "Emergency rest centre opens after a severe flood warning", "The council has opened a new service for residents."));
        Assert.Single(Check(rule, "Library hours change in April", "The council has opened a new service for residents."));
    }

    [Fact]
    public void UnlessInRelease_APhraseInAnyBlockLeavesTheWholeReleaseAlone()
    {
        var rule = Rule(match: "manifesto") with { UnlessInRelease = ["youth council"] };

        Assert.Empty(Check(rule, "Youth Council chooses its new chair", "Maya Okafor's manifesto asked for free bus travel to sixth form."));
    }

    [Fact]
    public void UnlessInRelease_AReleaseWithoutThePhraseStillGivesTheFinding()
    {
        var rule = Rule(match: "manifesto") with { UnlessInRelease = ["youth council"] };

        var diagnostic = Assert.Single(Check(rule, "Free bus travel to sixth form agreed", "The Cabinet delivered its manifesto promise of free bus travel to sixth form."));

        Findings.AssertAt(diagnostic, "LOCAL001", 3, 27, 3, 36);
    }

    [Fact]
    public void Fingerprint_DiffersWhenAConditionDoes()
    {
        var rule = Rule();

        Assert.NotEqual(rule.Fingerprint, (rule with { Scope = PhraseScope.Sentence }).Fingerprint);
        Assert.NotEqual(rule.Fingerprint, (rule with { Unless = ImmutableArray.Create("quoted") }).Fingerprint);
        Assert.NotEqual(rule.Fingerprint, (rule with { When = PhraseCondition.PreElectionPeriod }).Fingerprint);
        Assert.NotEqual(rule.Fingerprint, (rule with { UnlessInRelease = ImmutableArray.Create("youth council") }).Fingerprint);
    }
}
