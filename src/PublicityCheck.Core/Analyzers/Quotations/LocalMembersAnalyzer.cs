using System.Collections.Immutable;
using PublicityCheck.Analysis;
using PublicityCheck.Diagnostics;
using PublicityCheck.People;
using PublicityCheck.Releases;
using PublicityCheck.Text;

namespace PublicityCheck.Analyzers.Quotations;

/// <summary>
/// PC0107-PC0108, where the policy asks for them (the county protocol): a release about a ward invites its local
/// member, and the councillors it quotes in their own capacity are not all of one group.
/// </summary>
public sealed class LocalMembersAnalyzer : PublicityAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        [QuotationDescriptors.LocalMemberNotInvited, QuotationDescriptors.Unbalanced];

    /// <inheritdoc/>
    public override void Initialize(AnalyzerRegistration registration)
    {
        ArgumentNullException.ThrowIfNull(registration);
        registration.RegisterDocumentAction(Analyze);
    }

    private static void Analyze(DocumentAnalysisContext context)
    {
        var configuration = context.Options.Configuration;
        var policy = configuration.EffectivePolicy;
        if (!policy.LocalMemberMustBeInvited && !policy.BalanceRequired)
        {
            return;
        }

        var profile = context.Model.Profile;
        var speakers = context.Model.Speakers;
        if (policy.LocalMemberMustBeInvited && profile.Kind is not (ReleaseKind.Emergency or ReleaseKind.StatutoryNotice))
        {
            CheckLocalMembers(context, profile, speakers);
        }

        if (policy.BalanceRequired)
        {
            CheckBalance(context, profile, speakers);
        }
    }

    private static void CheckLocalMembers(DocumentAnalysisContext context, ReleaseProfile profile, ImmutableArray<QuotedSpeaker> speakers)
    {
        var roster = context.Options.Configuration.Roster;
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
            context.ReportDiagnostic(QuotationDescriptors.LocalMemberNotInvited, mention, ward, string.Join(", ", members.Select(m => m.DisplayName)));
        }
    }

    private static void CheckBalance(DocumentAnalysisContext context, ReleaseProfile profile, ImmutableArray<QuotedSpeaker> speakers)
    {
        var ownCapacity = speakers
            .Where(s => s.Person is { Kind: PersonKind.Member, Party: not null } && !s.Roles.Any(r => r.Kind.IsExecutive() || r.Kind == RoleKind.CivicHead))
            .ToList();
        var parties = ownCapacity.Select(s => s.Person!.Party!).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (parties.Count != 1)
        {
            return;
        }

        var roster = context.Options.Configuration.Roster;
        var otherLocalGroups = roster.People
            .Where(p => p.Kind == PersonKind.Member && p.Party is not null && p.Ward is not null
                && profile.Wards.Contains(p.Ward, StringComparer.OrdinalIgnoreCase)
                && !string.Equals(p.Party, parties[0], StringComparison.OrdinalIgnoreCase))
            .Select(p => p.Party!)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        if (otherLocalGroups.Count == 0 && ownCapacity.Select(s => s.Person).Distinct().Count() < 2)
        {
            return;
        }

        var detail = otherLocalGroups.Count > 0 ? $", though the wards it names are also represented by {string.Join(" and ", otherLocalGroups)} members" : string.Empty;
        context.ReportDiagnostic(QuotationDescriptors.Unbalanced, ownCapacity[0].Anchor, parties[0], detail);
    }
}
