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

    private static readonly ConditionalWeakTable<PublicityCheckConfiguration, WardNames> WardLists = new();

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
        var wardNames = WardLists.GetValue(configuration, c => new WardNames(c));
        var wards = ImmutableArray<string>.Empty;
        var leadWards = ImmutableArray<string>.Empty;
        if (wardNames.Names.Length > 0)
        {
            wards = wardNames.NamedIn(document.Text);
            leadWards = wards.IsEmpty ? [] : wardNames.NamedIn(ReleaseLead.Text(document));
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

    // The roster's wards as one set of phrase lists, built once per configuration.
    private sealed class WardNames
    {
        private readonly PhraseListSet _lists;

        public WardNames(PublicityCheckConfiguration configuration)
        {
            Names = [.. configuration.People.Select(p => p.Ward).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase)];
            _lists = new PhraseListSet(Names.Select(n => new[] { n }));
        }

        public ImmutableArray<string> Names { get; }

        public ImmutableArray<string> NamedIn(string text)
        {
            var counts = _lists.Occurrences(text);
            return [.. Names.Where((_, i) => counts[i] > 0)];
        }
    }
}
