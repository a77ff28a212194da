using System.Collections.Immutable;
using NodaTime;
using PublicityCheck.Analysis;
using PublicityCheck.Calendar;
using PublicityCheck.Diagnostics;

namespace PublicityCheck.Analyzers.PreElection;

/// <summary>
/// PC0301: works out, from the elections in <c>publicitycheck.json</c> and the release's publication date, whether
/// a pre-election period starts within a few working days.
/// </summary>
public sealed class PC0301PreElectionPeriodStartsSoon : PublicityAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Descriptor = new(
        "PC0301",
        "Pre-election period starts soon",
        "The pre-election period for {0} starts on {1}, {2} after this release is published; plan what can still go out before then",
        RuleCategories.PreElection,
        DiagnosticSeverity.Info,
        "Publicity in the weeks before a period starts should be planned so that nothing new is announced once it has begun (Code of Recommended Practice on Local Authority Publicity 2011, paragraphs 33-35; county protocol 8.82).");

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
        var configuration = context.Options.Configuration;
        if (configuration.Elections.IsDefaultOrEmpty)
        {
            return;
        }

        var publishOn = context.Options.PublishOn;
        var whole = PreElectionPeriods.WholeDocumentSpan(context.Document);
        var calendar = ElectionCalendar.From(configuration);
        var relevant = calendar.Periods.Where(p => PreElectionPeriods.AppliesTo(p.Election, context.Document)).ToList();
        foreach (var period in relevant.Where(p => p.StartsWithin(publishOn, calendar.Settings.EffectiveNoticeWorkingDays)))
        {
            var days = CountWorkingDays(period, publishOn);
            var after = days == 1 ? "1 working day" : $"{days} working days";
            context.ReportDiagnostic(Descriptor, whole, period.Election.Name, PreElectionPeriods.Format(period.Start), after);
        }
    }

    private static int CountWorkingDays(PreElectionPeriod period, LocalDate publishOn)
    {
        var days = 0;
        for (var day = publishOn.PlusDays(1); day <= period.Start; day = day.PlusDays(1))
        {
            days += period.Timetable.WorkingDays.IsWorkingDay(day) ? 1 : 0;
        }

        return days;
    }
}
