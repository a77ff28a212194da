using System.Collections.Immutable;
using NodaTime;
using PublicityCheck.Analysis;
using PublicityCheck.Calendar;
using PublicityCheck.Diagnostics;
using PublicityCheck.Releases;

namespace PublicityCheck.Analyzers.PreElection;

/// <summary>
/// PC0303: where elections are configured, a release that states no publication date, and was given none, is
/// checked as if published today; this says so.
/// </summary>
public sealed class PC0303PublicationDateAssumed : PublicityAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Descriptor = new(
        "PC0303",
        "Release states no publication date",
        "The release states no publication date, so it was checked as if published today, {0}, {1}; state the date (a dateline such as 'Issued {0}', 'publish:' in front matter, or a file name starting with the date) so the pre-election rules check the day it goes out",
        RuleCategories.PreElection,
        DiagnosticSeverity.Warning,
        "Whether a pre-election period applies depends on the day a release goes out. A release with no date of its own is checked as if published today, which may not be the day it is published: a release drafted before a period and published in it would pass unchecked.");

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
        if (context.Model.Elections.IsDefaultOrEmpty || context.Model.PublishOnOrigin != PublicationDateOrigin.Assumed)
        {
            return;
        }

        var today = context.Model.PublishOn;
        var diagnostic = Diagnostic.Create(Descriptor, context.Document, PreElectionPeriods.WholeDocumentSpan(context.Document), ReleaseDates.Format(today), DescribeNearest(context.Model.ElectionPeriods, today));

        // Advice, not an edit: the rule applies only when neither the host (--publish-on) nor the release (front
        // matter, a dateline, the file name) gives a date, so there is no known day to write into the release.
        context.ReportDiagnostic(diagnostic with
        {
            Fixes = [SuggestedFix.Advice($"Add a dateline with the day the release goes out ('Issued {ReleaseDates.Format(today)}' if it goes out today), or 'publish:' in front matter")],
        });
    }

    // Which period checking as of today caught, or the nearest one it missed: the next to start, else the last to end.
    private static string DescribeNearest(ImmutableArray<PreElectionPeriod> periods, LocalDate today)
    {
        var caught = periods.Where(p => p.IsInForceOn(today)).OrderBy(p => p.End).FirstOrDefault();
        var missed = caught ?? periods.Where(p => p.Start > today).OrderBy(p => p.Start).FirstOrDefault()
            ?? periods.OrderByDescending(p => p.End).FirstOrDefault();
        if (missed is null)
        {
            return "and no configured pre-election period applies to it";
        }

        var dates = $"{ReleaseDates.Format(missed.Start)} to {ReleaseDates.Format(missed.End)}";
        return caught is not null
            ? $"inside the pre-election period for {caught.Election.Name} ({dates}): if it goes out after that period, its findings for the period are wrong"
            : $"outside the pre-election period for {missed.Election.Name} ({dates}): if it goes out in that period, that period's rules were not applied";
    }
}
