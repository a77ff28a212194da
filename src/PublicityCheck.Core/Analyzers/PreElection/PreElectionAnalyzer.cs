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
/// PC0301 and PC0303: the pre-election period. Works out, from the elections in <c>publicitycheck.json</c> and the
/// release's publication date, whether a period is coming or in force. A by-election's period counts only for a
/// release that names one of its wards.
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

    /// <summary>PC0303: the release states no publication date and none was given.</summary>
    public static readonly DiagnosticDescriptor PublicationDateAssumed = new(
        "PC0303",
        "Release states no publication date",
        "The release states no publication date, so it was checked as if published on {0}; state the date ('Embargoed until ...', or 'publish:' in front matter) so the pre-election rules check the right day",
        Category,
        DiagnosticSeverity.Info,
        "Whether a pre-election period applies depends on the day a release goes out. A release with no date of its own is checked as if published today, which may not be the day it is published.");

    private static readonly LocalDatePattern DatePattern = LocalDatePattern.CreateWithInvariantCulture("d MMMM uuuu");

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [PeriodStartsSoon, PublicationDateAssumed];

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
        if (context.Options.PublishOnAssumed)
        {
            context.ReportDiagnostic(PublicationDateAssumed, whole, Format(publishOn));
        }

        var calendar = ElectionCalendar.From(configuration);
        var relevant = calendar.Periods.Where(p => AppliesTo(p.Election, context.Document)).ToList();
        foreach (var period in relevant.Where(p => p.StartsWithin(publishOn, calendar.Settings.EffectiveNoticeWorkingDays)))
        {
            var days = CountWorkingDays(period, publishOn);
            var after = days == 1 ? "1 working day" : $"{days} working days";
            context.ReportDiagnostic(PeriodStartsSoon, whole, period.Election.Name, Format(period.Start), after);
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
