using System.Collections.Immutable;
using NodaTime;
using PublicityCheck.Configuration;
using PublicityCheck.Diagnostics;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Tests.Fixing;

/// <summary>
/// For each rule that offers an edit, its fix applied to a realistic release: the finding is gone, no finding appears
/// that was not there, and every character outside the fix's edits is as it was.
/// </summary>
public class RuleFixesTest
{
    private static readonly LocalDate March2026 = new(2026, 3, 3);

    private static readonly PublicityCheckConfiguration WreakeValleyCouncil = WreakeValley.Configuration();

    private static string Release(params string[] paragraphs) =>
        "# Easterby Leisure Centre reopens\n\n" + string.Join("\n\n", paragraphs) + "\n";

    private static readonly string Opening =
        "Easterby Leisure Centre will reopen on Saturday 14 March after a £2.4 million refurbishment of its pool and changing rooms.";

    [Fact]
    public void PC0105_RosterSpelling_KeepsTheReleasesTitleAndIsSafe()
    {
        var release = Release(Opening, "Councillor Helen Mash, Leader of the Council, said: \"The new pool is a great day for Easterby.\"");

        var fixedRelease = FixedRelease.Apply(release, "PC0105", WreakeValleyCouncil, March2026);

        Assert.Equal("Replace 'Helen Mash' with 'Helen Marsh'", fixedRelease.Fix.Title);
        Assert.True(fixedRelease.Fix.IsSafe);
        Assert.Contains("Councillor Helen Marsh, Leader of the Council, said:", fixedRelease.After, StringComparison.Ordinal);
        fixedRelease.AssertFixedCleanly();
    }

    [Fact]
    public void PC0106_TheOneRoleHeldThatDay_ReplacesTheStatedRoleSafely()
    {
        var release = Release(Opening, "Councillor Helen Marsh, Deputy Leader, said: \"The new pool is a great day for Easterby.\"");

        var fixedRelease = FixedRelease.Apply(release, "PC0106", WreakeValleyCouncil, March2026);

        Assert.Equal("Replace 'Deputy Leader' with 'Leader of the Council'", fixedRelease.Fix.Title);
        Assert.True(fixedRelease.Fix.IsSafe);
        fixedRelease.AssertFixedCleanly();
    }

    [Fact]
    public void PC0106_DroppingTheStatedRole_TakesItsCommasAndNeedsAPerson()
    {
        var release = Release(Opening, "Councillor Helen Marsh, Deputy Leader, said: \"The new pool is a great day for Easterby.\"");

        var fixedRelease = FixedRelease.Apply(release, "PC0106", WreakeValleyCouncil, March2026, candidate: 1);

        Assert.Equal("Drop the stated role 'Deputy Leader'", fixedRelease.Fix.Title);
        Assert.False(fixedRelease.Fix.IsSafe);
        Assert.Contains("Councillor Helen Marsh said:", fixedRelease.After, StringComparison.Ordinal);
        fixedRelease.AssertFixedCleanly();
    }

    [Fact]
    public void PC0402_AMarkingAloneOnItsLine_GoesWithItsLineAndMarkup()
    {
        var release = "**OFFICIAL-SENSITIVE**\n\n" + Release(Opening);

        var fixedRelease = FixedRelease.Apply(release, "PC0402", WreakeValleyCouncil, March2026);

        Assert.Equal("Remove the line 'OFFICIAL-SENSITIVE'", fixedRelease.Fix.Title);
        Assert.True(fixedRelease.Fix.IsSafe);
        Assert.Equal("\n" + Release(Opening), fixedRelease.After);
        fixedRelease.AssertFixedCleanly();
    }

    [Fact]
    public void PC0402_AMarkingOpeningAParagraph_GoesWithItsSeparator()
    {
        var release = Release("OFFICIAL-SENSITIVE: " + Opening);

        var fixedRelease = FixedRelease.Apply(release, "PC0402", WreakeValleyCouncil, March2026);

        Assert.True(fixedRelease.Fix.IsSafe);
        Assert.Equal(Release(Opening), fixedRelease.After);
        fixedRelease.AssertFixedCleanly();
    }

    [Fact]
    public void PC0402_AMarkingInsideASentence_IsRemovedOnlyByAPerson()
    {
        var release = Release(Opening, "The refurbishment costs are for internal use only until the contract is signed.");

        var finding = Assert.Single(FixedRelease.Check(release, WreakeValleyCouncil, March2026), d => d.Id == "PC0402");

        Assert.False(Assert.Single(finding.Fixes).IsSafe);
    }

    [Fact]
    public void ConfiguredPhraseRule_Suggest_ReplacesTheWordsSafely()
    {
        var configuration = WreakeValleyCouncil with
        {
            Phrases = [new PhraseRule("LOCAL003", ["e-mail"], "the council's house style writes 'email'", DiagnosticSeverity.Warning, "email", new SettingOrigin("publicitycheck.json", "$.phrases[0].id", 4, 13))],
        };
        var release = Release(Opening, "Residents can e-mail the centre's team to book a court from Monday.");

        var fixedRelease = FixedRelease.Apply(release, "LOCAL003", configuration, March2026);

        Assert.Equal("Replace 'e-mail' with 'email'", fixedRelease.Fix.Title);
        Assert.True(fixedRelease.Fix.IsSafe);
        fixedRelease.AssertFixedCleanly();
    }

    [Fact]
    public void PC0202_ANeutralWording_ReplacesTheWholePhrasingAndNeedsAPerson()
    {
        var release = Release(Opening, "The refurbishment was paid for by this Conservative council from its capital budget.");

        var fixedRelease = FixedRelease.Apply(release, "PC0202", WreakeValleyCouncil, March2026);

        Assert.Equal("Replace 'Conservative council' with 'council'", fixedRelease.Fix.Title);
        Assert.False(fixedRelease.Fix.IsSafe);
        Assert.Contains("paid for by this council from", fixedRelease.After, StringComparison.Ordinal);
        fixedRelease.AssertFixedCleanly();
    }

    [Fact]
    public void PC0202_APhrasingOpeningASentence_IsReplacedWithACapital()
    {
        var release = Release(Opening, "The Labour administration agreed the budget for the refurbishment in February.");

        var fixedRelease = FixedRelease.Apply(release, "PC0202", WreakeValleyCouncil, March2026);

        Assert.Equal("Replace 'The Labour administration' with 'The council'", fixedRelease.Fix.Title);
        fixedRelease.AssertFixedCleanly();
    }

    [Fact]
    public void PC0202_EveryWording_IsACandidate()
    {
        var release = Release(Opening, "The refurbishment follows years of Tory cuts to the leisure budget.");

        var finding = Assert.Single(FixedRelease.Check(release, WreakeValleyCouncil, March2026), d => d.Id == "PC0202");

        Assert.Equal(
            ["Replace 'Tory cuts' with 'reductions in government funding'", "Replace 'Tory cuts' with 'cuts in government funding'"],
            finding.Fixes.Select(f => f.Title));
    }

    [Fact]
    public void PC0101_Advice_NamesTheRelevantCabinetMemberAndTheLeaderOnTheDay()
    {
        var release = Release(Opening, "Councillor Tom Reid said: \"The new pool is a great day for Easterby.\"");

        var finding = Assert.Single(FixedRelease.Check(release, WreakeValleyCouncil, March2026), d => d.Id == "PC0101");

        var advice = Assert.Single(finding.Fixes);
        Assert.True(advice.IsAdvice);
        Assert.Equal("Quote Councillor Priya Mistry (Cabinet Member for Leisure and Culture) or Councillor Helen Marsh (Leader of the Council) instead", advice.Title);
    }

    [Fact]
    public void PC0101_Advice_NamesWhoeverHoldsTheLeadershipOnThePublicationDate()
    {
        var release = Release(Opening, "Councillor Tom Reid said: \"The new pool is a great day for Easterby.\"");

        var finding = Assert.Single(FixedRelease.Check(release, WreakeValleyCouncil, new LocalDate(2026, 6, 2)), d => d.Id == "PC0101");

        Assert.Contains("Councillor Rajesh Patel (Leader of the Council)", Assert.Single(finding.Fixes).Title, StringComparison.Ordinal);
    }

    [Fact]
    public void PC0304_Advice_HoldsTheReleaseUntilTheDayAfterPollingDay()
    {
        var configuration = WreakeValleyCouncil with { Elections = [WreakeValley.BoroughElections2026] };
        var release = Release(Opening, "Councillor Priya Mistry, Cabinet Member for Leisure and Culture, said: \"The new pool is a great day for Easterby.\"");

        var finding = Assert.Single(FixedRelease.Check(release, configuration, new LocalDate(2026, 4, 14)), d => d.Id == "PC0304");

        Assert.Equal(
            "Hold the release until the pre-election period for the borough council elections is over: publish it on 8 May 2026 or later, after the close of poll on 7 May 2026",
            Assert.Single(finding.Fixes).Title);
    }

    [Fact]
    public void PC0302_Advice_HoldsTheReleaseUntilThePeriodEnds()
    {
        var configuration = WreakeValleyCouncil with { Elections = [WreakeValley.BoroughElections2026] };
        var release = Release("The council launches a new swimming scheme for primary schools at Easterby Leisure Centre.");

        var finding = FixedRelease.Check(release, configuration, new LocalDate(2026, 4, 14)).First(d => d.Id == "PC0302");

        Assert.Contains("publish it on 8 May 2026 or later", Assert.Single(finding.Fixes).Title, StringComparison.Ordinal);
    }

    [Fact]
    public void AFindingWithAnAdviceOnlyFix_HasNoSuggestionToReplaceItsWords()
    {
        var release = Release(Opening, "Councillor Tom Reid said: \"The new pool is a great day for Easterby.\"");

        var finding = Assert.Single(FixedRelease.Check(release, WreakeValleyCouncil, March2026), d => d.Id == "PC0101");

        Assert.Null(finding.Suggestion);
    }

    [Fact]
    public void EveryFixOffered_HasEditsInsideTheFileOrIsAdvice()
    {
        ImmutableArray<Diagnostic> findings = FixedRelease.Check(
            "OFFICIAL-SENSITIVE\n\n" + Release(Opening, "Councillor Helen Mash, Deputy Leader, said: \"This Conservative council is proud of the pool.\""),
            WreakeValleyCouncil,
            March2026);

        Assert.All(findings.SelectMany(f => f.Fixes), fix => Assert.True(fix.IsAdvice || fix.Edits.All(e => e.Location.Start.Line >= 1 && e.Location.Start <= e.Location.End)));
        Assert.Contains(findings, f => f.Id == "PC0105" && f.Fixes.Length == 1);
    }
}
