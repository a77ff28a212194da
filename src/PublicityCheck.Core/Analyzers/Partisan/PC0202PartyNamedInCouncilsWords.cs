using System.Collections.Immutable;
using PublicityCheck.Analysis;
using PublicityCheck.Diagnostics;
using PublicityCheck.Documents;
using PublicityCheck.Text;

namespace PublicityCheck.Analyzers.Partisan;

/// <summary>
/// PC0202: a party or group named in the council's own words, outside a quotation and outside a factual context,
/// and not in a phrase that gives the name another sense ("a conservative estimate", "the village greens").
/// The word lists are data, in <c>lexicons/partisan/</c>.
/// </summary>
public sealed class PC0202PartyNamedInCouncilsWords : PublicityAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Descriptor = new(
        "PC0202",
        "Political party or group named in the council's own words",
        "'{0}' names a political party or group in the council's own words; name parties only in factual contexts such as election notices or the council's make-up",
        RuleCategories.PartyPolitical,
        DiagnosticSeverity.Info,
        "Releases speak for the council, not for a party; naming a party outside a quotation or a factual context can make the release appear to favour it or attack it. Council publicity must be objective and even-handed and must not appear to affect support for a political party (Local Government Act 1986 s.2; Code of Recommended Practice on Local Authority Publicity 2011; county protocol 8.81, 8.89).");

    private static readonly Lazy<PhraseList> NeutralSenses = new(() => PhraseList.FromLexicon("partisan/party-name-neutral-senses.txt"));
    private static readonly Lazy<PhraseList> FactualContexts = new(() => PhraseList.FromLexicon("partisan/factual-contexts.txt"));

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

    /// <inheritdoc/>
    public override void Initialize(AnalyzerRegistration registration)
    {
        ArgumentNullException.ThrowIfNull(registration);
        registration.RegisterSentenceAction(ReportPartyNames);
    }

    private static void ReportPartyNames(SentenceAnalysisContext context)
    {
        var text = context.Sentence.Text;
        var parties = PartyNames.List.Matches(text).ToList();
        if (parties.Count == 0 || FactualContexts.Value.Matches(text).Any())
        {
            return;
        }

        var neutral = NeutralSenses.Value.Matches(text).ToList();
        parties.RemoveAll(party => neutral.Any(sense => sense.Contains(party)));

        // Words inside a quotation are the speaker's, not the council's: only the council's own words count here.
        var quotations = context.Model.Quotations;
        foreach (var match in parties)
        {
            var span = new TextSpan(context.Sentence.Span.Start + match.Start, match.Length);
            if (!quotations.Any(q => q.Span.Contains(span)))
            {
                var diagnostic = Diagnostic.Create(Descriptor, context.Document, span, context.Document.GetText(span));
                context.ReportDiagnostic(diagnostic with { Fixes = NeutralFixes(context, match) });
            }
        }
    }

    // One candidate a neutral wording of the listed phrasing around the party's name; a person decides, since each
    // says something a little different from the phrasing it replaces.
    private static ImmutableArray<SuggestedFix> NeutralFixes(SentenceAnalysisContext context, TextSpan party)
    {
        var sentence = context.Sentence;
        return
        [
            .. NeutralWordings.Default.Around(sentence.Text, party)
                .Take(1)
                .SelectMany(found => found.Wordings.Select(wording =>
                    SuggestedFix.Replace(context.Document, new TextSpan(sentence.Span.Start + found.Phrasing.Start, found.Phrasing.Length), AtSentenceStart(sentence.Text, found.Phrasing.Start) ? Capitalised(wording) : wording, isSafe: false))),
        ];
    }

    // "The Labour administration" opening a sentence becomes "The council"; "this Conservative council" stays lower case.
    private static bool AtSentenceStart(string sentence, int start) => sentence[..start].All(c => !char.IsLetterOrDigit(c));

    private static string Capitalised(string wording) =>
        wording.Length > 0 && char.IsLower(wording[0]) ? char.ToUpperInvariant(wording[0]) + wording[1..] : wording;
}
