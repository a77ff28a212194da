using System.Collections.Immutable;
using PublicityCheck.Analysis;
using PublicityCheck.Diagnostics;
using PublicityCheck.People;
using PublicityCheck.Releases;

namespace PublicityCheck.Analyzers.Quotations;

/// <summary>PC0101: someone the policy does not allow is quoted for this kind of release.</summary>
public sealed class PC0101SpeakerNotAllowed : PublicityAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Descriptor = new(
        "PC0101",
        "Speaker may not be quoted in this kind of release",
        "{0} is quoted in a {1} release; the {2} policy allows quotations from {3}",
        RuleCategories.Quotations,
        DiagnosticSeverity.Warning,
        "A council press release quotes only the Leader or Deputy Leader(s), the relevant Cabinet Lead Member or an appropriate officer; a release about scrutiny quotes the Scrutiny Chair, one about another committee that committee's Chair (borough protocol 21).");

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
            if (speaker.Quotation.Speaker is null || SpeakerCapacity.Of(speaker, policy, profile) != SpeakerCapacity.Verdict.NotAllowed)
            {
                continue;
            }

            var diagnostic = Diagnostic.Create(
                Descriptor,
                context.Document,
                speaker.Anchor,
                SpeakerWording.NameWithRoles(
                    SpeakerCapacity.NameOf(speaker),
                    speaker.Person is null ? [speaker.Quotation.Speaker!.RoleText ?? "councillor"] : speaker.Roles.Select(r => r.Describe())),
                profile.Kind.ToName(),
                policy.Name,
                Describe(policy.QuotableIn(profile.Kind)));
            context.ReportDiagnostic(QuotableAlternatives.For(model, speaker) is { } advice ? diagnostic with { Fixes = [advice] } : diagnostic);
        }
    }

    private static string Describe(ImmutableArray<RoleKind> roles) =>
        roles.IsEmpty ? "no one" : SpeakerWording.List([.. roles.Select(r => r switch
        {
            RoleKind.Leader => "the Leader",
            RoleKind.DeputyLeader => "the Deputy Leader",
            RoleKind.CabinetMember => "the relevant Cabinet Member",
            RoleKind.ScrutinyChair => "the Scrutiny Chair",
            RoleKind.CommitteeChair => "the committee's Chair",
            RoleKind.CivicHead => "the Mayor",
            RoleKind.Councillor => "councillors",
            _ => "an officer",
        })], "or");
}
