using System.Collections.Immutable;
using NodaTime;
using PublicityCheck.Configuration;

namespace PublicityCheck.Calendar;

/// <summary>The configured elections with their pre-election periods, and which of them matter on a given day.</summary>
public sealed class ElectionCalendar
{
    private readonly Dictionary<PreElectionPeriod, StatutoryTimetable> _timetables;

    /// <summary>
    /// Computes the periods of <paramref name="elections"/>. Polls held on the same day are combined: each period
    /// starts at the earliest start among them (a borough by-election taken with the GLA poll starts at the GLA's
    /// notice of election).
    /// </summary>
    public ElectionCalendar(IEnumerable<Election> elections, CalendarSettings settings)
    {
        ArgumentNullException.ThrowIfNull(elections);
        ArgumentNullException.ThrowIfNull(settings);
        Settings = settings;
        var own = elections.Select(e =>
        {
            var timetable = StatutoryTimetable.For(e, settings.ExtraDiesNon);
            return (Period: new PreElectionPeriod(e, timetable.PeriodStart, timetable.WorkingDays.IsWorkingDay), Timetable: timetable);
        }).ToList();

        var timetables = new Dictionary<PreElectionPeriod, StatutoryTimetable>(ReferenceEqualityComparer.Instance);
        foreach (var sameDay in own.GroupBy(p => p.Period.Election.Poll))
        {
            var earliest = sameDay.Min(p => p.Period.OwnStart);
            foreach (var (period, timetable) in sameDay)
            {
                var others = sameDay.Where(p => !ReferenceEquals(p.Period, period)).Select(p => p.Period.Election).ToImmutableArray();
                var combined = others.IsEmpty ? period : new PreElectionPeriod(period.Election, period.StatutoryStart, timetable.WorkingDays.IsWorkingDay)
                {
                    CombinedWith = others,
                    CombinedStart = earliest < period.OwnStart ? earliest : null,
                };
                timetables.Add(combined, timetable);
            }
        }

        _timetables = timetables;
        Periods = [.. timetables.Keys.OrderBy(p => p.Start).ThenBy(p => p.Election.Id, StringComparer.Ordinal)];
    }

    /// <summary>The settings the periods were computed with.</summary>
    public CalendarSettings Settings { get; }

    /// <summary>Every period, earliest start first.</summary>
    public ImmutableArray<PreElectionPeriod> Periods { get; }

    /// <summary>The calendar of the elections in <paramref name="configuration"/>.</summary>
    public static ElectionCalendar From(PublicityCheckConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return new ElectionCalendar(configuration.Elections, configuration.Calendar);
    }

    /// <summary>The statutory timetable <paramref name="period"/>, one of <see cref="Periods"/>, was worked out from.</summary>
    public StatutoryTimetable TimetableOf(PreElectionPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return _timetables.TryGetValue(period, out var timetable)
            ? timetable
            : throw new ArgumentException("the period is not one of this calendar's", nameof(period));
    }

    /// <summary>The periods in force on <paramref name="date"/>.</summary>
    public IEnumerable<PreElectionPeriod> InForceOn(LocalDate date) => Periods.Where(p => p.IsInForceOn(date));

    /// <summary>The periods that start within the configured number of working days after <paramref name="date"/>.</summary>
    public IEnumerable<PreElectionPeriod> StartingSoonAfter(LocalDate date) =>
        Periods.Where(p => p.StartsWithin(date, Settings.EffectiveNoticeWorkingDays));
}
