using System.Collections.Immutable;
using PublicityCheck.Analysis;
using PublicityCheck.Diagnostics;
using PublicityCheck.People;
using PublicityCheck.Policies;
using PublicityCheck.Releases;

namespace PublicityCheck.Analyzers.Quotations;

/// <summary>PC0102: a Cabinet Member is quoted on a matter outside their portfolio.</summary>
public sealed class PC0102CabinetMemberOutsidePortfolio : PublicityAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Descriptor = new(
        "PC0102",
        "Cabinet Member quoted outside their portfolio",
        "{0} is Cabinet Member for {1}, but this release is about {2}; quote the relevant Lead Member, the Leader or an officer",
        RuleCategories.Quotations,
        DiagnosticSeverity.Warning,
        "Quotations come from the relevant Cabinet Lead Member: the one whose portfolio covers the release's subject (borough protocol 14-15 and 21).");

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
        var policy = model.Policy;
        var profile = context.Model.Profile;
        foreach (var speaker in context.Model.Speakers)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (speaker.Quotation.Speaker is not null && SpeakerCapacity.Of(speaker, policy, profile) == SpeakerCapacity.Verdict.Allowed)
            {
                CheckRelevance(context, speaker, policy, profile, SpeakerCapacity.NameOf(speaker));
            }
        }
    }

    private static void CheckRelevance(DocumentAnalysisContext context, QuotedSpeaker speaker, PolicyPack policy, ReleaseProfile profile, string name)
    {
        if (!policy.CabinetMemberMustBeRelevant || profile.Topics.IsEmpty || speaker.Person is null
            || profile.Kind is not (ReleaseKind.General or ReleaseKind.Emergency))
        {
            return;
        }

        var roles = speaker.Roles;
        if (roles.Any(r => r.Kind is RoleKind.Leader or RoleKind.DeputyLeader or RoleKind.Officer) || !roles.Any(r => r.Kind == RoleKind.CabinetMember))
        {
            return;
        }

        var portfolios = roles.Where(r => r.Kind == RoleKind.CabinetMember).ToList();
        var covered = portfolios.SelectMany(r => TopicCatalog.Default.TopicsOfPortfolio(r.Portfolio, r.Topics)).ToHashSet(StringComparer.Ordinal);
        if (covered.Count == 0 || covered.Overlaps(profile.Topics))
        {
            return;
        }

        var diagnostic = Diagnostic.Create(
            Descriptor,
            context.Document,
            speaker.Anchor,
            name,
            string.Join(" and ", portfolios.Select(r => r.Portfolio ?? "an unnamed portfolio")),
            string.Join(", ", profile.Topics.Take(2).Select(t => t.Replace('-', ' '))));
        context.ReportDiagnostic(QuotableAlternatives.For(context.Model, speaker) is { } advice ? diagnostic with { Fixes = [advice] } : diagnostic);
    }
}
