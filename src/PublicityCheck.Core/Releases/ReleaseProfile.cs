using System.Collections.Immutable;
using PublicityCheck.Documents;
using PublicityCheck.Text.Quotations;

namespace PublicityCheck.Releases;

/// <summary>
/// What a release is about: its kind (general, scrutiny, committee, emergency, statutory notice), its topics, and the
/// wards it names. Worked out once, by <see cref="ReleaseModelBuilder"/>, and read by every rule from the
/// <see cref="ReleaseModel"/>.
/// </summary>
public sealed record ReleaseProfile
{
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

    // The speakers' stated roles are not the release's subject: "Cabinet Member for Housing" says nothing of the topic.
    internal static ReleaseProfile Create(ReleaseDocument document, ImmutableArray<Quotation> quotations, WardNames wardNames)
    {
        var (kind, stated) = ReleaseKindDetector.Detect(document);
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
            Topics = TopicCatalog.Default.TopicsOf(document, quotations.Select(q => q.Speaker?.RoleSpan).OfType<TextSpan>()),
            Wards = wards,
            LeadWards = leadWards,
        };
    }
}
