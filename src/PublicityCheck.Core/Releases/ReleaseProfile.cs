using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using PublicityCheck.Configuration;
using PublicityCheck.Documents;
using PublicityCheck.Text;

namespace PublicityCheck.Releases;

/// <summary>
/// What a release is about: its kind (general, scrutiny, committee, emergency, statutory notice), its topics, and the
/// wards it names. Worked out once per document and configuration and shared by every rule.
/// </summary>
public sealed record ReleaseProfile
{
    private static readonly ConditionalWeakTable<ReleaseDocument, Cached> Cache = new();

    /// <summary>The kind of release.</summary>
    public required ReleaseKind Kind { get; init; }

    /// <summary>Whether the author stated the kind (<c>category</c>) rather than it being read from the text.</summary>
    public bool KindStated { get; init; }

    /// <summary>The release's topics, most mentioned first.</summary>
    public ImmutableArray<string> Topics { get; init; } = [];

    /// <summary>Every ward or division the release names, from the roster's wards.</summary>
    public ImmutableArray<string> Wards { get; init; } = [];

    /// <summary>The wards the release is about: named in its title or opening paragraphs.</summary>
    public ImmutableArray<string> LeadWards { get; init; } = [];

    /// <summary>The profile of <paramref name="document"/> under <paramref name="configuration"/>.</summary>
    public static ReleaseProfile Of(ReleaseDocument document, PublicityCheckConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(configuration);
        if (Cache.TryGetValue(document, out var cached) && ReferenceEquals(cached.Configuration, configuration))
        {
            return cached.Profile;
        }

        var profile = Create(document, configuration);
        Cache.AddOrUpdate(document, new Cached(configuration, profile));
        return profile;
    }

    private static ReleaseProfile Create(ReleaseDocument document, PublicityCheckConfiguration configuration)
    {
        var (kind, stated) = ReleaseKindDetector.Detect(document);
        var wardNames = configuration.People.Select(p => p.Ward).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var wards = ImmutableArray<string>.Empty;
        var leadWards = ImmutableArray<string>.Empty;
        if (wardNames.Count > 0)
        {
            var lead = ReleaseLead.Text(document);
            wards = [.. wardNames.Where(w => PhraseList.Shared([w]).Matches(document.Text).Any())];
            leadWards = [.. wards.Where(w => PhraseList.Shared([w]).Matches(lead).Any())];
        }

        return new ReleaseProfile
        {
            Kind = kind,
            KindStated = stated,
            Topics = TopicCatalog.Default.TopicsOf(document, document.Quotations.Select(q => q.Speaker?.RoleSpan).OfType<TextSpan>()),
            Wards = wards,
            LeadWards = leadWards,
        };
    }

    private sealed record Cached(PublicityCheckConfiguration Configuration, ReleaseProfile Profile);
}
