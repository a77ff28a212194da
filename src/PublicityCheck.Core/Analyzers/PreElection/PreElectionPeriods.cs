using PublicityCheck.Calendar;
using PublicityCheck.Diagnostics;
using PublicityCheck.Documents;
using PublicityCheck.Releases;
using PublicityCheck.Text;

namespace PublicityCheck.Analyzers.PreElection;

/// <summary>
/// What the pre-election rules share besides the release model's periods: the text that counts as factual election
/// information, and where a finding about the whole release goes.
/// </summary>
internal static class PreElectionPeriods
{
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

    /// <summary>
    /// The advice a finding that only the period makes a problem carries: hold the release until the period is
    /// over, that is until the day after polling day, since the period runs to the close of poll at 10pm.
    /// </summary>
    public static SuggestedFix HoldUntil(PreElectionPeriod period) =>
        SuggestedFix.Advice($"Hold the release until the pre-election period for {period.Election.Name} is over: publish it on {ReleaseDates.Format(period.End.PlusDays(1))} or later, after the close of poll on {ReleaseDates.Format(period.End)}");

    /// <summary>
    /// The names of the polls whose periods are in force, for a finding that every one of them makes a problem:
    /// "Borough elections", "Borough elections and Police and crime commissioner election", "A, B and C".
    /// </summary>
    public static string NamesOf(IReadOnlyList<PreElectionPeriod> periods)
    {
        ArgumentOutOfRangeException.ThrowIfZero(periods.Count);
        var names = periods.Select(p => p.Election.Name).Distinct(StringComparer.Ordinal).ToList();
        return names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1];
    }

    /// <summary>The period that ends last of <paramref name="periods"/>: a release must wait for it before the rules of every period are lifted.</summary>
    public static PreElectionPeriod LastToEnd(IReadOnlyList<PreElectionPeriod> periods) => periods.MaxBy(p => p.End)!;

    /// <summary>Where a finding about the release as a whole is placed: its first block.</summary>
    internal static TextSpan WholeDocumentSpan(ReleaseDocument document) =>
        document.Blocks.IsDefaultOrEmpty ? new TextSpan(0, 0) : document.Blocks[0].Span;
}
