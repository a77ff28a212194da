using System.Collections.Immutable;
using NodaTime;

namespace PublicityCheck.Calendar;

/// <summary>
/// The working days by which an election timetable is counted. The days left out (dies non) are Saturdays,
/// Sundays, Christmas Eve, Christmas Day, Good Friday, the bank holidays of the divisions the election's rules
/// name, days appointed for public thanksgiving or mourning, and, for Scotland's local elections, Easter Monday.
/// </summary>
internal sealed class WorkingDayCalendar
{
    private readonly BankHolidays _bankHolidays;

    /// <summary>Creates a calendar.</summary>
    /// <param name="divisions">The parts of the UK whose bank holidays are left out.</param>
    /// <param name="excludeEasterMonday">Whether Easter Monday is left out even where it is not a bank holiday (Scotland).</param>
    /// <param name="appointedDays">Days appointed for public thanksgiving or mourning.</param>
    /// <param name="bankHolidays">The bank holidays; by default the shipped table and the rules.</param>
    public WorkingDayCalendar(
        IEnumerable<BankHolidayDivision> divisions,
        bool excludeEasterMonday = false,
        IEnumerable<LocalDate>? appointedDays = null,
        BankHolidays? bankHolidays = null)
    {
        ArgumentNullException.ThrowIfNull(divisions);
        Divisions = [.. divisions.Distinct()];
        ExcludesEasterMonday = excludeEasterMonday;
        AppointedDays = [.. appointedDays ?? []];
        _bankHolidays = bankHolidays ?? BankHolidays.Default;
    }

    /// <summary>The parts of the UK whose bank holidays are left out.</summary>
    public ImmutableArray<BankHolidayDivision> Divisions { get; }

    /// <summary>Whether Easter Monday is left out wherever it is not already a bank holiday.</summary>
    public bool ExcludesEasterMonday { get; }

    /// <summary>Days appointed for public thanksgiving or mourning.</summary>
    public ImmutableHashSet<LocalDate> AppointedDays { get; }

    /// <summary>Whether <paramref name="date"/> counts as a working day.</summary>
    public bool IsWorkingDay(LocalDate date) => WhyNotAWorkingDay(date) is null;

    /// <summary>Why <paramref name="date"/> is not a working day (<c>Saturday</c>, <c>Good Friday</c>, a bank holiday's name), or null when it is one.</summary>
    public string? WhyNotAWorkingDay(LocalDate date)
    {
        if (date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday)
        {
            return date.DayOfWeek.ToString();
        }

        if (date.Month == 12 && date.Day is 24 or 25)
        {
            return date.Day == 24 ? "Christmas Eve" : "Christmas Day";
        }

        if (date == Easter.GoodFriday(date.Year))
        {
            return "Good Friday";
        }

        foreach (var division in Divisions)
        {
            if (_bankHolidays.On(date, division) is { } holiday)
            {
                return $"{holiday.Name} (bank holiday in {division.ToName()})";
            }
        }

        if (ExcludesEasterMonday && date == Easter.Monday(date.Year))
        {
            return "Easter Monday";
        }

        return AppointedDays.Contains(date) ? "a day appointed for public thanksgiving or mourning" : null;
    }

    /// <summary>
    /// The <paramref name="count"/>th working day before <paramref name="date"/>, counting back from the day
    /// before it (the 1st working day before a Thursday poll is the Wednesday).
    /// </summary>
    public LocalDate WorkingDaysBefore(LocalDate date, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var day = date;
        for (var found = 0; found < count;)
        {
            day = day.PlusDays(-1);
            if (IsWorkingDay(day))
            {
                found++;
            }
        }

        return day;
    }

    /// <summary>
    /// The <paramref name="count"/>th working day after <paramref name="date"/>, counting on from the day after it
    /// (the 2nd working day after a writ received on a Monday is the Wednesday).
    /// </summary>
    public LocalDate WorkingDaysAfter(LocalDate date, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var day = date;
        for (var found = 0; found < count;)
        {
            day = day.PlusDays(1);
            if (IsWorkingDay(day))
            {
                found++;
            }
        }

        return day;
    }
}
