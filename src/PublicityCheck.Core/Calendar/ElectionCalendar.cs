using System.Collections.Immutable;
using NodaTime;
using PublicityCheck.Configuration;

namespace PublicityCheck.Calendar;

/// <summary>The configured elections with their pre-election periods, and which of them matter on a given day.</summary>
public sealed class ElectionCalendar
{
    private readonly Dictionary<PreElectionPeriod, StatutoryTimetable> _timetables;

    /// <summary>Computes the periods of <paramref name="elections"/>.</summary>
    public ElectionCalendar(IEnumerable<Election> elections, CalendarSettings settings)
    {
        ArgumentNullException.ThrowIfNull(elections);
        ArgumentNullException.ThrowIfNull(settings);
        Settings = settings;
        var timetables = new Dictionary<PreElectionPeriod, StatutoryTimetable>(ReferenceEqualityComparer.Instance);
        foreach (var election in elections)
        {
            var timetable = StatutoryTimetable.For(election.Poll, election.Type, election.Country, settings.ExtraDiesNon);
            timetables.Add(new PreElectionPeriod(election, timetable.PeriodStart, timetable.WorkingDays.IsWorkingDay), timetable);
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
