using System.Collections.Immutable;
using NodaTime;
using PublicityCheck.Calendar;
using PublicityCheck.Classification;
using PublicityCheck.Diagnostics;
using PublicityCheck.Documents;
using PublicityCheck.People;
using PublicityCheck.Policies;
using PublicityCheck.Text.Quotations;

namespace PublicityCheck.Releases;

/// <summary>
/// What the engine knows of one release under one configuration and publication date, built once by the engine
/// between reading and analysis and read by every rule through its context: the document (what the reader made of
/// the file), its sentences, its quotations with their speakers and the roles they hold on the day, what the release
/// is about, where its publication date came from, the pre-election periods that apply to it, and the settings a rule
/// judges by (the roster, the policy, the configured elections and rule severities). Immutable; safe to read from
/// several threads. A part the engine could not make (a pattern run past its time limit on a crafted release) throws
/// what it met to each rule that reads it, so only those rules fail (PC0005).
/// </summary>
public sealed class ReleaseModel
{
    private readonly Lazy<IPartisanScorer> _classifier;
    private int _explained;
    private readonly Lazy<double[]> _partisanScores;
    private readonly ModelPart<ImmutableArray<Sentence>> _sentences;
    private readonly ModelPart<ImmutableArray<QuotedSpeaker>> _speakers;
    private readonly ModelPart<ImmutableArray<Quotation>> _quotations;
    private readonly ModelPart<ReleaseProfile> _profile;
    private readonly ImmutableDictionary<string, DiagnosticSeverity> _ruleSeverities;

    internal ReleaseModel(
        ReleaseDocument document,
        ReleaseSettings settings,
        ModelPart<ImmutableArray<Sentence>> sentences,
        ModelPart<ImmutableArray<QuotedSpeaker>> speakers,
        ModelPart<ReleaseProfile> profile,
        ImmutableArray<PreElectionPeriod> electionPeriods,
        Func<IPartisanScorer> partisanScorer)
    {
        Document = document;
        PublishOn = settings.PublishOn;
        PublishOnOrigin = settings.PublishOnOrigin;
        Publication = settings.Publication;
        Roster = settings.Roster;
        Policy = settings.Policy;
        Elections = settings.Elections;
        _ruleSeverities = settings.RuleSeverities;
        Host = settings.Host;
        _sentences = sentences;
        _speakers = speakers;
        _quotations = speakers.Then(s => s.Select(q => q.Quotation).ToImmutableArray(), CancellationToken.None);
        _profile = profile;
        ElectionPeriods = electionPeriods;
        PeriodsInForce = [.. electionPeriods.Where(p => p.IsInForceOn(PublishOn)).OrderBy(p => p.End)];
        PeriodsStartingSoon = [.. electionPeriods.Where(p => p.StartsWithin(PublishOn, settings.NoticeWorkingDays))];
        _classifier = new Lazy<IPartisanScorer>(partisanScorer, LazyThreadSafetyMode.ExecutionAndPublication);
        _partisanScores = new Lazy<double[]>(() => ScoreSentences(_classifier.Value), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The document as read: its blocks, metadata and suppressions.</summary>
    public ReleaseDocument Document { get; }

    /// <summary>The date the release is checked as published on.</summary>
    public LocalDate PublishOn { get; }

    /// <summary>Where <see cref="PublishOn"/> came from.</summary>
    public PublicationDateOrigin PublishOnOrigin { get; }

    /// <summary>
    /// How <see cref="PublishOn"/> was found: its source in order of trust (the host's date, front matter, a
    /// dateline, the file name, the document's properties, today), with the dateline's location where there is one.
    /// </summary>
    public PublicationDate Publication { get; }

    /// <summary>The source of <see cref="PublishOn"/>; see <see cref="Publication"/>.</summary>
    public PublishOnSource PublishOnSource => Publication.Source;

    /// <summary>The people the council's releases quote, as configured (<c>people</c> and the <c>roster</c> CSV).</summary>
    public Roster Roster { get; }

    /// <summary>The protocol in force: the configured policy pack, or the borough protocol.</summary>
    public PolicyPack Policy { get; }

    /// <summary>Every configured election, whether or not its period applies to this release (see <see cref="ElectionPeriods"/>).</summary>
    public ImmutableArray<Election> Elections { get; }

    /// <summary>The host's own settings the model was built under, for the engine that built it.</summary>
    internal object? Host { get; }

    /// <summary>The sentences of every block, in reading order; <see cref="Sentence.Index"/> is the position here.</summary>
    public ImmutableArray<Sentence> Sentences => _sentences.Value;

    /// <summary>The quotations of speech, in reading order, with their speakers where the release names them.</summary>
    public ImmutableArray<Quotation> Quotations => _quotations.Value;

    /// <summary>Each quotation of <see cref="Quotations"/>, in the same order, with what the roster says of its speaker on <see cref="PublishOn"/>.</summary>
    public ImmutableArray<QuotedSpeaker> Speakers => _speakers.Value;

    /// <summary>What the release is about: its kind, topics and wards.</summary>
    public ReleaseProfile Profile => _profile.Value;

    /// <summary>
    /// The pre-election periods that apply to the release, earliest start first: every configured election's, except
    /// a by-election's when the release names none of its wards.
    /// </summary>
    public ImmutableArray<PreElectionPeriod> ElectionPeriods { get; }

    /// <summary>The periods of <see cref="ElectionPeriods"/> in force on <see cref="PublishOn"/>, the one ending first first.</summary>
    public ImmutableArray<PreElectionPeriod> PeriodsInForce { get; }

    /// <summary>The period the pre-election rules judge the release by: the first of <see cref="PeriodsInForce"/>, or null.</summary>
    public PreElectionPeriod? PeriodInForce => PeriodsInForce.IsEmpty ? null : PeriodsInForce[0];

    /// <summary>The periods of <see cref="ElectionPeriods"/> that start within the configured notice after <see cref="PublishOn"/>.</summary>
    public ImmutableArray<PreElectionPeriod> PeriodsStartingSoon { get; }

    /// <summary>
    /// The severity the configuration sets for findings of <paramref name="descriptor"/> (its default when unset);
    /// <see cref="DiagnosticSeverity.None"/> when the rule is turned off, so that a costly rule can skip its work.
    /// </summary>
    public DiagnosticSeverity SeverityOf(DiagnosticDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        return _ruleSeverities.TryGetValue(descriptor.Id, out var severity) ? severity : descriptor.DefaultSeverity;
    }

    /// <summary>How many sentences of one release <see cref="ExplainPartisanScore"/> explains phrase by phrase.</summary>
    public const int MaxExplainedSentences = 32;

    /// <summary>The scorer the sentences' party-political language scores come from, loaded when first asked for.</summary>
    public IPartisanScorer PartisanClassifier => _classifier.Value;

    /// <summary>
    /// The probability that <paramref name="sentence"/> (one of <see cref="Sentences"/>) is party-political language,
    /// by <see cref="PartisanClassifier"/>. Every sentence is scored the first time any is asked for, once per model; a
    /// run whose rules never ask never loads the classifier.
    /// </summary>
    public double PartisanScoreOf(Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        if ((uint)sentence.Index >= (uint)Sentences.Length || !ReferenceEquals(Sentences[sentence.Index], sentence))
        {
            throw new ArgumentException("the sentence is not one of this release's", nameof(sentence));
        }

        return _partisanScores.Value[sentence.Index];
    }

    /// <summary>
    /// The score of <paramref name="sentence"/> with the phrases behind it, for a rule that reports it. Explaining can
    /// cost far more than scoring (the built-in classifier scores the sentence again with each phrase taken out), so a
    /// model explains at most <see cref="MaxExplainedSentences"/> sentences; past that, a sentence keeps its score and
    /// its verdict, and is explained as a whole. The probability is always <see cref="PartisanScoreOf"/>'s.
    /// </summary>
    public PartisanScore ExplainPartisanScore(Sentence sentence)
    {
        // The score and verdict are always the release's own, scored with its other sentences; the scorer is asked
        // only for the phrases, so a finding's number never disagrees with the verdict that raised it.
        var probability = PartisanScoreOf(sentence);
        var isPartisan = probability >= PartisanClassifier.Threshold;
        if (Interlocked.Increment(ref _explained) > MaxExplainedSentences)
        {
            return new PartisanScore(probability, isPartisan, []);
        }

        return PartisanClassifier.Classify(sentence.Text) with { Probability = probability, IsPartisan = isPartisan };
    }

    // One call for every sentence, so that a scorer that works in batches sees the whole release at once.
    private double[] ScoreSentences(IPartisanScorer scorer)
    {
        var texts = new string[Sentences.Length];
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = Sentences[i].Text;
        }

        var scores = scorer.Score(texts);
        if (scores.Count != texts.Length)
        {
            throw new InvalidOperationException($"The partisan scorer gave {scores.Count} scores for {texts.Length} sentences.");
        }

        return [.. scores];
    }
}
