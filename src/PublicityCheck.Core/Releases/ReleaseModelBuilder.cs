using System.Collections.Immutable;
using PublicityCheck.Analysis;
using PublicityCheck.Calendar;
using PublicityCheck.Classification;
using PublicityCheck.Configuration;
using PublicityCheck.Documents;
using PublicityCheck.People;
using PublicityCheck.Text;
using PublicityCheck.Text.Quotations;

namespace PublicityCheck.Releases;

/// <summary>
/// The stage between reading and analysis: builds each release's <see cref="ReleaseModel"/> once, in the order each
/// part needs (sentences and quotations from the document; speakers from the quotations, the roster and the date;
/// the profile from the document and the speakers' stated roles; the pre-election periods from the calendar and the
/// wards the release names). What depends only on the configuration (the election calendar, the roster's ward
/// names, each by-election's wards) is worked out once, here, for every release checked under it. Safe to use from
/// several threads.
/// </summary>
public sealed class ReleaseModelBuilder
{
    private readonly ElectionCalendar _calendar;
    private readonly WardNames _wardNames;
    private readonly ImmutableArray<PhraseList?> _byElectionWards;
    private readonly Func<IPartisanScorer> _partisanModel;

    /// <summary>Creates the stage for releases checked under <paramref name="configuration"/>, scoring sentences with the built-in classifier it chooses.</summary>
    public ReleaseModelBuilder(PublicityCheckConfiguration configuration)
        : this(configuration, () => PartisanClassifier.ScorerFor(configuration?.EffectiveClassifier ?? ClassifierMode.Accurate))
    {
    }

    /// <summary>Creates the stage for releases checked under <paramref name="configuration"/>, scoring sentences with the scorer <paramref name="partisanModel"/> gives when first asked.</summary>
    public ReleaseModelBuilder(PublicityCheckConfiguration configuration, Func<IPartisanScorer> partisanModel)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(partisanModel);
        Configuration = configuration;
        _partisanModel = partisanModel;
        _calendar = ElectionCalendar.From(configuration);
        _wardNames = new WardNames(configuration);
        _byElectionWards = [.. _calendar.Periods.Select(p => p.Election.IsForSomeWards ? new PhraseList(p.Election.Wards) : null)];
    }

    /// <summary>The configuration the stage builds models under.</summary>
    public PublicityCheckConfiguration Configuration { get; }

    /// <summary>Builds the model of <paramref name="document"/> for <paramref name="options"/>, whose configuration must be <see cref="Configuration"/>.</summary>
    public ReleaseModel Build(ReleaseDocument document, AnalysisOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        if (!ReferenceEquals(options.Configuration, Configuration))
        {
            throw new ArgumentException("the options' configuration is not the one this stage was built for", nameof(options));
        }

        var sentences = ModelPart<ImmutableArray<Sentence>>.Build(() => SentenceSplitter.Default.Split(document), cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        var quotations = ModelPart<ImmutableArray<Quotation>>.Build(() => QuotationExtractor.Default.Extract(document), cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        var speakers = quotations.Then(q => QuotedSpeakers.ResolveAll(q, Configuration.Roster, options.PublishOn), cancellationToken);
        var profile = quotations.Then(q => CreateProfile(document, q, _wardNames), cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        return Assemble(document, options, sentences, speakers, profile, PeriodsFor(document), _partisanModel);
    }

    /// <summary>The options <paramref name="model"/> was built for, by this stage.</summary>
    internal static AnalysisOptions OptionsOf(ReleaseModel model) =>
        model.Host as AnalysisOptions ?? throw new ArgumentException("the model was not built by the engine", nameof(model));

    /// <summary>A model of parts made elsewhere: the stage's own last step, and a test's way to give a part a failure.</summary>
    internal static ReleaseModel Assemble(
        ReleaseDocument document,
        AnalysisOptions options,
        ModelPart<ImmutableArray<Sentence>> sentences,
        ModelPart<ImmutableArray<QuotedSpeaker>> speakers,
        ModelPart<ReleaseProfile> profile,
        ImmutableArray<PreElectionPeriod> electionPeriods,
        Func<IPartisanScorer> partisanScorer)
    {
        var configuration = options.Configuration;
        var settings = new ReleaseSettings
        {
            PublishOn = options.PublishOn,
            PublishOnOrigin = options.PublishOnGiven ? PublicationDateOrigin.Host
                : options.PublishOnAssumed ? PublicationDateOrigin.Assumed
                : PublicationDateOrigin.Release,
            Publication = options.Publication
                ?? (options.PublishOnGiven ? new PublicationDate(options.PublishOn, PublishOnSource.Option, "given by the host")
                : options.PublishOnAssumed ? new PublicationDate(options.PublishOn, PublishOnSource.Today, "today")
                : document.Metadata.Publication ?? new PublicationDate(options.PublishOn, PublishOnSource.Option, "given with the analysis options")),
            Roster = configuration.Roster,
            Policy = configuration.EffectivePolicy,
            Elections = configuration.Elections,
            RuleSeverities = configuration.Rules,
            NoticeWorkingDays = configuration.Calendar.EffectiveNoticeWorkingDays,
            Host = options,
        };
        return new ReleaseModel(document, settings, sentences, speakers, profile, electionPeriods, partisanScorer);
    }

    // The speakers' stated roles are not the release's subject: "Cabinet Member for Housing" says nothing of the topic.
    private static ReleaseProfile CreateProfile(ReleaseDocument document, ImmutableArray<Quotation> quotations, WardNames wardNames)
    {
        var (kind, stated) = ReleaseKindDetector.Detect(document);
        var wards = ImmutableArray<string>.Empty;
        var leadWards = ImmutableArray<string>.Empty;
        if (wardNames.Names.Length > 0)
        {
            wards = wardNames.NamedIn(document.Text);
            leadWards = wards.IsEmpty ? [] : wardNames.NamedIn(ReleaseLead.Text(document));
        }

        var roles = quotations.Select(q => q.Speaker?.RoleSpan).OfType<TextSpan>().ToList();
        var lead = LeadWithoutRoles(document, roles);
        return new ReleaseProfile
        {
            Kind = kind,
            KindStated = stated,
            Topics = TopicCatalog.Default.TopicsOf(document, roles, lead),
            Wards = wards,
            LeadWards = leadWards,
            Lead = lead,
        };
    }

    // The lead's text with each speaker's stated role blanked (spaces, so no two words run together): a chair's
    // "Chair of the Planning Committee" beside their name in the first paragraph does not make the release the
    // committee's.
    private static string LeadWithoutRoles(ReleaseDocument document, List<TextSpan> roles)
    {
        var lines = new List<string>();
        if (document.Metadata.Title is { } title)
        {
            lines.Add(title);
        }

        foreach (var block in ReleaseLead.Blocks(document))
        {
            var inBlock = roles.Where(r => r.Start < block.Span.End && block.Span.Start < r.End).ToList();
            if (inBlock.Count == 0)
            {
                lines.Add(block.Text);
                continue;
            }

            var text = block.Text.ToCharArray();
            foreach (var role in inBlock)
            {
                var start = Math.Max(role.Start, block.Span.Start) - block.Span.Start;
                var end = Math.Min(role.End, block.Span.End) - block.Span.Start;
                Array.Fill(text, ' ', start, Math.Min(end, text.Length) - start);
            }

            lines.Add(new string(text));
        }

        return string.Join('\n', lines);
    }

    // A by-election's period counts only for a release that names one of its wards: each is looked for once here.
    private ImmutableArray<PreElectionPeriod> PeriodsFor(ReleaseDocument document)
    {
        if (_calendar.Periods.IsEmpty)
        {
            return [];
        }

        var periods = ImmutableArray.CreateBuilder<PreElectionPeriod>();
        for (var i = 0; i < _calendar.Periods.Length; i++)
        {
            if (_byElectionWards[i] is not { } wards || wards.Matches(document.Text).Any())
            {
                periods.Add(_calendar.Periods[i]);
            }
        }

        return periods.ToImmutable();
    }
}
