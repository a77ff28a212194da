using PublicityCheck.Analysis;
using PublicityCheck.Diagnostics;

namespace PublicityCheck.Testing;

/// <summary>
/// Checks an analyzer's findings on a release, as Roslyn's <c>AnalyzerVerifier&lt;T&gt;</c> does for a compiler
/// analyzer: mark the expected spans in the source with <c>[|...|]</c> or <c>{|ID:...|}</c>, and pass any other
/// expected findings. For configuration and dates, use <see cref="AnalyzerTest{TAnalyzer}"/>.
/// </summary>
/// <typeparam name="TAnalyzer">The analyzer under test.</typeparam>
/// <example>
/// <code>
/// await AnalyzerVerifier&lt;ConsultationClosingDateAnalyzer&gt;.VerifyMarkdownAsync("""
///     Residents can have their say in a [|consultation|] on the draft local plan.
///     """);
/// </code>
/// </example>
public static class AnalyzerVerifier<TAnalyzer>
    where TAnalyzer : PublicityAnalyzer, new()
{
    /// <summary>Expects a finding of the analyzer's one rule.</summary>
    /// <exception cref="InvalidOperationException">The analyzer declares more than one rule, or none.</exception>
    public static DiagnosticResult Diagnostic() => new TAnalyzer().SupportedDiagnostics switch
    {
        [var only] => new DiagnosticResult(only),
        var all => throw new InvalidOperationException(
            $"{typeof(TAnalyzer).Name} declares {all.Length} rules; name the one expected with Diagnostic(id) or Diagnostic(descriptor)."),
    };

    /// <summary>Expects a finding of rule <paramref name="id"/>.</summary>
    public static DiagnosticResult Diagnostic(string id) => new(id);

    /// <summary>Expects a finding of the rule <paramref name="descriptor"/> declares.</summary>
    public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => new(descriptor);

    /// <summary>Checks the Markdown release <paramref name="source"/> and compares the findings with those marked and <paramref name="expected"/>.</summary>
    /// <exception cref="VerificationException">The findings differ; the message says how.</exception>
    public static Task VerifyMarkdownAsync(string source, params DiagnosticResult[] expected)
    {
        ArgumentNullException.ThrowIfNull(source);
        var test = new AnalyzerTest<TAnalyzer> { MarkdownSource = source };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>
    /// Checks a Word release whose body is <paramref name="paragraphs"/>, one paragraph each, and compares the
    /// findings with those marked and <paramref name="expected"/>. Positions are paragraph and character.
    /// </summary>
    /// <exception cref="VerificationException">The findings differ; the message says how.</exception>
    public static Task VerifyWordAsync(IReadOnlyList<string> paragraphs, params DiagnosticResult[] expected)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        var test = new AnalyzerTest<TAnalyzer> { WordParagraphs = paragraphs };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
