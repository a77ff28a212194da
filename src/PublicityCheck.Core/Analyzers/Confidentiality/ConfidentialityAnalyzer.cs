using System.Collections.Immutable;
using PublicityCheck.Analysis;
using PublicityCheck.Diagnostics;
using PublicityCheck.Text;

namespace PublicityCheck.Analyzers.Confidentiality;

/// <summary>
/// PC04xx: confidential information. Finds references to exempt (Part II) business and protective markings left in
/// a draft, in every part of the release, headers and footers included. The phrases are data, in
/// <c>lexicons/confidentiality/</c>.
/// </summary>
public sealed class ConfidentialityAnalyzer : PublicityAnalyzer
{
    /// <summary>The rule family.</summary>
    public const string Category = "Confidentiality";

    /// <summary>PC0401: the release refers to exempt or confidential material.</summary>
    public static readonly DiagnosticDescriptor ExemptMaterial = new(
        "PC0401",
        "Release refers to exempt or confidential material",
        "'{0}' refers to business taken in private; check that nothing exempt under Schedule 12A is disclosed before this goes out",
        Category,
        DiagnosticSeverity.Warning,
        "Reports considered in private (Part II, exempt under Schedule 12A to the Local Government Act 1972) are confidential, and disclosing them may be unlawful (county protocol 8.78-8.80; borough protocol 22).");

    /// <summary>PC0402: a protective marking or internal-only label is left in the release.</summary>
    public static readonly DiagnosticDescriptor ProtectiveMarking = new(
        "PC0402",
        "Internal marking left in the release",
        "'{0}' marks the text as internal or sensitive; remove the marking, or the material, before publishing",
        Category,
        DiagnosticSeverity.Error,
        "A protective marking (OFFICIAL-SENSITIVE) or a label such as 'internal use only' shows the text was not cleared for publication (county protocol 8.80).");

    private static readonly Lazy<PhraseList> ExemptPhrases = new(() => PhraseList.FromLexicon("confidentiality/exempt-material.txt"));
    private static readonly Lazy<PhraseList> MarkingPhrases = new(() => PhraseList.FromLexicon("confidentiality/protective-markings.txt"));

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [ExemptMaterial, ProtectiveMarking];

    /// <inheritdoc/>
    public override void Initialize(AnalyzerRegistration registration)
    {
        ArgumentNullException.ThrowIfNull(registration);
        registration.RegisterBlockAction(context =>
        {
            Report(context, ExemptPhrases.Value, ExemptMaterial);
            Report(context, MarkingPhrases.Value, ProtectiveMarking);
        });
    }

    private static void Report(BlockAnalysisContext context, PhraseList phrases, DiagnosticDescriptor descriptor)
    {
        var block = context.Block;
        foreach (var match in phrases.Matches(block.Text))
        {
            var span = new Documents.TextSpan(block.Span.Start + match.Start, match.Length);
            context.ReportDiagnostic(descriptor, span, context.Document.GetText(span));
        }
    }
}
