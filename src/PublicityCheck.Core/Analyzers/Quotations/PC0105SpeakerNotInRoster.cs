using System.Collections.Immutable;
using PublicityCheck.Analysis;
using PublicityCheck.Diagnostics;
using PublicityCheck.Documents;
using PublicityCheck.People;

namespace PublicityCheck.Analyzers.Quotations;

/// <summary>PC0105: the speaker is not in the roster.</summary>
public sealed class PC0105SpeakerNotInRoster : PublicityAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Descriptor = new(
        "PC0105",
        "Speaker is not in the roster",
        "{0} is not in the roster{1}",
        RuleCategories.Quotations,
        DiagnosticSeverity.Info,
        "The speaker could not be found among the people in publicitycheck.json or the roster CSV, so their role on the publication date could not be checked. Outside partners may be quoted where the policy allows; add them with kind 'external'.");

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
        var model = context.Model;
        if (model.Roster.IsEmpty)
        {
            return;
        }

        foreach (var speaker in context.Model.Speakers)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (speaker.Quotation.Speaker is { } mention && speaker.Person is null && NamesSomeone(mention))
            {
                ReportNotInRoster(context, speaker);
            }
        }
    }

    // "a spokesperson", "a council spokesperson": no one to look up. A name has a title or two capitalised words.
    private static bool NamesSomeone(Text.Quotations.SpeakerMention mention) =>
        mention.Title is not null
        || mention.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => char.IsUpper(w[0])) >= 2;

    private static void ReportNotInRoster(DocumentAnalysisContext context, QuotedSpeaker speaker)
    {
        var mention = speaker.Quotation.Speaker!;
        if (QuotedSpeakers.IsPost(mention))
        {
            // "The Cabinet Member for Highways ... he said": a post the roster gives nobody on the day.
            context.ReportDiagnostic(Diagnostic.Create(Descriptor, context.Document, speaker.Anchor, "The post of " + mention.Name, " on the publication date; name its holder, so their role on the day can be checked"));
            return;
        }

        var suggestion = speaker.Match.Suggestion;
        var detail = suggestion is not null ? $": did you mean {suggestion.DisplayName}?"
            : !speaker.Match.Ambiguous.IsEmpty ? $": the name fits {string.Join(" and ", Distinguished(speaker.Match.Ambiguous))}; give the full name"
            : "; if they are an outside partner, add them to people with kind \"external\"";
        var diagnostic = Diagnostic.Create(Descriptor, context.Document, speaker.Anchor, mention.Name, detail);
        context.ReportDiagnostic(suggestion is null ? diagnostic : diagnostic with
        {
            Suggestion = suggestion.DisplayName,
            Fixes = [RosterSpelling(context, speaker.Anchor, mention.Title, suggestion)],
        });
    }

    // The roster's spelling in place of the name as written, keeping the release's own title ("Cllr" stays "Cllr"):
    // safe, since the roster is the council's own record of how its people's names are spelt.
    private static SuggestedFix RosterSpelling(DocumentAnalysisContext context, TextSpan anchor, string? title, Person person)
    {
        var written = context.Document.GetText(anchor);
        var span = anchor;
        var replacement = person.DisplayName;
        if (title is not null && written.StartsWith(title + " ", StringComparison.Ordinal))
        {
            span = TextSpan.FromBounds(anchor.Start + title.Length + 1, anchor.End);
            replacement = person.Name;
        }

        return SuggestedFix.Replace(context.Document, span, replacement, isSafe: true);
    }

    // Two people of one name are told apart by their ward, else their id.
    private static IEnumerable<string> Distinguished(ImmutableArray<Person> people) =>
        people.Select(p => people.Count(o => o.DisplayName == p.DisplayName) == 1 ? p.DisplayName : $"{p.DisplayName} ({p.Ward ?? p.Id})");
}
