using System.Collections.Immutable;
using PublicityCheck.Analysis;
using PublicityCheck.Calendar;
using PublicityCheck.Configuration;
using PublicityCheck.Diagnostics;
using PublicityCheck.Documents;
using PublicityCheck.Releases;
using PublicityCheck.Text;

namespace PublicityCheck.Analyzers.Phrases;

/// <summary>
/// Runs phrase rules (<see cref="PhraseRule"/>): those of <c>publicitycheck.json</c> (<c>"phrases"</c>), each a rule
/// of its own with the id, message, severity and suggestion its team gave it, and PublicityCheck's own word-list
/// rules (<see cref="BuiltInPhraseRules"/>). Each rule finds its phrases in every block, or every sentence, of a
/// release it applies to, leaving out a block or sentence that holds one of its <c>unless</c> phrases, and a release
/// that holds one of its <c>unlessInRelease</c> phrases anywhere.
/// </summary>
public sealed class ConfiguredPhraseAnalyzer : PublicityAnalyzer
{
    // The built-in rule whose phrases are protective markings, which its fix removes.
    private const string InternalMarkingRule = "PC0402";

    private readonly ImmutableArray<CompiledRule> _rules;

    /// <summary>Creates the analyzer for <paramref name="rules"/>.</summary>
    public ConfiguredPhraseAnalyzer(IEnumerable<PhraseRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _rules = [.. rules.Select(r => new CompiledRule(r, r.ToDescriptor(), new PhraseList(r.Match), OrNull(r.Unless), OrNull(r.UnlessInRelease)))];
        SupportedDiagnostics = [.. _rules.Select(r => r.Descriptor)];
    }

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    /// <inheritdoc/>
    public override void Initialize(AnalyzerRegistration registration)
    {
        ArgumentNullException.ThrowIfNull(registration);
        registration.RegisterDocumentAction(Analyze);
    }

    private void Analyze(DocumentAnalysisContext context)
    {
        var facts = new ReleaseFacts(context);
        foreach (var rule in _rules)
        {
            if (!facts.Applies(rule.Rule, out var period) || facts.Mentions(rule.UnlessInRelease))
            {
                continue;
            }

            var election = period?.Election.Name;
            var periodEnd = period is null ? null : ReleaseDates.Format(period.End);
            foreach (var (start, text) in Scopes(context.Model, rule.Rule.Scope))
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                var exempt = (bool?)null;
                foreach (var match in rule.Phrases.Matches(text))
                {
                    exempt ??= rule.Unless is not null && rule.Unless.Matches(text).Any();
                    if (exempt.Value)
                    {
                        break;
                    }

                    var span = new TextSpan(start + match.Start, match.Length);
                    var diagnostic = Diagnostic.Create(rule.Descriptor, context.Document, span, context.Document.GetText(span), election, periodEnd);
                    var fixes = FixesFor(rule, context.Document, span, period);
                    context.ReportDiagnostic(fixes.IsEmpty ? diagnostic : diagnostic with { Fixes = fixes });
                }
            }
        }
    }

    // A rule's "suggest" is a substitution its team wrote for exactly these words, so it is safe to apply; an internal
    // marking (PC0402) is taken out; a rule that applies only in a pre-election period advises holding the release.
    private static ImmutableArray<SuggestedFix> FixesFor(CompiledRule rule, ReleaseDocument document, TextSpan span, PreElectionPeriod? period)
    {
        var fixes = ImmutableArray.CreateBuilder<SuggestedFix>();
        if (rule.Rule.Suggest is { } suggest)
        {
            fixes.Add(SuggestedFix.Replace(document, span, suggest, isSafe: true));
        }

        if (string.Equals(rule.Rule.Id, InternalMarkingRule, StringComparison.Ordinal))
        {
            fixes.Add(MarkingRemoval.For(document, span, rule.Phrases));
        }

        if (period is not null)
        {
            fixes.Add(PreElection.PreElectionPeriods.HoldUntil(period));
        }

        return fixes.ToImmutable();
    }

    private static PhraseList? OrNull(ImmutableArray<string> phrases) => phrases.IsEmpty ? null : new PhraseList(phrases);

    private static IEnumerable<(int Start, string Text)> Scopes(ReleaseModel model, PhraseScope scope) => scope switch
    {
        PhraseScope.Sentence => model.Sentences.Select(s => (s.Span.Start, s.Text)),
        _ => model.Document.Blocks.Select(b => (b.Span.Start, b.Text)),
    };

    private sealed record CompiledRule(PhraseRule Rule, DiagnosticDescriptor Descriptor, PhraseList Phrases, PhraseList? Unless, PhraseList? UnlessInRelease);

    // What the rules' conditions ask of a release, read from the release model.
    private sealed class ReleaseFacts(DocumentAnalysisContext context)
    {
        public bool Applies(PhraseRule rule, out PreElectionPeriod? period)
        {
            period = null;
            if (rule.When == PhraseCondition.PreElectionPeriod)
            {
                period = context.Model.PeriodInForce;
                if (period is null)
                {
                    return false;
                }
            }

            return rule.ExceptReleaseKinds.IsEmpty || !rule.ExceptReleaseKinds.Contains(context.Model.Profile.Kind);
        }

        // Whether any block of the release, headers and footers included, holds one of the phrases.
        public bool Mentions(PhraseList? phrases) =>
            phrases is not null && context.Model.Document.Blocks.Any(b => phrases.Matches(b.Text).Any());
    }
}
