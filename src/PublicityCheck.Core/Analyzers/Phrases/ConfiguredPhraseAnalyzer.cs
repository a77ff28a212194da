using System.Collections.Immutable;
using PublicityCheck.Analysis;
using PublicityCheck.Configuration;
using PublicityCheck.Diagnostics;
using PublicityCheck.Documents;
using PublicityCheck.Text;

namespace PublicityCheck.Analyzers.Phrases;

/// <summary>
/// Runs the phrase rules of <c>publicitycheck.json</c> (<c>"phrases"</c>): each is a rule of its own, with the id,
/// message, severity and suggestion its team gave it, and finds its phrases in every block of a release.
/// </summary>
public sealed class ConfiguredPhraseAnalyzer : PublicityAnalyzer
{
    private readonly ImmutableArray<(DiagnosticDescriptor Descriptor, PhraseList Phrases, string? Suggest)> _rules;

    /// <summary>Creates the analyzer for <paramref name="rules"/>.</summary>
    public ConfiguredPhraseAnalyzer(IEnumerable<PhraseRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _rules = [.. rules.Select(r => (r.ToDescriptor(), new PhraseList(r.Match), r.Suggest))];
        SupportedDiagnostics = [.. _rules.Select(r => r.Descriptor)];
    }

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    /// <inheritdoc/>
    public override void Initialize(AnalyzerRegistration registration)
    {
        ArgumentNullException.ThrowIfNull(registration);
        registration.RegisterBlockAction(context =>
        {
            var block = context.Block;
            foreach (var (descriptor, phrases, suggest) in _rules)
            {
                foreach (var match in phrases.Matches(block.Text))
                {
                    var span = new TextSpan(block.Span.Start + match.Start, match.Length);
                    var diagnostic = Diagnostic.Create(descriptor, context.Document, span, context.Document.GetText(span));
                    context.ReportDiagnostic(suggest is null ? diagnostic : diagnostic with { Suggestion = suggest });
                }
            }
        });
    }
}
