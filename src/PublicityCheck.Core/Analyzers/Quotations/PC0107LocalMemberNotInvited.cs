using System.Collections.Immutable;
using PublicityCheck.Analysis;
using PublicityCheck.Diagnostics;
using PublicityCheck.People;
using PublicityCheck.Releases;
using PublicityCheck.Text;

namespace PublicityCheck.Analyzers.Quotations;

/// <summary>
/// PC0107, where the policy asks for it (the county protocol): a release about a ward neither quotes nor records
/// inviting its local member.
/// </summary>
public sealed class PC0107LocalMemberNotInvited : PublicityAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Descriptor = new(
        "PC0107",
        "Local member not quoted or invited",
        "This release is about {0}, but neither quotes its local member ({1}) nor records that they were invited to comment (add 'invited' to the front matter or document properties)",
        RuleCategories.Quotations,
        DiagnosticSeverity.Warning,
        "Where a press release refers to a particular electoral division and an issue of particular local interest, the local councillor should whenever possible be invited to comment (county protocol 8.90).");

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
        if (!model.Policy.LocalMemberMustBeInvited)
        {
            return;
        }

        var profile = context.Model.Profile;
        if (profile.Kind is not (ReleaseKind.Emergency or ReleaseKind.StatutoryNotice))
        {
            CheckLocalMembers(context, profile, context.Model.Speakers);
        }
    }

    private static void CheckLocalMembers(DocumentAnalysisContext context, ReleaseProfile profile, ImmutableArray<QuotedSpeaker> speakers)
    {
        var roster = context.Model.Roster;
        var invited = context.Document.Metadata.Properties.TryGetValue("invited", out var names) ? names : [];
        var invitedPeople = invited.Select(n => roster.FindById(n) ?? roster.Resolve(n).Person).OfType<Person>().ToHashSet();
        var quoted = speakers.Select(s => s.Person).OfType<Person>().ToHashSet();
        foreach (var ward in profile.LeadWards)
        {
            var members = roster.People.Where(p => p.Kind == PersonKind.Member && string.Equals(p.Ward, ward, StringComparison.OrdinalIgnoreCase)).ToList();
            if (members.Count == 0 || members.Any(m => quoted.Contains(m) || invitedPeople.Contains(m)))
            {
                continue;
            }

            var mention = new PhraseList([ward]).Matches(context.Document.Text).First();
            context.ReportDiagnostic(Descriptor, mention, ward, string.Join(", ", members.Select(m => m.DisplayName)));
        }
    }
}
