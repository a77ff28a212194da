using PublicityCheck.Diagnostics;
using PublicityCheck.Documents;

namespace PublicityCheck.Tests.Support;

/// <summary>
/// Asserts a rule's findings by id and exact span, as Roslyn's analyzer verifiers do with <c>WithSpan</c>: lines and
/// columns count from 1, and the end is the place just after the last character.
/// </summary>
public static class Findings
{
    /// <summary>Asserts that <paramref name="diagnostic"/> has the id and covers the span given.</summary>
    public static void AssertAt(Diagnostic diagnostic, string id, int startLine, int startColumn, int endLine, int endColumn) =>
        Assert.Equal(Expected(id, startLine, startColumn, endLine, endColumn), Actual(diagnostic));

    /// <summary>Asserts that <paramref name="diagnostics"/> are exactly the findings given, in order.</summary>
    public static void AssertAre(IEnumerable<Diagnostic> diagnostics, params (string Id, int StartLine, int StartColumn, int EndLine, int EndColumn)[] expected) =>
        Assert.Equal(expected.Select(e => Expected(e.Id, e.StartLine, e.StartColumn, e.EndLine, e.EndColumn)), diagnostics.Select(Actual));

    private static string Expected(string id, int startLine, int startColumn, int endLine, int endColumn) =>
        Describe(id, new SourcePosition(startLine, startColumn), new SourcePosition(endLine, endColumn));

    private static string Actual(Diagnostic diagnostic) => Describe(diagnostic.Id, diagnostic.Location.Start, diagnostic.Location.End);

    private static string Describe(string id, SourcePosition start, SourcePosition end) =>
        $"{id} ({start.Line},{start.Column})-({end.Line},{end.Column})";
}
