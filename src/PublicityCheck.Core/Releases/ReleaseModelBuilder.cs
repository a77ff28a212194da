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

    /// <summary>Creates the stage for releases checked under <paramref name="configuration"/>, scoring sentences with the built-in classifier.</summary>
    public ReleaseModelBuilder(PublicityCheckConfiguration configuration)
        : this(configuration, () => PartisanClassifier.Scorer)
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
        var speakers = quotations.Then(q => QuotedSpeaker.ResolveAll(q, Configuration.Roster, options.PublishOn), cancellationToken);
        var profile = quotations.Then(q => ReleaseProfile.Create(document, q, _wardNames), cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        return new ReleaseModel(
            document,
            options,
            sentences,
            speakers,
            profile,
            PeriodsFor(document),
            _calendar.Settings.EffectiveNoticeWorkingDays,
            _partisanModel);
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
