using System.Collections.Immutable;
using PublicityCheck.Analysis;
using PublicityCheck.Diagnostics;
using PublicityCheck.Documents;
using PublicityCheck.People;
using PublicityCheck.Releases;
using PublicityCheck.Text;

namespace PublicityCheck.Analyzers.PreElection;

/// <summary>
/// PC0304-PC0306: in a pre-election period, no councillor is quoted, no candidate is featured, and no proposal is
/// identified with a member or political group. Officers may still be quoted; factual election information (the
/// statement of persons nominated, polling arrangements) may still name candidates.
/// </summary>
public sealed partial class PreElectionSpeakersAnalyzer : PublicityAnalyzer
{
    /// <summary>PC0304: a councillor is quoted during a pre-election period.</summary>
    public static readonly DiagnosticDescriptor CouncillorQuoted = new(
        "PC0304",
        "Councillor quoted in the pre-election period",
        "{0} is a councillor, and this release is published in the pre-election period for {1} (until the close of poll on {2}); quote an officer instead",
        RuleCategories.PreElection,
        DiagnosticSeverity.Error,
        "During a pre-election period council publicity should not feature councillors, so that it cannot be seen to affect support for a candidate or party; officers speak for the council (Code of Recommended Practice on Local Authority Publicity 2011, paragraphs 33-35; county protocol 8.82).");

    /// <summary>PC0305: a candidate in the election is named during its pre-election period.</summary>
    public static readonly DiagnosticDescriptor CandidateFeatured = new(
        "PC0305",
        "Candidate featured in the pre-election period",
        "{0} is a candidate in {1}, and this release is published in its pre-election period (until the close of poll on {2}); leave candidates out unless the text is factual election information",
        RuleCategories.PreElection,
        DiagnosticSeverity.Error,
        "Council publicity must not feature candidates, or proposals identified with an individual member or group, during a pre-election period (Code of Recommended Practice on Local Authority Publicity 2011, paragraph 34). Factual election information such as a statement of persons nominated may name them.");

    /// <summary>PC0306: a proposal is identified with a member or political group during a pre-election period.</summary>
    public static readonly DiagnosticDescriptor ProposalIdentifiedWithGroup = new(
        "PC0306",
        "Proposal identified with a member or group in the pre-election period",
        "'{0}' identifies a proposal with {1}, and this release is published in the pre-election period for {2} (until the close of poll on {3}); describe it as the council's",
        RuleCategories.PreElection,
        DiagnosticSeverity.Error,
        "During a pre-election period council publicity should not identify proposals or decisions with individual members or political groups (Code of Recommended Practice on Local Authority Publicity 2011, paragraph 34).");

    private static readonly Lazy<PhraseList> PartyNames = new(() => PhraseList.FromLexicon("partisan/party-names.txt"));

    private static readonly PhraseList FactualElectionInformation = new(
    [
        "statement of persons nominated", "persons nominated", "notice of poll", "notice of election", "polling station",
        "polling stations", "poll card", "poll cards", "postal vote", "postal votes", "proxy vote", "returning officer",
        "candidates standing", "list of candidates", "election count", "declaration of results", "election results",
    ]);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [CouncillorQuoted, CandidateFeatured, ProposalIdentifiedWithGroup];

    /// <inheritdoc/>
    public override void Initialize(AnalyzerRegistration registration)
    {
        ArgumentNullException.ThrowIfNull(registration);
        registration.RegisterDocumentAction(Analyze);
    }

    private static void Analyze(DocumentAnalysisContext context)
    {
        if (context.Model.PeriodInForce is not { } period)
        {
            return;
        }

        var election = period.Election;
        var until = ReleaseDates.Format(period.End);
        var configuration = context.Options.Configuration;
        var quoted = new List<TextSpan>();
        foreach (var speaker in context.Model.Speakers.Where(s => s.IsMember))
        {
            quoted.Add(speaker.Anchor);
            context.ReportDiagnostic(CouncillorQuoted, speaker.Anchor, speaker.Person?.DisplayName ?? speaker.Quotation.Speaker!.Name, election.Name, until);
        }

        var candidates = configuration.People.Where(p => p.CandidateIn.Contains(election.Id, StringComparer.OrdinalIgnoreCase));
        foreach (var candidate in candidates)
        {
            ReportMentions(context, candidate, quoted, election.Name, until);
        }

        ReportProposals(context, election.Name, until);
    }

    private static void ReportProposals(DocumentAnalysisContext context, string election, string until)
    {
        foreach (var block in context.Document.Blocks)
        {
            if (FactualElectionInformation.Matches(block.Text).Any())
            {
                continue;
            }

            // "the Labour group's proposal", "a Green Party motion"
            foreach (var party in PartyNames.Value.Matches(block.Text))
            {
                var after = ProposalAfter().Match(block.Text, party.End);
                if (after.Success)
                {
                    var span = new TextSpan(block.Span.Start + party.Start, after.Index + after.Length - party.Start);
                    context.ReportDiagnostic(ProposalIdentifiedWithGroup, span, context.Document.GetText(span), block.Text.Substring(party.Start, party.Length), election, until);
                }
            }

            // "a plan put forward by Councillor Reid", "the motion proposed by the Conservative group"
            foreach (System.Text.RegularExpressions.Match by in ProposedBy().Matches(block.Text))
            {
                var span = new TextSpan(block.Span.Start + by.Index, by.Length);
                context.ReportDiagnostic(ProposalIdentifiedWithGroup, span, context.Document.GetText(span), by.Groups["who"].Value, election, until);
            }
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\G(?:\s+(?:group|party|councillors))?(?:'s|’s|s'|s’)?\s+(?:own\s+)?(?:proposal|proposals|motion|plan|plans|amendment|pledge|idea|scheme|campaign|policy)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial System.Text.RegularExpressions.Regex ProposalAfter();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:proposal|motion|plan|amendment|idea|scheme)\s+(?:was\s+)?(?:put\s+forward|proposed|tabled|suggested|championed)\s+by\s+(?<who>(?:Councillor|Cllr\.?|County\s+Councillor)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?|the\s+\p{Lu}[\p{L} ]{2,40}?\s+(?:group|party|Group|Party))", System.Text.RegularExpressions.RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial System.Text.RegularExpressions.Regex ProposedBy();

    private static void ReportMentions(DocumentAnalysisContext context, Person candidate, List<TextSpan> quoted, string election, string until)
    {
        var surname = candidate.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
        var forms = candidate.Aliases.Append(candidate.Name)
            .Concat(new[] { "Councillor", "Cllr", "Cllr.", "County Councillor", "Mr", "Mrs", "Ms", "Dr" }.Select(t => $"{t} {surname}"));
        var names = new PhraseList(forms);
        foreach (var block in context.Document.Blocks)
        {
            if (FactualElectionInformation.Matches(block.Text).Any())
            {
                continue;
            }

            foreach (var match in names.Matches(block.Text))
            {
                var span = new TextSpan(block.Span.Start + match.Start, match.Length);
                if (!quoted.Any(q => q.Contains(span.Start) || span.Contains(q.Start)))
                {
                    context.ReportDiagnostic(CandidateFeatured, span, candidate.DisplayName, election, until);
                }
            }
        }
    }
}
