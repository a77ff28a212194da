using System.Collections.Immutable;
using PublicityCheck.Analysis;
using PublicityCheck.Classification;
using PublicityCheck.Diagnostics;

namespace PublicityCheck.Tests.Support;

/// <summary>Reports each mention of "Labour" as a council-style rule would (LOCAL001, warning).</summary>
public sealed class PartyNameAnalyzer : PublicityAnalyzer
{
    public static readonly DiagnosticDescriptor PartyNamed = new(
        "LOCAL001", "Party named", "The release names {0}", "Local", DiagnosticSeverity.Warning, "A party is named in the council's own words.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [PartyNamed];

    public override void Initialize(AnalyzerRegistration registration) =>
        registration.RegisterSentenceAction(context =>
        {
            var at = context.Sentence.Text.IndexOf("Labour", StringComparison.Ordinal);
            if (at >= 0)
            {
                context.ReportDiagnostic(PartyNamed, new PublicityCheck.Documents.TextSpan(context.Sentence.Span.Start + at, 6), "Labour");
            }
        });
}

/// <summary>Throws on every document, as a buggy council analyzer might.</summary>
public sealed class ThrowingAnalyzer : PublicityAnalyzer
{
    public static readonly DiagnosticDescriptor Never = new(
        "LOCAL002", "Never reported", "Never", "Local", DiagnosticSeverity.Error, "Never reported.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Never];

    public override void Initialize(AnalyzerRegistration registration) =>
        registration.RegisterDocumentAction(_ => throw new InvalidOperationException("the ward list was not loaded"));
}

/// <summary>Reports a descriptor it does not declare, which is an analyzer bug.</summary>
public sealed class UndeclaredDescriptorAnalyzer : PublicityAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [ThrowingAnalyzer.Never];

    public override void Initialize(AnalyzerRegistration registration) =>
        registration.RegisterBlockAction(context => context.ReportDiagnostic(PartyNameAnalyzer.PartyNamed, context.Block.Span, "Labour"));
}

/// <summary>A host's scorer that calls every sentence partisan, so that a test shows which sentences are judged at all, and by which rule.</summary>
public sealed class AlwaysPartisanScorer : IPartisanScorer
{
    public double Threshold => 0.5;

    public IReadOnlyList<double> Score(IReadOnlyList<string> sentences) => [.. sentences.Select(_ => 1.0)];

    public PartisanScore Classify(string sentence) => new(1.0, true, []);
}
