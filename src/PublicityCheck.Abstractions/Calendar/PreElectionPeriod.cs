using System.Collections.Immutable;
using NodaTime;

namespace PublicityCheck.Calendar;

/// <summary>
/// The pre-election period of an election: from the statutory start (or the day the council actually published
/// its notice) to the close of poll at 10pm on polling day. The engine works out the statutory start and which days
/// are working days from the election's timetable; the period holds the results.
/// </summary>
public sealed class PreElectionPeriod
{
    /// <summary>Polls close at 10pm.</summary>
    public static readonly LocalTime CloseOfPollTime = new(22, 0);

    private readonly Func<LocalDate, bool> _isWorkingDay;

    /// <summary>Creates the period of <paramref name="election"/>.</summary>
    /// <param name="election">The election.</param>
    /// <param name="statutoryStart">The day the period starts by statute: dissolution, or the last day for the notice of election.</param>
    /// <param name="isWorkingDay">Whether a day counts as a working day in the election's timetable.</param>
    public PreElectionPeriod(Election election, LocalDate statutoryStart, Func<LocalDate, bool> isWorkingDay)
    {
        ArgumentNullException.ThrowIfNull(election);
        ArgumentNullException.ThrowIfNull(isWorkingDay);
        Election = election;
        StatutoryStart = statutoryStart;
        _isWorkingDay = isWorkingDay;
    }

    /// <summary>The election.</summary>
    public Election Election { get; }

    /// <summary>The day the period starts by statute.</summary>
    public LocalDate StatutoryStart { get; }

    /// <summary>
    /// The first day of the period: the day the council published its notice, where configured, else
    /// <see cref="StatutoryStart"/>; or, when the poll is combined with others on the same day that start earlier,
    /// the earliest of their starts (<see cref="CombinedStart"/>).
    /// </summary>
    public LocalDate Start => CombinedStart is { } combined && combined < OwnStart ? combined : OwnStart;

    /// <summary>The first day of the period by this election's own timetable, as if it were not combined with another poll.</summary>
    public LocalDate OwnStart => Election.Start ?? StatutoryStart;

    /// <summary>
    /// The earliest start of the polls taken on the same day as this one (<see cref="CombinedWith"/>), when one of them
    /// starts before this election's own timetable does; null when the poll stands alone.
    /// </summary>
    public LocalDate? CombinedStart { get; init; }

    /// <summary>The other configured polls held on the same day, whose earliest start applies to this one too.</summary>
    public ImmutableArray<Election> CombinedWith { get; init; } = [];

    /// <summary>The last day of the period: polling day.</summary>
    public LocalDate End => Election.Poll;

    /// <summary>The moment the period ends: 10pm on polling day.</summary>
    public LocalDateTime CloseOfPoll => End.At(CloseOfPollTime);

    /// <summary>Whether the period is in force on <paramref name="date"/>.</summary>
    public bool IsInForceOn(LocalDate date) => date >= Start && date <= End;

    /// <summary>Whether the period is in force at <paramref name="moment"/>; it ends when the polls close.</summary>
    public bool IsInForceAt(LocalDateTime moment) => moment.Date >= Start && moment < CloseOfPoll;

    /// <summary>Whether <paramref name="date"/> counts as a working day in the election's timetable.</summary>
    public bool IsWorkingDay(LocalDate date) => _isWorkingDay(date);

    /// <summary>
    /// Whether <paramref name="date"/> falls in the <paramref name="workingDays"/> working days before the period
    /// starts (counted in the election's own working days).
    /// </summary>
    public bool StartsWithin(LocalDate date, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        if (date >= Start)
        {
            return false;
        }

        // The workingDays-th working day before the start, counting back from the day before it.
        var day = Start;
        for (var found = 0; found < workingDays;)
        {
            day = day.PlusDays(-1);
            if (_isWorkingDay(day))
            {
                found++;
            }
        }

        return date >= day;
    }
}
