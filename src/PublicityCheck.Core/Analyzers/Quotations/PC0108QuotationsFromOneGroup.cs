using System.Collections.Immutable;
using PublicityCheck.Analysis;
using PublicityCheck.Diagnostics;
using PublicityCheck.People;
using PublicityCheck.Releases;

namespace PublicityCheck.Analyzers.Quotations;

/// <summary>
/// PC0108, where the policy asks for it (the county protocol): the councillors a release quotes in their own
/// capacity are not all of one group.
/// </summary>
public sealed class PC0108QuotationsFromOneGroup : PublicityAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Descriptor = new(
        "PC0108",
        "Quotations from one political group only",
        "The councillors quoted in their own capacity are all from the {0} group{1}; the policy asks for politically balanced releases",
        RuleCategories.Quotations,
        DiagnosticSeverity.Warning,
        "Press releases must be politically balanced and not favour the views of any political group over another (county protocol 8.89). Members quoted for the council's executive (Leader, Deputy Leader, Cabinet Members) speak for the council and are not counted.");

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
        if (!model.Policy.BalanceRequired)
        {
            return;
        }

        var profile = context.Model.Profile;
        CheckBalance(context, profile, context.Model.Speakers);
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

        var roster = context.Model.Roster;
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
        context.ReportDiagnostic(Descriptor, ownCapacity[0].Anchor, parties[0], detail);
    }
}
