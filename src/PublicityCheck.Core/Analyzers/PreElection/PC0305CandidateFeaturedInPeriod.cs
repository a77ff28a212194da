using System.Collections.Immutable;
using PublicityCheck.Analysis;
using PublicityCheck.Calendar;
using PublicityCheck.Diagnostics;
using PublicityCheck.Documents;
using PublicityCheck.People;
using PublicityCheck.Text;
using PublicityCheck.Releases;

namespace PublicityCheck.Analyzers.PreElection;

/// <summary>
/// PC0305: in a pre-election period no candidate in the election is featured, other than as a quoted councillor
/// (PC0304 reports that) or in factual election information such as the statement of persons nominated.
/// </summary>
public sealed class PC0305CandidateFeaturedInPeriod : PublicityAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Descriptor = new(
        "PC0305",
        "Candidate featured in the pre-election period",
        "{0} is a candidate in {1}, and this release is published in its pre-election period (until the close of poll on {2}); leave candidates out unless the text is factual election information",
        RuleCategories.PreElection,
        DiagnosticSeverity.Error,
        "Council publicity must not feature candidates, or proposals identified with an individual member or group, during a pre-election period (Code of Recommended Practice on Local Authority Publicity 2011, paragraph 34). Factual election information such as a statement of persons nominated may name them.");

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

    /// <inheritdoc/>
    public override void Initialize(AnalyzerRegistration registration)
    {
        ArgumentNullException.ThrowIfNull(registration);
        registration.RegisterDocumentAction(Analyze);
    }

    private static void Analyze(DocumentAnalysisContext context)
    {
        // A candidate is named with the poll they stand in, whichever of the periods in force it is.
        var model = context.Model;
        var quoted = model.Speakers.Where(s => s.IsMember).Select(s => s.Anchor).ToList();
        foreach (var period in model.PeriodsInForce)
        {
            var until = ReleaseDates.Format(period.End);
            var candidates = model.Roster.People.Where(p => p.CandidateIn.Contains(period.Election.Id, StringComparer.OrdinalIgnoreCase));
            foreach (var candidate in candidates)
            {
                ReportMentions(context, candidate, quoted, period, until);
            }
        }
    }

    private static void ReportMentions(DocumentAnalysisContext context, Person candidate, List<TextSpan> quoted, PreElectionPeriod period, string until)
    {
        var surname = candidate.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
        var forms = candidate.Aliases.Append(candidate.Name)
            .Concat(new[] { "Councillor", "Cllr", "Cllr.", "County Councillor", "Mr", "Mrs", "Ms", "Dr" }.Select(t => $"{t} {surname}"));
        var names = new PhraseList(forms);
        foreach (var block in context.Document.Blocks)
        {
            if (PreElectionPeriods.FactualElectionInformation.Matches(block.Text).Any())
            {
                continue;
            }

            foreach (var match in names.Matches(block.Text))
            {
                var span = new TextSpan(block.Span.Start + match.Start, match.Length);
                if (!quoted.Any(q => q.Contains(span.Start) || span.Contains(q.Start)))
                {
                    var diagnostic = Diagnostic.Create(Descriptor, context.Document, span, candidate.DisplayName, period.Election.Name, until);
                    context.ReportDiagnostic(diagnostic with { Fixes = [PreElectionPeriods.HoldUntil(period)] });
                }
            }
        }
    }
}
