using System.Collections.Immutable;
using PublicityCheck.Analysis;
using PublicityCheck.Diagnostics;
using PublicityCheck.People;
using PublicityCheck.Releases;

namespace PublicityCheck.Analyzers.Quotations;

/// <summary>PC0106: the role the release gives the speaker is not one they hold on the publication date.</summary>
public sealed class PC0106StatedRoleNotHeld : PublicityAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Descriptor = new(
        "PC0106",
        "Stated role not held on the publication date",
        "{0} is described as {1}, but on {2} the roster gives them: {3}",
        RuleCategories.Quotations,
        DiagnosticSeverity.Error,
        "A release must describe its speakers truly. The roster says who held which role on which dates, so a release published after a change of Leader or portfolio is caught.");

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
        foreach (var speaker in context.Model.Speakers)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (speaker.Quotation.Speaker is { } mention && speaker.Person is { } person && speaker.Stated is { } stated && !stated.SpeaksForParty && !IsMet(stated, person, speaker.Roles))
            {
                context.ReportDiagnostic(
                    Descriptor,
                    mention.RoleSpan ?? speaker.Anchor,
                    person.DisplayName,
                    mention.RoleText,
                    ReleaseDates.Format(context.Model.PublishOn),
                    DescribeRoles(person, speaker.Roles));
            }
        }
    }

    // Every member is a councillor, whatever else they are; any other stated role must be one held on the day. An
    // outside speaker holding no council role is judged only on what they are: the role a release gives them
    // ("Director of the Mardale Trust", "Chair of the Business Forum") is their own organisation's, which the
    // roster does not record.
    private static bool IsMet(StatedRole stated, Person person, ImmutableArray<Role> roles) =>
        (stated.Kind == RoleKind.Councillor && person.Kind == PersonKind.Member)
        || (person.Kind == PersonKind.External && roles.IsEmpty)
        || roles.Any(stated.IsMetBy);

    private static string DescribeRoles(Person person, ImmutableArray<Role> roles)
    {
        var held = roles.IsEmpty ? "no council role that day" : string.Join(", ", roles.Select(r => r.Describe()));
        var past = person.Roles.Where(r => !roles.Contains(r) && r.Kind != RoleKind.Councillor)
            .Select(r => r.To is { } to ? $"{r.Describe()} until {ReleaseDates.Format(to)}"
                : r.From is { } from ? $"{r.Describe()} from {ReleaseDates.Format(from)}"
                : r.Describe())
            .ToList();
        return past.Count == 0 ? held : $"{held} ({string.Join("; ", past)})";
    }
}
