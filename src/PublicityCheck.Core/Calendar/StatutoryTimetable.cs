using NodaTime;

namespace PublicityCheck.Calendar;

/// <summary>
/// The statutory timetable of a poll, as far as the pre-election period needs it: when Parliament is dissolved
/// (a UK Parliamentary general election), the last day for publishing the notice of election, and the period
/// from then to the close of poll.
/// </summary>
public sealed record StatutoryTimetable
{
    private StatutoryTimetable(LocalDate poll, ElectionType type, UkCountry country, LocalDate? dissolution, LocalDate noticeOfElection, LocalDate periodStart, WorkingDayCalendar workingDays)
    {
        Poll = poll;
        Type = type;
        Country = country;
        Dissolution = dissolution;
        NoticeOfElection = noticeOfElection;
        PeriodStart = periodStart;
        WorkingDays = workingDays;
    }

    /// <summary>Polling day.</summary>
    public LocalDate Poll { get; }

    /// <summary>The kind of poll.</summary>
    public ElectionType Type { get; }

    /// <summary>Where it is held.</summary>
    public UkCountry Country { get; }

    /// <summary>The day Parliament is dissolved, for a UK Parliamentary general election; otherwise null.</summary>
    public LocalDate? Dissolution { get; }

    /// <summary>The last day for publishing the notice of election.</summary>
    public LocalDate NoticeOfElection { get; }

    /// <summary>The day the pre-election period starts, by statute: dissolution, or the notice of election.</summary>
    public LocalDate PeriodStart { get; }

    /// <summary>The working days the timetable is counted in.</summary>
    internal WorkingDayCalendar WorkingDays { get; }

    /// <summary>Polls close at 10pm.</summary>
    public static readonly LocalTime CloseOfPollTime = PreElectionPeriod.CloseOfPollTime;

    /// <summary>The last day of the period: polling day.</summary>
    public LocalDate PeriodEnd => Poll;

    /// <summary>The moment the period ends: the close of poll.</summary>
    public LocalDateTime CloseOfPoll => Poll.At(CloseOfPollTime);

    /// <summary>Why the statutes give no timetable for <paramref name="type"/> in <paramref name="country"/>, or null when they do.</summary>
    public static string? WhyUndefined(ElectionType type, UkCountry country) => (type, country) switch
    {
        (ElectionType.Pcc, UkCountry.Scotland or UkCountry.NorthernIreland) => "police and crime commissioners are elected only in England and Wales",
        (ElectionType.Mayoral, UkCountry.Scotland or UkCountry.NorthernIreland) => "directly elected mayors are elected only in England and Wales",
        _ => null,
    };

    /// <summary>
    /// Computes the timetable. UK Parliamentary general election: dissolution on the 25th working day before the
    /// poll, the notice of election by the 22nd, a bank holiday in any part of the UK left out. Scotland's local
    /// polls: the notice by the 28th working day, Scotland's bank holidays and Easter Monday left out. Other
    /// polls: the notice by the 25th working day, the bank holidays of England and Wales (or of Northern Ireland)
    /// left out.
    /// </summary>
    /// <param name="poll">Polling day.</param>
    /// <param name="type">The kind of poll.</param>
    /// <param name="country">Where it is held.</param>
    /// <param name="appointedDays">Days appointed for public thanksgiving or mourning, left out as well.</param>
    /// <exception cref="ArgumentException">The statutes give no timetable for this type in this country.</exception>
    public static StatutoryTimetable For(LocalDate poll, ElectionType type, UkCountry country, IEnumerable<LocalDate>? appointedDays = null)
    {
        if (WhyUndefined(type, country) is { } reason)
        {
            throw new ArgumentException(reason, nameof(type));
        }

        if (type == ElectionType.Parliamentary)
        {
            var uk = new WorkingDayCalendar(Enum.GetValues<BankHolidayDivision>(), appointedDays: appointedDays);
            var dissolution = uk.WorkingDaysBefore(poll, 25);
            return new StatutoryTimetable(poll, type, country, dissolution, uk.WorkingDaysBefore(poll, 22), dissolution, uk);
        }

        var (calendar, days) = country switch
        {
            UkCountry.Scotland => (new WorkingDayCalendar([BankHolidayDivision.Scotland], excludeEasterMonday: true, appointedDays), 28),
            UkCountry.NorthernIreland => (new WorkingDayCalendar([BankHolidayDivision.NorthernIreland], appointedDays: appointedDays), 25),
            _ => (new WorkingDayCalendar([BankHolidayDivision.EnglandAndWales], appointedDays: appointedDays), 25),
        };
        var notice = calendar.WorkingDaysBefore(poll, days);
        return new StatutoryTimetable(poll, type, country, null, notice, notice, calendar);
    }
}
