using System.Collections.Immutable;
using System.Text;
using NodaTime;
using PublicityCheck.Analysis;
using PublicityCheck.Analyzers;
using PublicityCheck.Analyzers.Phrases;
using PublicityCheck.Configuration;
using PublicityCheck.Diagnostics;
using PublicityCheck.Documents;
using PublicityCheck.Documents.Markdown;
using PublicityCheck.Fixing;

namespace PublicityCheck.Tests.Fixing;

/// <summary>
/// Checks a Markdown release with every built-in rule (and the configuration's phrase rules), applies one fix, and
/// checks the fixed text again: what a test of a rule's fixes asserts on.
/// </summary>
internal sealed class FixedRelease
{
    private FixedRelease(string before, ImmutableArray<Diagnostic> findingsBefore, Diagnostic finding, SuggestedFix fix, FixOutcome outcome, ImmutableArray<Diagnostic> findingsAfter)
    {
        Before = before;
        FindingsBefore = findingsBefore;
        Finding = finding;
        Fix = fix;
        Outcome = outcome;
        FindingsAfter = findingsAfter;
    }

    public string Before { get; }

    public ImmutableArray<Diagnostic> FindingsBefore { get; }

    public Diagnostic Finding { get; }

    public SuggestedFix Fix { get; }

    public FixOutcome Outcome { get; }

    public string After => Outcome.Text;

    public ImmutableArray<Diagnostic> FindingsAfter { get; }

    public static ImmutableArray<Diagnostic> Check(string markdown, PublicityCheckConfiguration configuration, LocalDate publishOn)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(markdown));
        var read = new MarkdownReader().Read("release.md", stream, ReaderOptions.Default);
        var analyzers = BuiltInAnalyzers.Create().Add(new ConfiguredPhraseAnalyzer(configuration.Phrases));
        return new AnalyzerDriver(analyzers).Analyze(read.Document!, new AnalysisOptions(publishOn, configuration), read.Diagnostics);
    }

    /// <summary>Applies fix <paramref name="candidate"/> of the one finding of <paramref name="ruleId"/> and checks again.</summary>
    public static FixedRelease Apply(string markdown, string ruleId, PublicityCheckConfiguration configuration, LocalDate publishOn, int candidate = 0)
    {
        var before = Check(markdown, configuration, publishOn);
        var finding = Assert.Single(before, d => d.Id == ruleId);
        var fix = finding.Fixes[candidate];
        var outcome = MarkdownFixer.Apply(markdown, [new FixChoice(finding, fix)]);
        Assert.True(outcome.Applied.Length == 1, $"the fix was not applied: {string.Join("; ", outcome.Skipped.Select(s => s.Reason))}");
        return new FixedRelease(markdown, before, finding, fix, outcome, Check(outcome.Text, configuration, publishOn));
    }

    /// <summary>The finding is gone, no finding appeared that was not there before, and only the fix's regions changed.</summary>
    public void AssertFixedCleanly()
    {
        Assert.DoesNotContain(FindingsAfter, d => d.Id == Finding.Id && d.Text == Finding.Text);
        var earlier = FindingsBefore.Select(Key).ToList();
        foreach (var finding in FindingsAfter)
        {
            Assert.True(earlier.Remove(Key(finding)), $"a new finding appeared: {finding}");
        }

        AssertOnlyRegionsChanged(Before, Outcome);
    }

    /// <summary>Every character of <paramref name="before"/> outside the outcome's regions is in its text, in order, and nothing else is.</summary>
    public static void AssertOnlyRegionsChanged(string before, FixOutcome outcome)
    {
        var expected = new StringBuilder();
        var at = 0;
        foreach (var (region, newText) in outcome.Changes)
        {
            Assert.True(region.Start >= at, "the changes overlap or are out of order");
            expected.Append(before, at, region.Start - at).Append(newText);
            at = region.End;
        }

        expected.Append(before, at, before.Length - at);
        Assert.Equal(expected.ToString(), outcome.Text);
    }

    // A finding is the same one after the fix when its rule and words are: its line may move when a line goes.
    private static string Key(Diagnostic d) => $"{d.Id}|{d.Text}|{d.Message}";
}
