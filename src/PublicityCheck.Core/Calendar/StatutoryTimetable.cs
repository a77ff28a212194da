using NodaTime;
using NodaTime.Text;

namespace PublicityCheck.Calendar;

/// <summary>
/// The statutory timetable of a poll, as far as the pre-election period needs it: when the body is dissolved (a UK
/// Parliamentary general election, a Northern Ireland Assembly election), when the writ was received (a UK
/// Parliamentary by-election), the last day for publishing the notice of election, and the period from then to the
/// close of poll. Each kind's rule and its source are listed in <c>lexicons/calendar/README.md</c>.
/// </summary>
public sealed record StatutoryTimetable
{
    private StatutoryTimetable(LocalDate poll, ElectionType type, UkCountry country, LocalDate? dissolution, LocalDate noticeOfElection, LocalDate periodStart, WorkingDayCalendar workingDays, string rule)
    {
        Poll = poll;
        Type = type;
        Country = country;
        Dissolution = dissolution;
        NoticeOfElection = noticeOfElection;
        PeriodStart = periodStart;
        WorkingDays = workingDays;
        Rule = rule;
    }

    /// <summary>Polling day.</summary>
    public LocalDate Poll { get; }

    /// <summary>The kind of poll.</summary>
    public ElectionType Type { get; }

    /// <summary>Where it is held.</summary>
    public UkCountry Country { get; }

    /// <summary>The day Parliament or the Northern Ireland Assembly is dissolved, for a general election of either; otherwise null.</summary>
    public LocalDate? Dissolution { get; }

    /// <summary>The day the writ was received, for a UK Parliamentary by-election worked out from it; otherwise null.</summary>
    public LocalDate? Writ { get; private init; }

    /// <summary>
    /// The last day for publishing the notice of election (for a neighbourhood planning referendum, the information
    /// statement; for a national referendum, the start of the referendum period its Act sets).
    /// </summary>
    public LocalDate NoticeOfElection { get; }

    /// <summary>The day the pre-election period starts, by statute: dissolution, or the notice of election.</summary>
    public LocalDate PeriodStart { get; }

    /// <summary>
    /// The first day the notice of election may be published, where the rules set one (a Scottish Parliament election
    /// or by-election: the 35th working day before the poll); otherwise null. A notice published earlier than this is
    /// not a notice the rules allow.
    /// </summary>
    public LocalDate? NoticeNotBefore { get; private init; }

    /// <summary>The rule the timetable was worked out by, with its source, in a sentence (<c>notice by the 30th working day before the poll ...</c>).</summary>
    public string Rule { get; }

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
        (ElectionType.ScottishParliament or ElectionType.ScottishParliamentByElection, not UkCountry.Scotland) => "the Scottish Parliament is elected only in Scotland",
        (ElectionType.NorthernIrelandAssembly, not UkCountry.NorthernIreland) => "the Northern Ireland Assembly is elected only in Northern Ireland",
        (ElectionType.Senedd or ElectionType.SeneddByElection, not UkCountry.Wales) => "Senedd Cymru is elected only in Wales",
        (ElectionType.CouncilTaxReferendum, not UkCountry.England) => "council tax referendums are held only in England (Local Government Finance Act 1992, Part 1, Chapter 4ZA)",
        (ElectionType.Gla, not UkCountry.England) => "the Mayor of London and the London Assembly are elected only in England",
        (ElectionType.NeighbourhoodPlanningReferendum, not UkCountry.England) => "neighbourhood planning referendums are held only in England",
        _ => null,
    };

    /// <summary>
    /// Why polling day alone does not give the timetable of <paramref name="type"/>, saying what the configuration
    /// must give instead; null when it does.
    /// </summary>
    public static string? WhyPollIsNotEnough(ElectionType type) => type switch
    {
        ElectionType.ParliamentaryByElection => "a UK Parliamentary by-election's timetable runs from the day the writ is received (the poll falls 21 to 27 working days after it), so give \"writ\" (the day it was received) or \"start\" (the day the notice of election was published)",
        ElectionType.NationalReferendum => "a national referendum's period is set by the Act that calls it, so give \"start\": the first day of the referendum period",
        ElectionType.SeneddByElection => "a Senedd by-election's notice of election is timed by a rule PublicityCheck has not confirmed from its source, so give \"start\": the day the notice of election was published",
        ElectionType.CouncilTaxReferendum => "a council tax referendum's first notice is published by the authority not fewer than 28 days before the poll, and the counting officer's timetable has not been confirmed from its source, so give \"start\": the day the first notice of the referendum was published",
        _ => null,
    };

    /// <summary>
    /// Whether the configured <see cref="Election.Start"/> is itself what the timetable of <paramref name="election"/>
    /// is counted from (a UK Parliamentary by-election given by its notice, a national referendum, a Senedd by-election, a
    /// council tax referendum), rather than a day held against the statutory one.
    /// </summary>
    internal static bool IsTimedFromStart(Election election)
    {
        ArgumentNullException.ThrowIfNull(election);
        return (election.Type == ElectionType.ParliamentaryByElection && election.Writ is null)
            || election.Type is ElectionType.NationalReferendum or ElectionType.SeneddByElection or ElectionType.CouncilTaxReferendum;
    }

    /// <summary>
    /// Computes the timetable of a poll from its polling day, by the rule of its kind (see
    /// <c>lexicons/calendar/README.md</c>): UK Parliamentary general election, dissolution on the 25th working day
    /// before the poll and the notice by the 22nd, a bank holiday in any part of the UK left out; Northern Ireland
    /// Assembly, dissolution and notice on the 25th, Northern Ireland's bank holidays left out; Scottish Parliament
    /// elections and by-elections, the notice between the 35th and the 28th working day, and Scotland's local polls,
    /// the notice by the 28th, Scotland's bank holidays and Easter Monday left out; Mayor of London and London
    /// Assembly, the notice by the 30th; Senedd Cymru, the notice by the 25th, the bank holidays of England and Wales left out; neighbourhood planning referendum, the information statement by the 28th;
    /// other polls, the notice by the 25th working day, the bank holidays of England and Wales (or of Northern
    /// Ireland) left out.
    /// </summary>
    /// <param name="poll">Polling day.</param>
    /// <param name="type">The kind of poll.</param>
    /// <param name="country">Where it is held.</param>
    /// <param name="appointedDays">Days appointed for public thanksgiving or mourning, left out as well.</param>
    /// <exception cref="ArgumentException">
    /// The statutes give no timetable for this type in this country, or polling day alone does not give it (see
    /// <see cref="WhyPollIsNotEnough"/>).
    /// </exception>
    public static StatutoryTimetable For(LocalDate poll, ElectionType type, UkCountry country, IEnumerable<LocalDate>? appointedDays = null)
    {
        if (WhyUndefined(type, country) is { } reason)
        {
            throw new ArgumentException(reason, nameof(type));
        }

        if (WhyPollIsNotEnough(type) is { } notEnough)
        {
            throw new ArgumentException(notEnough, nameof(type));
        }

        switch (type)
        {
            case ElectionType.Parliamentary:
            {
                var uk = new WorkingDayCalendar(Enum.GetValues<BankHolidayDivision>(), appointedDays: appointedDays);
                var dissolution = uk.WorkingDaysBefore(poll, 25);
                return new StatutoryTimetable(poll, type, country, dissolution, uk.WorkingDaysBefore(poll, 22), dissolution, uk, Rules.Parliamentary);
            }

            case ElectionType.NorthernIrelandAssembly:
            {
                var ni = new WorkingDayCalendar([BankHolidayDivision.NorthernIreland], appointedDays: appointedDays);
                var dissolution = ni.WorkingDaysBefore(poll, 25);
                return new StatutoryTimetable(poll, type, country, dissolution, dissolution, dissolution, ni, Rules.NorthernIrelandAssembly);
            }

            case ElectionType.ScottishParliament:
                return NoticeBetween(poll, type, country, ScotlandWithEasterMonday(appointedDays), 35, 28, Rules.ScottishParliament);

            case ElectionType.ScottishParliamentByElection:
                return NoticeBetween(poll, type, country, ScotlandWithEasterMonday(appointedDays), 35, 28, Rules.ScottishParliamentByElection);

            case ElectionType.Gla:
                return Notice(poll, type, country, CountryCalendar(country, appointedDays), 30, Rules.Gla);

            case ElectionType.Senedd:
                return Notice(poll, type, country, CountryCalendar(country, appointedDays), 25, Rules.Senedd);

            case ElectionType.NeighbourhoodPlanningReferendum:
                return Notice(poll, type, country, CountryCalendar(country, appointedDays), 28, Rules.NeighbourhoodPlanningReferendum);

            default:
                return country == UkCountry.Scotland
                    ? Notice(poll, type, country, ScotlandWithEasterMonday(appointedDays), 28, Rules.ScottishLocal)
                    : Notice(poll, type, country, CountryCalendar(country, appointedDays), 25, RuleOf25(type, country));
        }
    }

    /// <summary>
    /// Computes the timetable of a UK Parliamentary by-election from the day the writ was received: the notice of
    /// election by the 2nd working day after it (Representation of the People Act 1983, Schedule 1, rules 1 and 2),
    /// the bank holidays of the part of the UK the constituency is in left out.
    /// </summary>
    /// <param name="writ">The day the writ was received (the day after the Speaker's warrant for it was issued).</param>
    /// <param name="poll">Polling day, which the returning officer fixes 21 to 27 working days after the writ.</param>
    /// <param name="country">Where the constituency is.</param>
    /// <param name="appointedDays">Days appointed for public thanksgiving or mourning, left out as well.</param>
    /// <exception cref="ArgumentException">The poll is not after the last day for the notice.</exception>
    public static StatutoryTimetable ForParliamentaryByElection(LocalDate writ, LocalDate poll, UkCountry country, IEnumerable<LocalDate>? appointedDays = null)
    {
        var calendar = CountryCalendar(country, appointedDays);
        var notice = calendar.WorkingDaysAfter(writ, 2);
        if (poll <= notice)
        {
            throw new ArgumentException($"the poll ({LocalDatePattern.Iso.Format(poll)}) must fall after the last day for the notice of election ({LocalDatePattern.Iso.Format(notice)}), 21 to 27 working days after the writ", nameof(poll));
        }

        return new StatutoryTimetable(poll, ElectionType.ParliamentaryByElection, country, null, notice, notice, calendar, Rules.ParliamentaryByElection) { Writ = writ };
    }

    /// <summary>
    /// The timetable of <paramref name="election"/>: from its polling day, or for a UK Parliamentary by-election from
    /// its writ (or the notice it gives as <see cref="Election.Start"/>), or for a national referendum from the start
    /// of the referendum period it gives.
    /// </summary>
    /// <exception cref="ArgumentException">The election does not give what its kind needs (<see cref="WhyPollIsNotEnough"/>).</exception>
    public static StatutoryTimetable For(Election election, IEnumerable<LocalDate>? appointedDays = null)
    {
        ArgumentNullException.ThrowIfNull(election);
        switch (election.Type)
        {
            case ElectionType.ParliamentaryByElection when election.Writ is { } writ:
                return ForParliamentaryByElection(writ, election.Poll, election.Country, appointedDays);
            case ElectionType.ParliamentaryByElection when election.Start is { } notice:
                return new StatutoryTimetable(election.Poll, election.Type, election.Country, null, notice, notice, CountryCalendar(election.Country, appointedDays), Rules.ParliamentaryByElectionFromNotice);
            case ElectionType.NationalReferendum when election.Start is { } start:
                var uk = new WorkingDayCalendar(Enum.GetValues<BankHolidayDivision>(), appointedDays: appointedDays);
                return new StatutoryTimetable(election.Poll, election.Type, election.Country, null, start, start, uk, Rules.NationalReferendum);
            case ElectionType.SeneddByElection when election.Poll >= ElectionIdentifier.FirstSeneddElectedByClosedLists:
                throw new ArgumentException(ElectionIdentifier.NoSeneddByElections, nameof(election));
            case ElectionType.SeneddByElection or ElectionType.CouncilTaxReferendum when election.Start is { } start:
                if (WhyUndefined(election.Type, election.Country) is { } reason)
                {
                    throw new ArgumentException(reason, nameof(election));
                }

                if (start > election.Poll)
                {
                    throw new ArgumentException($"the notice ({LocalDatePattern.Iso.Format(start)}) must come before the poll ({LocalDatePattern.Iso.Format(election.Poll)})", nameof(election));
                }

                return new StatutoryTimetable(election.Poll, election.Type, election.Country, null, start, start, CountryCalendar(election.Country, appointedDays), election.Type == ElectionType.SeneddByElection ? Rules.SeneddByElection : Rules.CouncilTaxReferendum);
            default:
                return For(election.Poll, election.Type, election.Country, appointedDays);
        }
    }

    private static StatutoryTimetable Notice(LocalDate poll, ElectionType type, UkCountry country, WorkingDayCalendar calendar, int days, string rule)
    {
        var notice = calendar.WorkingDaysBefore(poll, days);
        return new StatutoryTimetable(poll, type, country, null, notice, notice, calendar, rule);
    }

    private static StatutoryTimetable NoticeBetween(LocalDate poll, ElectionType type, UkCountry country, WorkingDayCalendar calendar, int earliest, int latest, string rule) =>
        Notice(poll, type, country, calendar, latest, rule) with { NoticeNotBefore = calendar.WorkingDaysBefore(poll, earliest) };

    private static WorkingDayCalendar ScotlandWithEasterMonday(IEnumerable<LocalDate>? appointedDays) =>
        new([BankHolidayDivision.Scotland], excludeEasterMonday: true, appointedDays);

    private static WorkingDayCalendar CountryCalendar(UkCountry country, IEnumerable<LocalDate>? appointedDays) => country switch
    {
        UkCountry.Scotland => new WorkingDayCalendar([BankHolidayDivision.Scotland], appointedDays: appointedDays),
        UkCountry.NorthernIreland => new WorkingDayCalendar([BankHolidayDivision.NorthernIreland], appointedDays: appointedDays),
        _ => new WorkingDayCalendar([BankHolidayDivision.EnglandAndWales], appointedDays: appointedDays),
    };

    private static string RuleOf25(ElectionType type, UkCountry country) => (type, country) switch
    {
        (_, UkCountry.NorthernIreland) => Rules.NorthernIrelandLocal,
        (ElectionType.Pcc, _) => Rules.Pcc,
        (ElectionType.Mayoral, _) => Rules.Mayoral,
        (ElectionType.Referendum, _) => Rules.Referendum,
        _ => Rules.Local,
    };

    /// <summary>The rules, with their sources, as <c>lexicons/calendar/README.md</c> lists them.</summary>
    private static class Rules
    {
        public const string Parliamentary = "dissolution on the 25th working day before the poll and the notice of election by the 22nd; a bank holiday in any part of the UK left out (Dissolution and Calling of Parliament Act 2022; Representation of the People Act 1983, Schedule 1, rules 1-2)";
        public const string ParliamentaryByElection = "the notice of election by the 2nd working day after the writ is received; the bank holidays of the constituency's part of the UK left out (Representation of the People Act 1983, Schedule 1, rules 1-2)";
        public const string ParliamentaryByElectionFromNotice = "the notice of election as configured: a by-election's timetable runs from its writ (Representation of the People Act 1983, Schedule 1, rule 1)";
        public const string NorthernIrelandAssembly = "dissolution at the start of the minimum period of 26 days ending with the poll, that is on the 25th working day before it, with the notice of election that day; Northern Ireland's bank holidays left out (Northern Ireland Act 1998 s.31; Northern Ireland Assembly (Minimum Period) Order 2010)";
        public const string ScottishParliament = "the notice of election not earlier than the 35th working day before the poll and not later than the 28th; Scotland's bank holidays and Easter Monday left out (Scottish Parliament (Elections etc.) Order 2015, Schedule 2, rule 1)";
        public const string ScottishParliamentByElection = "polling day as the Presiding Officer fixed it, and the notice of election not earlier than the 35th working day before the poll and not later than the 28th; Scotland's bank holidays and Easter Monday left out (Scotland Act 1998 s.9; Scottish Parliament (Elections etc.) Order 2015, Schedule 2, rule 1)";
        public const string ScottishLocal = "the notice of election by the 28th working day before the poll; Scotland's bank holidays and Easter Monday left out (Scottish Local Government Elections Order 2011)";
        public const string Gla = "the notice of election by the 30th working day before the poll; the bank holidays of England and Wales left out (Greater London Authority Elections Rules 2007)";
        public const string Senedd = "the notice of election by the 25th working day before the poll; the bank holidays of England and Wales left out (National Assembly for Wales (Representation of the People) Order 2007, Schedule 5, rules 1-2, for polls to 6 April 2026; Senedd Cymru (Representation of the People) Order 2025 after)";
        public const string NeighbourhoodPlanningReferendum = "the information statement by the 28th working day before the referendum; the bank holidays of England left out (Neighbourhood Planning (Referendums) Regulations 2012, regulations 4-5)";
        public const string SeneddByElection = "the notice of election as configured: polling day as the Presiding Officer fixed it (Government of Wales Act 2006 s.10, before its substitution by the Senedd Cymru (Members and Elections) Act 2024); the timetable rule for a by-election not confirmed from its source";
        public const string CouncilTaxReferendum = "the first notice of the referendum as configured: the authority publishes its notice not fewer than 28 days before the poll (Local Authorities (Conduct of Referendums) (Council Tax Increases) (England) Regulations 2012, regulations 4(2), 5(2) and 6(2)); the counting officer's timetable (Schedule 3, rule 1) not confirmed from its source";
        public const string NationalReferendum = "the referendum period as configured: a national referendum's period is set by the Act that calls it (Political Parties, Elections and Referendums Act 2000 s.102)";
        public const string Local = "the notice of election by the 25th working day before the poll; the bank holidays of England and Wales left out (Local Elections (Principal Areas) (England and Wales) Rules 2006, Schedule 2, rules 1-2)";
        public const string Pcc = "the notice of election by the 25th working day before the poll; the bank holidays of England and Wales left out (Police and Crime Commissioner Elections Order 2012, Schedule 3, rule 1)";
        public const string Mayoral = "the notice of election by the 25th working day before the poll; the bank holidays of England and Wales left out (Local Authorities (Mayoral Elections) (England and Wales) Regulations 2007; Combined Authorities (Mayoral Elections) Order 2017, Schedule 1)";
        public const string Referendum = "the notice of referendum by the 25th working day before the poll; the bank holidays of England and Wales left out (Local Authorities (Conduct of Referendums) (England) Regulations 2012)";
        public const string NorthernIrelandLocal = "the notice of election by the 25th working day before the poll; Northern Ireland's bank holidays left out (Electoral Law Act (Northern Ireland) 1962, Schedule 5)";
    }
}
