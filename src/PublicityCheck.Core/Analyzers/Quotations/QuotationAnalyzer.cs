using System.Collections.Immutable;
using System.Globalization;
using PublicityCheck.Analysis;
using PublicityCheck.Diagnostics;
using PublicityCheck.People;
using PublicityCheck.Policies;
using PublicityCheck.Releases;

namespace PublicityCheck.Analyzers.Quotations;

/// <summary>
/// PC0101-PC0106: checks each quotation's speaker against the policy in force, the kind of release, its topics and
/// the roster on the publication date.
/// </summary>
public sealed class QuotationAnalyzer : PublicityAnalyzer
{
    private static readonly RoleKind[] Executive = [RoleKind.Leader, RoleKind.DeputyLeader, RoleKind.CabinetMember];

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
    [
        QuotationDescriptors.SpeakerNotAllowed,
        QuotationDescriptors.OutsidePortfolio,
        QuotationDescriptors.BeyondCapacity,
        QuotationDescriptors.Unattributed,
        QuotationDescriptors.NotInRoster,
        QuotationDescriptors.RoleNotHeld,
    ];

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
        var profile = ReleaseProfile.Of(context.Document, configuration);
        foreach (var speaker in QuotedSpeaker.ResolveAll(context.Document, configuration, context.Options.PublishOn))
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (speaker.Quotation.Speaker is not { } mention)
            {
                context.ReportDiagnostic(QuotationDescriptors.Unattributed, speaker.Quotation.Span, Excerpt(speaker.Quotation.Text));
                continue;
            }

            if (!configuration.Roster.IsEmpty && speaker.Person is null && NamesSomeone(mention))
            {
                ReportNotInRoster(context, speaker);
            }

            if (speaker.Person is { } person && speaker.Stated is { } stated && !stated.SpeaksForParty && !IsMet(stated, person, speaker.Roles))
            {
                context.ReportDiagnostic(
                    QuotationDescriptors.RoleNotHeld,
                    mention.RoleSpan ?? speaker.Anchor,
                    person.DisplayName,
                    mention.RoleText,
                    context.Options.PublishOn.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
                    DescribeRoles(person, speaker.Roles));
            }

            CheckCapacity(context, speaker, policy, profile);
        }
    }

    private static void CheckCapacity(DocumentAnalysisContext context, QuotedSpeaker speaker, PolicyPack policy, ReleaseProfile profile)
    {
        var name = speaker.Person?.DisplayName ?? speaker.Quotation.Speaker!.Name;
        if (speaker.Stated is { SpeaksForParty: true })
        {
            context.ReportDiagnostic(QuotationDescriptors.BeyondCapacity, speaker.Anchor, name, $"as {speaker.Quotation.Speaker!.RoleText}, a party role");
            return;
        }

        var roles = speaker.EffectiveRoles;
        if (roles.IsEmpty || (speaker.Person?.Kind == PersonKind.External && policy.ExternalSpeakersAllowed))
        {
            return; // Someone outside the council, or not known: PC0105 has said so where it matters.
        }

        var allowed = policy.QuotableIn(profile.Kind);
        var localMember = policy.LocalMembersMayBeQuoted && speaker.Person?.Ward is { } ward && profile.Wards.Contains(ward, StringComparer.OrdinalIgnoreCase);
        if (roles.Any(allowed.Contains) || localMember)
        {
            CheckRelevance(context, speaker, policy, profile, name);
            return;
        }

        if (policy.ChairsInCapacityOnly && roles.Any(r => r is RoleKind.ScrutinyChair or RoleKind.CommitteeChair))
        {
            var chairOf = roles.Contains(RoleKind.ScrutinyChair) ? "a scrutiny chair" : "a committee chair";
            context.ReportDiagnostic(QuotationDescriptors.BeyondCapacity, speaker.Anchor, name, $"as {chairOf} in a {profile.Kind.ToName()} release");
            return;
        }

        context.ReportDiagnostic(
            QuotationDescriptors.SpeakerNotAllowed,
            speaker.Anchor,
            name,
            string.Join(", ", speaker.Person is null ? [speaker.Quotation.Speaker!.RoleText ?? "councillor"] : speaker.Roles.Select(r => r.Describe())),
            profile.Kind.ToName(),
            policy.Name,
            Describe(allowed));
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

        context.ReportDiagnostic(
            QuotationDescriptors.OutsidePortfolio,
            speaker.Anchor,
            name,
            string.Join(" and ", portfolios.Select(r => r.Portfolio ?? "an unnamed portfolio")),
            string.Join(", ", profile.Topics.Take(2).Select(t => t.Replace('-', ' '))));
    }

    // Every member is a councillor, whatever else they are; any other stated role must be one held on the day. An
    // outside speaker holding no council role is judged only on what they are: the role a release gives them
    // ("Director of the Mardale Trust", "Chair of the Business Forum") is their own organisation's, which the
    // roster does not record.
    private static bool IsMet(StatedRole stated, Person person, ImmutableArray<Role> roles) =>
        (stated.Kind == RoleKind.Councillor && person.Kind == PersonKind.Member)
        || (person.Kind == PersonKind.External && roles.IsEmpty)
        || roles.Any(stated.IsMetBy);

    // "a spokesperson", "a council spokesperson": no one to look up. A name has a title or two capitalised words.
    private static bool NamesSomeone(Text.Quotations.SpeakerMention mention) =>
        mention.Title is not null
        || mention.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => char.IsUpper(w[0])) >= 2;

    private static void ReportNotInRoster(DocumentAnalysisContext context, QuotedSpeaker speaker)
    {
        var mention = speaker.Quotation.Speaker!;
        var suggestion = speaker.Match.Suggestion;
        var detail = suggestion is not null ? $": did you mean {suggestion.DisplayName}?"
            : !speaker.Match.Ambiguous.IsEmpty ? $": the name fits {string.Join(" and ", Distinguished(speaker.Match.Ambiguous))}; give the full name"
            : "; if they are an outside partner, add them to people with kind \"external\"";
        var diagnostic = Diagnostic.Create(QuotationDescriptors.NotInRoster, context.Document, speaker.Anchor, mention.Name, detail);
        context.ReportDiagnostic(suggestion is null ? diagnostic : diagnostic with { Suggestion = suggestion.DisplayName });
    }

    // Two people of one name are told apart by their ward, else their id.
    private static IEnumerable<string> Distinguished(ImmutableArray<Person> people) =>
        people.Select(p => people.Count(o => o.DisplayName == p.DisplayName) == 1 ? p.DisplayName : $"{p.DisplayName} ({p.Ward ?? p.Id})");

    private static string DescribeRoles(Person person, ImmutableArray<Role> roles)
    {
        var held = roles.IsEmpty ? "no council role that day" : string.Join(", ", roles.Select(r => r.Describe()));
        var past = person.Roles.Where(r => !roles.Contains(r) && r.Kind != RoleKind.Councillor)
            .Select(r => r.To is { } to ? $"{r.Describe()} until {to.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}"
                : r.From is { } from ? $"{r.Describe()} from {from.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}"
                : r.Describe())
            .ToList();
        return past.Count == 0 ? held : $"{held} ({string.Join("; ", past)})";
    }

    private static string Describe(ImmutableArray<RoleKind> roles) =>
        roles.IsEmpty ? "no one" : string.Join(", ", roles.Select(r => r switch
        {
            RoleKind.Leader => "the Leader",
            RoleKind.DeputyLeader => "the Deputy Leader",
            RoleKind.CabinetMember => "the relevant Cabinet Member",
            RoleKind.ScrutinyChair => "the Scrutiny Chair",
            RoleKind.CommitteeChair => "the committee's Chair",
            RoleKind.CivicHead => "the Mayor",
            RoleKind.Councillor => "councillors",
            _ => "an officer",
        }));

    private static string Excerpt(string text)
    {
        var flat = text.ReplaceLineEndings(" ");
        return flat.Length <= 60 ? flat : flat[..57].TrimEnd() + "...";
    }

    internal static bool IsExecutive(RoleKind kind) => Executive.Contains(kind);
}
