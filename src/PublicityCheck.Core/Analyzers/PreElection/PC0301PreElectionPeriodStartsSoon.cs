using System.Collections.Immutable;
using NodaTime;
using PublicityCheck.Analysis;
using PublicityCheck.Calendar;
using PublicityCheck.Diagnostics;
using PublicityCheck.Releases;

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
        var model = context.Model;
        var publishOn = model.PublishOn;
        var whole = PreElectionPeriods.WholeDocumentSpan(context.Document);
        foreach (var period in model.PeriodsStartingSoon)
        {
            var days = CountWorkingDays(period, publishOn);
            var after = days == 1 ? "1 working day" : $"{days} working days";
            context.ReportDiagnostic(Descriptor, whole, period.Election.Name, ReleaseDates.Format(period.Start), after);
        }
    }

    private static int CountWorkingDays(PreElectionPeriod period, LocalDate publishOn)
    {
        var days = 0;
        for (var day = publishOn.PlusDays(1); day <= period.Start; day = day.PlusDays(1))
        {
            days += period.IsWorkingDay(day) ? 1 : 0;
        }

        return days;
    }
}
