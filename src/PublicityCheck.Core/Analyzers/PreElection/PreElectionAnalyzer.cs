using System.Collections.Immutable;
using NodaTime;
using PublicityCheck.Analysis;
using PublicityCheck.Calendar;
using PublicityCheck.Diagnostics;
using PublicityCheck.Documents;
using PublicityCheck.Releases;
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
    public const string Category = RuleCategories.PreElection;

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
        "The release states no publication date, so it was checked as if published on {0}; state the date ('Embargoed until ...', or 'publish:' in front matter) so the pre-election rules check the right day",
        Category,
        DiagnosticSeverity.Info,
        "Whether a pre-election period applies depends on the day a release goes out. A release with no date of its own is checked as if published today, which may not be the day it is published.");

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
        var model = context.Model;
        if (model.Configuration.Elections.IsDefaultOrEmpty)
        {
            return;
        }

        var publishOn = model.PublishOn;
        var whole = WholeDocumentSpan(context.Document);
        if (model.PublishOnOrigin == PublicationDateOrigin.Assumed)
        {
            context.ReportDiagnostic(PublicationDateAssumed, whole, ReleaseDates.Format(publishOn));
        }

        foreach (var period in model.PeriodsStartingSoon)
        {
            var days = CountWorkingDays(period, publishOn);
            var after = days == 1 ? "1 working day" : $"{days} working days";
            context.ReportDiagnostic(PeriodStartsSoon, whole, period.Election.Name, ReleaseDates.Format(period.Start), after);
        }

        // An emergency release gives factual public-safety information, which the guidance allows in a period.
        if (model.PeriodInForce is { } inForce && model.Profile.Kind != ReleaseKind.Emergency)
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
                context.ReportDiagnostic(NewInitiativeInPeriod, span, context.Document.GetText(span), period.Election.Name, ReleaseDates.Format(period.End));
            }
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

    private static TextSpan WholeDocumentSpan(ReleaseDocument document) =>
        document.Blocks.IsDefaultOrEmpty ? new TextSpan(0, 0) : document.Blocks[0].Span;

}
