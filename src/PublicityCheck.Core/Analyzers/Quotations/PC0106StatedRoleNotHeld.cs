using System.Collections.Immutable;
using PublicityCheck.Analysis;
using PublicityCheck.Diagnostics;
using PublicityCheck.Documents;
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
                var diagnostic = Diagnostic.Create(
                    Descriptor,
                    context.Document,
                    mention.RoleSpan ?? speaker.Anchor,
                    person.DisplayName,
                    mention.RoleText,
                    ReleaseDates.Format(context.Model.PublishOn),
                    DescribeRoles(person, speaker.Roles));
                context.ReportDiagnostic(mention.RoleSpan is { } roleSpan ? diagnostic with { Fixes = RoleFixes(context.Document, roleSpan, speaker.Roles) } : diagnostic);
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

    // The role held on the day in place of the stated one: safe when it is the only one held that day besides being a
    // councillor, since there is then nothing to choose; one candidate a role otherwise. Then dropping the stated
    // role, with the commas that set it off, which always needs a person: the release may rest on it.
    private static ImmutableArray<SuggestedFix> RoleFixes(ReleaseDocument document, TextSpan roleSpan, ImmutableArray<Role> roles)
    {
        var held = roles.Where(r => r.Kind != RoleKind.Councillor).Select(r => r.Describe()).Distinct(StringComparer.Ordinal).ToList();
        var fixes = ImmutableArray.CreateBuilder<SuggestedFix>();
        fixes.AddRange(held.Select(role => SuggestedFix.Replace(document, roleSpan, role, isSafe: held.Count == 1)));
        if (StatedRoleClause(document.Text, roleSpan) is { } clause)
        {
            fixes.Add(SuggestedFix.Replace(document, clause, string.Empty, isSafe: false, title: $"Drop the stated role '{document.GetText(roleSpan)}'"));
        }

        return fixes.ToImmutable();
    }

    // The role with what sets it off: ", Leader of the Council," (the second comma too, so "Marsh, Leader of the
    // Council, said" reads "Marsh said"), ", Leader of the Council" at the end of a clause, or " (Leader of the Council)".
    private static TextSpan? StatedRoleClause(string text, TextSpan role)
    {
        var before = role.Start >= 2 ? text.Substring(role.Start - 2, 2) : string.Empty;
        var after = role.End < text.Length ? text[role.End] : '\0';
        if (before == ", ")
        {
            return after == ',' ? TextSpan.FromBounds(role.Start - 2, role.End + 1) : TextSpan.FromBounds(role.Start - 2, role.End);
        }

        if (role.Start >= 2 && text.Substring(role.Start - 2, 2) == " (" && after == ')')
        {
            return TextSpan.FromBounds(role.Start - 2, role.End + 1);
        }

        return null;
    }

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
