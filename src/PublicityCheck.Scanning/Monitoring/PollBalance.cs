using System.Collections.Immutable;
using NodaTime;
using PublicityCheck.Calendar;
using PublicityCheck.Configuration;

namespace PublicityCheck.Scanning.Monitoring;

/// <summary>
/// Members' quotations in the window before one poll against the rest of the year before it: the window is the
/// <see cref="BalanceSettings.EffectiveWindowDays"/> days up to and including the poll; the rest of the year is the
/// 365 days before the poll less the window.
/// </summary>
/// <param name="ElectionId">The election's id.</param>
/// <param name="ElectionName">The election's name.</param>
/// <param name="Poll">The poll day.</param>
/// <param name="WindowStart">The first day of the window.</param>
/// <param name="YearStart">The first day of the year compared.</param>
/// <param name="WindowQuotations">Members' quotations in the window.</param>
/// <param name="RestQuotations">Members' quotations in the rest of the year.</param>
/// <param name="Shares">Each party's and each standing's share in the window and the rest of the year.</param>
public sealed record PollBalance(string ElectionId, string ElectionName, LocalDate Poll, LocalDate WindowStart, LocalDate YearStart, int WindowQuotations, int RestQuotations, ImmutableArray<GroupShare> Shares)
{
    /// <summary>Compares members' <paramref name="quotations"/> before <paramref name="election"/>'s poll.</summary>
    public static PollBalance Compare(Election election, IReadOnlyCollection<HistoryQuotation> quotations, BalanceSettings settings)
    {
        ArgumentNullException.ThrowIfNull(election);
        ArgumentNullException.ThrowIfNull(quotations);
        ArgumentNullException.ThrowIfNull(settings);
        var poll = election.Poll;
        var windowStart = poll.PlusDays(1 - settings.EffectiveWindowDays);
        var yearStart = poll.PlusDays(-364);
        var window = quotations.Where(q => q.PublishOn >= windowStart && q.PublishOn <= poll).ToList();
        var rest = quotations.Where(q => q.PublishOn >= yearStart && q.PublishOn < windowStart).ToList();
        var enough = window.Count >= settings.EffectiveMinimumQuotations && rest.Count >= settings.EffectiveMinimumQuotations;
        var shares = new List<GroupShare>();
        foreach (var (dimension, key) in new (string, Func<HistoryQuotation, string>)[] { (GroupShare.Party, BalanceReport.PartyOf), (GroupShare.Standing, q => q.Standing) })
        {
            var inWindow = window.CountBy(key).ToDictionary(StringComparer.Ordinal);
            var inRest = rest.CountBy(key).ToDictionary(StringComparer.Ordinal);
            foreach (var group in inWindow.Keys.Union(inRest.Keys).Order(StringComparer.Ordinal))
            {
                var w = inWindow.GetValueOrDefault(group);
                var r = inRest.GetValueOrDefault(group);
                var windowShare = window.Count == 0 ? 0 : w / (double)window.Count;
                var restShare = rest.Count == 0 ? 0 : r / (double)rest.Count;
                // Rounded first, so that a departure of exactly the margin (75% against 60%) is not flagged by a rounding error.
                var flagged = enough && Math.Round(Math.Abs(windowShare - restShare) * 100, 6) > settings.EffectiveMargin;
                shares.Add(new GroupShare(dimension, group, w, r, windowShare, restShare, flagged));
            }
        }

        return new PollBalance(election.Id, election.Name, poll, windowStart, yearStart, window.Count, rest.Count, [.. shares]);
    }
}

/// <summary>One party's or standing's share of members' quotations before a poll.</summary>
/// <param name="Dimension"><see cref="Party"/> or <see cref="Standing"/>.</param>
/// <param name="Group">The party or standing.</param>
/// <param name="Window">Its quotations in the window.</param>
/// <param name="Rest">Its quotations in the rest of the year.</param>
/// <param name="WindowShare">Its share (0 to 1) of members' quotations in the window.</param>
/// <param name="RestShare">Its share (0 to 1) in the rest of the year.</param>
/// <param name="Flagged">Whether the shares differ by more than the margin, both periods holding enough quotations.</param>
public sealed record GroupShare(string Dimension, string Group, int Window, int Rest, double WindowShare, double RestShare, bool Flagged)
{
    /// <summary>The dimension of a party's share.</summary>
    public const string Party = "party";

    /// <summary>The dimension of a standing's share.</summary>
    public const string Standing = "standing";

    /// <summary>How far the window's share departs from the rest of the year's, in percentage points (positive: more in the window).</summary>
    public double Departure => (WindowShare - RestShare) * 100;
}
