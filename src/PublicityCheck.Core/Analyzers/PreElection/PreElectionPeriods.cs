using NodaTime;
using NodaTime.Text;
using PublicityCheck.Analysis;
using PublicityCheck.Calendar;
using PublicityCheck.Documents;
using PublicityCheck.Text;

namespace PublicityCheck.Analyzers.PreElection;

/// <summary>
/// The pre-election periods a release falls under, for the PC03xx rules, PC0201's escalation and phrase rules that
/// apply only in a period. A by-election's period counts only for a release that names one of its wards.
/// </summary>
internal static class PreElectionPeriods
{
    private static readonly LocalDatePattern DatePattern = LocalDatePattern.CreateWithInvariantCulture("d MMMM uuuu");

    /// <summary>
    /// Text that is factual election information (the statement of persons nominated, polling arrangements), which
    /// may name candidates and parties in a period.
    /// </summary>
    public static readonly PhraseList FactualElectionInformation = new(
    [
        "statement of persons nominated", "persons nominated", "notice of poll", "notice of election", "polling station",
        "polling stations", "poll card", "poll cards", "postal vote", "postal votes", "proxy vote", "returning officer",
        "candidates standing", "list of candidates", "election count", "declaration of results", "election results",
    ]);

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

    /// <summary>Whether the period of <paramref name="election"/> counts for <paramref name="document"/>.</summary>
    internal static bool AppliesTo(Election election, ReleaseDocument document) =>
        !election.IsForSomeWards || PhraseList.Shared(election.Wards).Matches(document.Text).Any();

    /// <summary>Where a finding about the release as a whole is placed: its first block.</summary>
    internal static TextSpan WholeDocumentSpan(ReleaseDocument document) =>
        document.Blocks.IsDefaultOrEmpty ? new TextSpan(0, 0) : document.Blocks[0].Span;
}
