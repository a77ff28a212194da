using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using PublicityCheck.Calendar;
using PublicityCheck.Configuration;

namespace PublicityCheck.Scanning.Monitoring;

/// <summary>
/// The balance of a council's quotations over time, independent of how it is shown: quotations per party, per
/// standing and per person by month; the shares of executive, non-executive and opposition members; and for each
/// configured poll, each party's and standing's share of members' quotations in the window before it against the
/// rest of the year before it, flagged where it departs by more than the margin.
/// </summary>
/// <param name="Months">Every month from the first quotation's to the last's ("2026-01").</param>
/// <param name="ByParty">Members' quotations per party (members whose party is not known under <see cref="NoParty"/>), most quoted first.</param>
/// <param name="ByStanding">All quotations per standing, in the order of <see cref="SpeakerStanding"/>.</param>
/// <param name="ByPerson">Quotations per named speaker, most quoted first.</param>
/// <param name="Polls">The comparison for each configured poll with quotations in the year before it, earliest first.</param>
/// <param name="Settings">The settings it was judged by.</param>
public sealed record BalanceReport(
    ImmutableArray<string> Months,
    ImmutableArray<BalanceSeries> ByParty,
    ImmutableArray<BalanceSeries> ByStanding,
    ImmutableArray<BalanceSeries> ByPerson,
    ImmutableArray<PollBalance> Polls,
    BalanceSettings Settings)
{
    /// <summary>The group members whose party is not known are counted under.</summary>
    public const string NoParty = "party not known";

    /// <summary>Every quotation counted.</summary>
    public int Quotations => ByStanding.Sum(s => s.Total);

    /// <summary>Quotations of councillors, whose balance is judged.</summary>
    public int MemberQuotations => ByParty.Sum(s => s.Total);

    /// <summary>The share (0 to 1) of members' quotations of each political standing: executive, non-executive, opposition, and members whose party is not known.</summary>
    public ImmutableArray<(string Standing, int Count, double Share)> StandingShares =>
    [
        .. ByStanding.Where(s => s.Name is SpeakerStanding.Executive or SpeakerStanding.NonExecutive or SpeakerStanding.Opposition or SpeakerStanding.Member)
            .Select(s => (s.Name, s.Total, MemberQuotations == 0 ? 0 : s.Total / (double)MemberQuotations)),
    ];

    /// <summary>Every share flagged, over all polls.</summary>
    public IEnumerable<(PollBalance Poll, GroupShare Share)> Flags => Polls.SelectMany(p => p.Shares.Where(s => s.Flagged).Select(s => (p, s)));

    private static readonly string[] StandingOrder =
        [SpeakerStanding.Executive, SpeakerStanding.NonExecutive, SpeakerStanding.Opposition, SpeakerStanding.Member, SpeakerStanding.Officer, SpeakerStanding.External, SpeakerStanding.Unattributed];

    /// <summary>The balance of <paramref name="quotations"/>, compared before each of <paramref name="elections"/> under <paramref name="settings"/>.</summary>
    public static BalanceReport Build(IReadOnlyCollection<HistoryQuotation> quotations, IEnumerable<Election> elections, BalanceSettings settings)
    {
        ArgumentNullException.ThrowIfNull(quotations);
        ArgumentNullException.ThrowIfNull(elections);
        ArgumentNullException.ThrowIfNull(settings);
        var months = MonthsOf(quotations);
        var index = months.Select((m, i) => (m, i)).ToDictionary(x => x.m, x => x.i, StringComparer.Ordinal);
        var members = quotations.Where(q => q.IsMember).ToList();
        var byParty = Series(members, PartyOf, index, months.Length).OrderByDescending(s => s.Total).ThenBy(s => s.Name, StringComparer.Ordinal);
        var byStanding = Series(quotations, q => q.Standing, index, months.Length).OrderBy(s => Array.IndexOf(StandingOrder, s.Name));
        var byPerson = Series(quotations.Where(q => q.Name is not null), PersonOf, index, months.Length).OrderByDescending(s => s.Total).ThenBy(s => s.Name, StringComparer.Ordinal);
        var polls = elections
            .Select(e => PollBalance.Compare(e, members, settings))
            .Where(p => p.WindowQuotations + p.RestQuotations > 0)
            .OrderBy(p => p.Poll)
            .ThenBy(p => p.ElectionId, StringComparer.Ordinal);
        return new BalanceReport(months, [.. byParty], [.. byStanding], [.. byPerson], [.. polls], settings);
    }

    /// <summary>The group a member's quotation counts under by party.</summary>
    public static string PartyOf(HistoryQuotation quotation) => quotation?.Party is { Length: > 0 } party ? party : NoParty;

    /// <summary>A speaker as the report names them: the name, with the party where one is known.</summary>
    public static string PersonOf(HistoryQuotation quotation) =>
        quotation?.Party is { Length: > 0 } party ? $"{quotation.Name} ({party})" : quotation?.Name ?? string.Empty;

    /// <summary>The month of <paramref name="date"/> as the report writes it ("2026-03").</summary>
    public static string MonthOf(LocalDate date) => date.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static ImmutableArray<string> MonthsOf(IReadOnlyCollection<HistoryQuotation> quotations)
    {
        if (quotations.Count == 0)
        {
            return [];
        }

        var first = quotations.Min(q => q.PublishOn).With(DateAdjusters.StartOfMonth);
        var last = quotations.Max(q => q.PublishOn);
        var months = ImmutableArray.CreateBuilder<string>();
        for (var month = first; month <= last; month = month.PlusMonths(1))
        {
            months.Add(MonthOf(month));
        }

        return months.ToImmutable();
    }

    private static IEnumerable<BalanceSeries> Series(IEnumerable<HistoryQuotation> quotations, Func<HistoryQuotation, string> key, Dictionary<string, int> months, int count) =>
        quotations.GroupBy(key, StringComparer.Ordinal).Select(g =>
        {
            var perMonth = new int[count];
            foreach (var q in g)
            {
                perMonth[months[MonthOf(q.PublishOn)]]++;
            }

            return new BalanceSeries(g.Key, [.. perMonth]);
        });
}

/// <summary>A count of quotations for one party, standing or person, month by month.</summary>
/// <param name="Name">The party, standing or person.</param>
/// <param name="PerMonth">The count in each month of <see cref="BalanceReport.Months"/>.</param>
public sealed record BalanceSeries(string Name, ImmutableArray<int> PerMonth)
{
    /// <summary>The count over every month.</summary>
    public int Total => PerMonth.Sum();
}
