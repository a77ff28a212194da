using System.Collections.Immutable;
using NodaTime;
using NodaTime.Text;
using PublicityCheck.Analysis;
using PublicityCheck.Calendar;
using PublicityCheck.Diagnostics;
using PublicityCheck.Documents;
using PublicityCheck.Text;

namespace PublicityCheck.Analyzers.PreElection;

/// <summary>
/// PC03xx: the pre-election period. Works out, from the elections in <c>publicitycheck.json</c> and the
/// release's publication date, whether a period is coming or in force, and in a period finds announcements of
/// new initiatives, policies and consultations (phrases in <c>lexicons/pre-election/</c>). A by-election's period
/// counts only for a release that names one of its wards.
/// </summary>
public sealed class PreElectionAnalyzer : PublicityAnalyzer
{
    /// <summary>The rule family.</summary>
    public const string Category = "Pre-election period";

    /// <summary>PC0301: a pre-election period starts within a few working days of publication.</summary>
    public static readonly DiagnosticDescriptor PeriodStartsSoon = new(
        "PC0301",
        "Pre-election period starts soon",
        "The pre-election period for {0} starts on {1}, {2} after this release is published; plan what can still go out before then",
        Category,
        DiagnosticSeverity.Info,
        "Publicity in the weeks before a period starts should be planned so that nothing new is announced once it has begun (Code of Recommended Practice on Local Authority Publicity 2011, paragraphs 33-35; county protocol 8.82).");

    /// <summary>PC0302: a release published in a period announces something new.</summary>
    public static readonly DiagnosticDescriptor NewInitiativeInPeriod = new(
        "PC0302",
        "New initiative announced in the pre-election period",
        "'{0}' announces something new during the pre-election period for {1} (until the close of poll on {2}); hold it until after polling day unless it cannot wait",
        Category,
        DiagnosticSeverity.Warning,
        "In a pre-election period councils should not publicise new initiatives, policies or consultations that could be seen to affect support for a party or candidate (Code of Recommended Practice 2011, paragraphs 33-35; county protocol 8.81-8.82).");

    /// <summary>PC0303: the release states no publication date and none was given.</summary>
    public static readonly DiagnosticDescriptor PublicationDateAssumed = new(
        "PC0303",
        "Release states no publication date",
        "The release states no publication date, so it was checked as if published today, {0}, {1}; state the date (a dateline such as 'Issued {0}', 'publish:' in front matter, or a file name starting with the date) so the pre-election rules check the day it goes out",
        Category,
        DiagnosticSeverity.Warning,
        "Whether a pre-election period applies depends on the day a release goes out. A release with no date of its own is checked as if published today, which may not be the day it is published: a release drafted before a period and published in it would pass unchecked.");

    private static readonly LocalDatePattern DatePattern = LocalDatePattern.CreateWithInvariantCulture("d MMMM uuuu");
    private static readonly Lazy<PhraseList> NewInitiatives = new(() => PhraseList.FromLexicon("pre-election/new-initiatives.txt"));

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [PeriodStartsSoon, NewInitiativeInPeriod, PublicationDateAssumed];

    /// <inheritdoc/>
    public override void Initialize(AnalyzerRegistration registration)
    {
        ArgumentNullException.ThrowIfNull(registration);
        registration.RegisterDocumentAction(Analyze);
    }

    private static void Analyze(DocumentAnalysisContext context)
    {
        var configuration = context.Options.Configuration;
        if (configuration.Elections.IsDefaultOrEmpty)
        {
            return;
        }

        var publishOn = context.Options.PublishOn;
        var whole = WholeDocumentSpan(context.Document);
        var calendar = ElectionCalendar.From(configuration);
        var relevant = calendar.Periods.Where(p => AppliesTo(p.Election, context.Document)).ToList();
        if (context.Options.PublishOnAssumed)
        {
            context.ReportDiagnostic(PublicationDateAssumed, whole, Format(publishOn), DescribeNearest(relevant, publishOn));
        }

        foreach (var period in relevant.Where(p => p.StartsWithin(publishOn, calendar.Settings.EffectiveNoticeWorkingDays)))
        {
            var days = CountWorkingDays(period, publishOn);
            var after = days == 1 ? "1 working day" : $"{days} working days";
            context.ReportDiagnostic(PeriodStartsSoon, whole, period.Election.Name, Format(period.Start), after);
        }

        var inForce = relevant.Where(p => p.IsInForceOn(publishOn)).OrderBy(p => p.End).FirstOrDefault();

        // An emergency release gives factual public-safety information, which the guidance allows in a period.
        if (inForce is not null && Releases.ReleaseProfile.Of(context.Document, configuration).Kind != Releases.ReleaseKind.Emergency)
        {
            ReportNewInitiatives(context, inForce);
        }
    }

    private static void ReportNewInitiatives(DocumentAnalysisContext context, PreElectionPeriod period)
    {
        foreach (var block in context.Document.Blocks)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            foreach (var match in NewInitiatives.Value.Matches(block.Text))
            {
                var span = new TextSpan(block.Span.Start + match.Start, match.Length);
                context.ReportDiagnostic(NewInitiativeInPeriod, span, context.Document.GetText(span), period.Election.Name, Format(period.End));
            }
        }
    }

    /// <summary>The pre-election period in force for <paramref name="document"/> on its publication date, or null.</summary>
    internal static PreElectionPeriod? PeriodInForce(ReleaseDocument document, AnalysisOptions options)
    {
        if (options.Configuration.Elections.IsDefaultOrEmpty)
        {
            return null;
        }

        return ElectionCalendar.From(options.Configuration).Periods
            .Where(p => AppliesTo(p.Election, document) && p.IsInForceOn(options.PublishOn))
            .OrderBy(p => p.End)
            .FirstOrDefault();
    }

    // Which period checking as of today caught, or the nearest one it missed: the next to start, else the last to end.
    private static string DescribeNearest(List<PreElectionPeriod> periods, LocalDate today)
    {
        var caught = periods.Where(p => p.IsInForceOn(today)).OrderBy(p => p.End).FirstOrDefault();
        var missed = caught ?? periods.Where(p => p.Start > today).OrderBy(p => p.Start).FirstOrDefault()
            ?? periods.OrderByDescending(p => p.End).FirstOrDefault();
        if (missed is null)
        {
            return "and no configured pre-election period applies to it";
        }

        var dates = $"{Format(missed.Start)} to {Format(missed.End)}";
        return caught is not null
            ? $"inside the pre-election period for {caught.Election.Name} ({dates}): if it goes out after that period, its findings for the period are wrong"
            : $"outside the pre-election period for {missed.Election.Name} ({dates}): if it goes out in that period, that period's rules were not applied";
    }

    /// <summary>A date as messages write it: 7 May 2026.</summary>
    internal static string Format(LocalDate date) => DatePattern.Format(date);

    private static bool AppliesTo(Election election, ReleaseDocument document) =>
        !election.IsForSomeWards || PhraseList.Shared(election.Wards).Matches(document.Text).Any();

    private static int CountWorkingDays(PreElectionPeriod period, LocalDate publishOn)
    {
        var days = 0;
        for (var day = publishOn.PlusDays(1); day <= period.Start; day = day.PlusDays(1))
        {
            days += period.Timetable.WorkingDays.IsWorkingDay(day) ? 1 : 0;
        }

        return days;
    }

    private static TextSpan WholeDocumentSpan(ReleaseDocument document) =>
        document.Blocks.IsDefaultOrEmpty ? new TextSpan(0, 0) : document.Blocks[0].Span;

}
