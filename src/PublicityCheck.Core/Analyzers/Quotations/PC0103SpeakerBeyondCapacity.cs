using System.Collections.Immutable;
using PublicityCheck.Analysis;
using PublicityCheck.Diagnostics;
using PublicityCheck.People;
using PublicityCheck.Releases;

namespace PublicityCheck.Analyzers.Quotations;

/// <summary>PC0103: a chair, or any member, is quoted beyond the capacity the protocol allows.</summary>
public sealed class PC0103SpeakerBeyondCapacity : PublicityAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Descriptor = new(
        "PC0103",
        "Speaker quoted beyond their capacity",
        "{0} is quoted {1}; the protocol allows chairs to speak for their committee's work \"in that capacity only\"",
        RuleCategories.Quotations,
        DiagnosticSeverity.Warning,
        "Scrutiny Chairs and committee chairs are quoted on the work of their committee, in that capacity only; nobody is quoted in a council release as a spokesperson for a party or group (borough protocol 21; county protocol 8.81).");

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
            if (speaker.Quotation.Speaker is null)
            {
                continue;
            }

            var name = SpeakerCapacity.NameOf(speaker);
            switch (SpeakerCapacity.Of(speaker, policy, profile))
            {
                case SpeakerCapacity.Verdict.PartyRole:
                    // An unnamed spokesperson is their role ("a Labour Group spokesperson said"): said once, not "X is quoted as X".
                    var role = speaker.Quotation.Speaker!.RoleText;
                    if (string.Equals(name, role, StringComparison.OrdinalIgnoreCase))
                    {
                        context.ReportDiagnostic(Descriptor, speaker.Anchor, "The " + role, "in a party role");
                    }
                    else
                    {
                        context.ReportDiagnostic(Descriptor, speaker.Anchor, name, $"as {role}, a party role");
                    }

                    break;
                case SpeakerCapacity.Verdict.ChairBeyondCapacity:
                    var chairOf = speaker.EffectiveRoles.Contains(RoleKind.ScrutinyChair) ? "a scrutiny chair" : "a committee chair";
                    context.ReportDiagnostic(Descriptor, speaker.Anchor, name, $"as {chairOf} in a {profile.Kind.ToName()} release");
                    break;
            }
        }
    }
}
