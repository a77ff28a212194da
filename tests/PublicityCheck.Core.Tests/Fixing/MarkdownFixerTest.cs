using PublicityCheck.Diagnostics;
using PublicityCheck.Documents;
using PublicityCheck.Fixing;

namespace PublicityCheck.Tests.Fixing;

public class MarkdownFixerTest
{
    private static readonly DiagnosticDescriptor Rule = new("LOCAL001", "Loaded word", "'{0}' is a loaded word", "Configured phrases", DiagnosticSeverity.Warning, "A loaded word.");

    // A fix replacing the characters at [column, column + old.Length) of a line with new text, as a rule would report it.
    private static FixChoice Replace(int line, int column, string old, string replacement, int offset = 0)
    {
        var location = new SourceLocation("release.md", DocumentParts.Body, new SourcePosition(line, column), new SourcePosition(line, column + old.Length));
        var finding = Diagnostic.Create(Rule, location, old);
        return new FixChoice(finding, new SuggestedFix($"Replace '{old}' with '{replacement}'", [new TextEdit(new TextSpan(offset, old.Length), location, old, replacement)], isSafe: true));
    }

    [Fact]
    public void Apply_ReplacesTheWordsAtTheirLineAndColumn()
    {
        var outcome = MarkdownFixer.Apply("# Pool reopens\n\nUnder the previous regime the pool closed.\n", [Replace(3, 20, "regime", "administration")]);

        Assert.Equal("# Pool reopens\n\nUnder the previous administration the pool closed.\n", outcome.Text);
    }

    [Fact]
    public void Apply_WithWindowsLineEndings_KeepsThem()
    {
        var outcome = MarkdownFixer.Apply("# Pool reopens\r\n\r\nUnder the previous regime the pool closed.\r\n", [Replace(3, 20, "regime", "administration")]);

        Assert.Equal("# Pool reopens\r\n\r\nUnder the previous administration the pool closed.\r\n", outcome.Text);
    }

    [Fact]
    public void Apply_WordsWrittenWithFormattingInside_AreLeftForAPerson()
    {
        // The release reads "Tory cuts" at (1,7)-(1,16); the file writes "**Tory** cuts" there.
        var choice = Replace(1, 7, "Tory cuts", "reductions in government funding");

        var outcome = MarkdownFixer.Apply("After **Tory** cuts, the pool closed.\n", [choice]);

        Assert.Equal("After **Tory** cuts, the pool closed.\n", outcome.Text);
        var skipped = Assert.Single(outcome.Skipped);
        Assert.Equal("the file writes these words with formatting inside them, or no longer holds them", skipped.Reason);
    }

    [Fact]
    public void Apply_OverlappingFixes_AppliesTheEarlierAndSaysWhyTheLaterWasSkipped()
    {
        var first = Replace(1, 7, "Tory cuts", "reductions in government funding");
        var second = Replace(1, 12, "cuts", "savings");

        var outcome = MarkdownFixer.Apply("After Tory cuts, the pool closed.\n", [second, first]);

        Assert.Equal("After reductions in government funding, the pool closed.\n", outcome.Text);
        Assert.Same(first, Assert.Single(outcome.Applied));
        Assert.Equal("it overlaps the fix for LOCAL001 at (1,7), applied first", Assert.Single(outcome.Skipped).Reason);
    }

    [Fact]
    public void Apply_TheSameEditFromTwoFindings_IsMadeOnce()
    {
        var outcome = MarkdownFixer.Apply("After Tory cuts, the pool closed.\n", [Replace(1, 7, "Tory", "government"), Replace(1, 7, "Tory", "government")]);

        Assert.Equal("After government cuts, the pool closed.\n", outcome.Text);
        Assert.Equal(2, outcome.Applied.Length);
    }

    [Fact]
    public void Apply_RemovingWholeLines_TakesTheirMarkupAndLineEnding()
    {
        var location = new SourceLocation("release.md", DocumentParts.Body, new SourcePosition(1, 1), new SourcePosition(2, 1));
        var finding = Diagnostic.Create(Rule, location, "OFFICIAL-SENSITIVE");
        var fix = new SuggestedFix("Remove the line 'OFFICIAL-SENSITIVE'", [new TextEdit(new TextSpan(0, 19), location, "OFFICIAL-SENSITIVE\n", string.Empty)], isSafe: true);

        var outcome = MarkdownFixer.Apply("**OFFICIAL-SENSITIVE**\n# Pool reopens\n", [new FixChoice(finding, fix)]);

        Assert.Equal("# Pool reopens\n", outcome.Text);
    }

    [Fact]
    public void Apply_Advice_IsNeverApplied()
    {
        var finding = Diagnostic.Create(Rule, new SourceLocation("release.md", DocumentParts.Body, new SourcePosition(1, 1), new SourcePosition(1, 5)), "Tory");

        var outcome = MarkdownFixer.Apply("Tory cuts.\n", [new FixChoice(finding, SuggestedFix.Advice("Quote the Leader instead"))]);

        Assert.Equal("Tory cuts.\n", outcome.Text);
        Assert.Equal("it is advice, with no edit to apply", Assert.Single(outcome.Skipped).Reason);
    }
}
