using System.Collections.Immutable;
using PublicityCheck.Analysis;
using PublicityCheck.Diagnostics;
using PublicityCheck.Documents;
using PublicityCheck.Text;
using PublicityCheck.Releases;

namespace PublicityCheck.Analyzers.PreElection;

/// <summary>
/// PC0306: in a pre-election period no proposal is identified with a member or political group; a paragraph of
/// factual election information is left alone.
/// </summary>
public sealed partial class PC0306ProposalIdentifiedWithGroup : PublicityAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Descriptor = new(
        "PC0306",
        "Proposal identified with a member or group in the pre-election period",
        "'{0}' identifies a proposal with {1}, and this release is published in the pre-election period for {2} (until the close of poll on {3}); describe it as the council's",
        RuleCategories.PreElection,
        DiagnosticSeverity.Error,
        "During a pre-election period council publicity should not identify proposals or decisions with individual members or political groups (Code of Recommended Practice on Local Authority Publicity 2011, paragraph 34).");


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
        var periods = context.Model.PeriodsInForce;
        if (!periods.IsEmpty)
        {
            ReportProposals(context, PreElectionPeriods.NamesOf(periods), ReleaseDates.Format(PreElectionPeriods.LastToEnd(periods).End));
        }
    }

    private static void ReportProposals(DocumentAnalysisContext context, string election, string until)
    {
        foreach (var block in context.Document.Blocks)
        {
            if (PreElectionPeriods.FactualElectionInformation.Matches(block.Text).Any())
            {
                continue;
            }

            // "the Labour group's proposal", "a Green Party motion"
            foreach (var party in PartyNames.List.Matches(block.Text))
            {
                var after = ProposalAfter().Match(block.Text, party.End);
                if (after.Success)
                {
                    var span = new TextSpan(block.Span.Start + party.Start, after.Index + after.Length - party.Start);
                    context.ReportDiagnostic(Descriptor, span, context.Document.GetText(span), block.Text.Substring(party.Start, party.Length), election, until);
                }
            }

            // "a plan put forward by Councillor Reid", "the motion proposed by the Conservative group"
            foreach (System.Text.RegularExpressions.Match by in ProposedBy().Matches(block.Text))
            {
                var span = new TextSpan(block.Span.Start + by.Index, by.Length);
                context.ReportDiagnostic(Descriptor, span, context.Document.GetText(span), by.Groups["who"].Value, election, until);
            }
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\G(?:\s+(?:group|party|councillors))?(?:'s|’s|s'|s’)?\s+(?:own\s+)?(?:proposal|proposals|motion|plan|plans|amendment|pledge|idea|scheme|campaign|policy)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial System.Text.RegularExpressions.Regex ProposalAfter();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:proposal|motion|plan|amendment|idea|scheme)\s+(?:was\s+)?(?:put\s+forward|proposed|tabled|suggested|championed)\s+by\s+(?<who>(?:Councillor|Cllr\.?|County\s+Councillor)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?|the\s+\p{Lu}[\p{L} ]{2,40}?\s+(?:group|party|Group|Party))", System.Text.RegularExpressions.RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial System.Text.RegularExpressions.Regex ProposedBy();
}
