using NodaTime;

namespace PublicityCheck.Calendar;

/// <summary>
/// The pre-election period of an election: from the statutory start (or the day the council actually published
/// its notice) to the close of poll at 10pm on polling day.
/// </summary>
/// <param name="Election">The election.</param>
/// <param name="Timetable">Its statutory timetable.</param>
public sealed record PreElectionPeriod(Election Election, StatutoryTimetable Timetable)
{
    /// <summary>The first day of the period.</summary>
    public LocalDate Start => Election.Start ?? Timetable.PeriodStart;

    /// <summary>The last day of the period: polling day.</summary>
    public LocalDate End => Timetable.PeriodEnd;

    /// <summary>The moment the period ends: 10pm on polling day.</summary>
    public LocalDateTime CloseOfPoll => Timetable.CloseOfPoll;

    /// <summary>Whether the period is in force on <paramref name="date"/>.</summary>
    public bool IsInForceOn(LocalDate date) => date >= Start && date <= End;

    /// <summary>Whether the period is in force at <paramref name="moment"/>; it ends when the polls close.</summary>
    public bool IsInForceAt(LocalDateTime moment) => moment.Date >= Start && moment < CloseOfPoll;

    /// <summary>
    /// Whether <paramref name="date"/> falls in the <paramref name="workingDays"/> working days before the period
    /// starts (counted in the election's own working days).
    /// </summary>
    public bool StartsWithin(LocalDate date, int workingDays) =>
        date < Start && date >= Timetable.WorkingDays.WorkingDaysBefore(Start, workingDays);
}
