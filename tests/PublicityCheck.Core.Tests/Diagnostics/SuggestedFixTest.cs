using PublicityCheck.Diagnostics;
using PublicityCheck.Documents;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Tests.Diagnostics;

public class SuggestedFixTest
{
    private static readonly DiagnosticDescriptor Rule = new("LOCAL001", "Loaded word", "'{0}' is a loaded word", "Configured phrases", DiagnosticSeverity.Warning, "A loaded word.");

    private static readonly ReleaseDocument Release = TestDocuments.FromParagraphs(
        "pool.md",
        "OFFICIAL-SENSITIVE",
        "The pool was closed for two summers under the previous regime.");

    [Fact]
    public void Replace_TitlesItselfAndLocatesItsEditAsAFindingWouldBe()
    {
        var span = TestDocuments.SpanOf(Release, "regime");

        var fix = SuggestedFix.Replace(Release, span, "administration", isSafe: true);

        Assert.Equal("Replace 'regime' with 'administration'", fix.Title);
        var edit = Assert.Single(fix.Edits);
        Assert.Equal(Release.GetLocation(span), edit.Location);
        Assert.Equal(("regime", "administration"), (edit.OldText, edit.NewText));
    }

    [Fact]
    public void RemoveBlock_RunsFromColumnOneOfItsLineToColumnOneOfTheNext()
    {
        var edit = TextEdit.RemoveBlock(Release, Release.Blocks[0]);

        Assert.Equal((new SourcePosition(1, 1), new SourcePosition(2, 1)), (edit.Location.Start, edit.Location.End));
        Assert.Equal("OFFICIAL-SENSITIVE\n", edit.OldText);
        Assert.True(edit.RemovesWholeLines);
    }

    [Fact]
    public void Create_WithOverlappingEdits_IsRefused()
    {
        var first = TextEdit.Replace(Release, TestDocuments.SpanOf(Release, "previous regime"), "last administration");
        var second = TextEdit.Replace(Release, TestDocuments.SpanOf(Release, "regime"), "administration");

        Assert.Throws<ArgumentException>(() => new SuggestedFix("Reword", [first, second], isSafe: false));
    }

    [Fact]
    public void Advice_IsNeverSafe()
    {
        Assert.Throws<ArgumentException>(() => new SuggestedFix("Quote the Leader instead", [], isSafe: true));
        Assert.True(SuggestedFix.Advice("Quote the Leader instead").IsAdvice);
    }

    [Fact]
    public void Suggestion_OfAFindingWithAFixForItsWords_IsThatFixsNewText()
    {
        var span = TestDocuments.SpanOf(Release, "regime");

        var finding = Diagnostic.Create(Rule, Release, span, "regime") with { Fixes = [SuggestedFix.Replace(Release, span, "administration", isSafe: true)] };

        Assert.Equal("administration", finding.Suggestion);
    }

    [Fact]
    public void Fixes_OfAFindingReportedWithOnlyASuggestion_IsOneReplacementNeedingAPerson()
    {
        var span = TestDocuments.SpanOf(Release, "regime");

        var finding = Diagnostic.Create(Rule, Release, span, "regime") with { Suggestion = "administration" };

        var fix = Assert.Single(finding.Fixes);
        Assert.Equal("Replace 'regime' with 'administration'", fix.Title);
        Assert.False(fix.IsSafe);
        Assert.Equal(new TextEdit(span, finding.Location, "regime", "administration"), Assert.Single(fix.Edits));
    }

    [Fact]
    public void Fixes_OfAFindingAboutTheWholeFile_AreNoneEvenWithASuggestion()
    {
        var finding = Diagnostic.Create(Rule, SourceLocation.ForFile("pool.md"), "pool.md") with { Suggestion = "administration" };

        Assert.Empty(finding.Fixes);
    }
}
