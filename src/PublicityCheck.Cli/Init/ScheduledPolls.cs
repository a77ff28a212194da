using NodaTime;
using PublicityCheck.Calendar;

namespace PublicityCheck.Cli.Init;

/// <summary>A poll set by law for a known day, as <c>init</c> writes it into a new configuration.</summary>
/// <param name="Id">The election's id in the configuration (<c>local-2027</c>).</param>
/// <param name="Name">Its name in messages (<c>council elections</c>).</param>
/// <param name="Poll">Polling day.</param>
/// <param name="Type">The kind of poll.</param>
/// <param name="Country">Where it is held.</param>
/// <param name="Note">What a council should check before relying on it.</param>
internal sealed record ScheduledPoll(string Id, string Name, LocalDate Poll, ElectionType Type, UkCountry Country, string Note);

/// <summary>
/// The ordinary local elections the law schedules, by country: the first Thursday in May of the years of each
/// council's cycle. In England a borough, district or unitary council may elect every year (by thirds or halves) or
/// every fourth year, so the next May is offered for the council to confirm; county councils elect every fourth
/// year from 2025. Councils in Wales and Scotland elect every fifth year from 2022, and in Northern Ireland every
/// fourth year from 2023. A UK Parliamentary general election has no fixed day, so none is offered.
/// </summary>
internal static class ScheduledPolls
{
    /// <summary>The next ordinary local poll on or after <paramref name="today"/> for a council of this kind and country.</summary>
    /// <param name="today">The day to count from.</param>
    /// <param name="country">Where the council is.</param>
    /// <param name="county">Whether it is a county council (which matters in England only).</param>
    public static ScheduledPoll NextLocal(LocalDate today, UkCountry country, bool county)
    {
        var (firstYear, every, note) = (country, county) switch
        {
            (UkCountry.England, true) => (2025, 4, "County councils in England elect every fourth year; check the council's own cycle, as reorganisation has moved some."),
            (UkCountry.England, false) => (2025, 1, "Councils in England elect all at once every fourth year, or by thirds or halves; keep this poll only if the council has seats up that day."),
            (UkCountry.Wales, _) => (2022, 5, "Councils in Wales elect every fifth year."),
            (UkCountry.Scotland, _) => (2022, 5, "Councils in Scotland elect every fifth year."),
            _ => (2023, 4, "Councils in Northern Ireland elect every fourth year."),
        };

        var year = today.Year;
        while ((year - firstYear) % every != 0 || FirstThursdayOfMay(year) < today)
        {
            year++;
        }

        var name = county && country == UkCountry.England ? "county council elections" : "council elections";
        return new ScheduledPoll($"local-{year}", name, FirstThursdayOfMay(year), ElectionType.Local, country, note);
    }

    /// <summary>
    /// The other polls the law schedules in <paramref name="country"/> that a council's area may be in, named by their
    /// election identifiers, each the next on or after <paramref name="today"/>: police and crime commissioners in
    /// England and Wales (every fourth year from 2024; Police Reform and Social Responsibility Act 2011 s.50 and the
    /// Coronavirus Act 2020's postponement), the Mayor of London and London Assembly (every fourth year from 2024;
    /// Greater London Authority Act 1999 s.3), the Scottish Parliament (the fifth calendar year after 2021; Scotland
    /// Act 1998 s.2(2)) and the Northern Ireland Assembly (the fifth calendar year after 2022; Northern Ireland Act
    /// 1998 s.31(1)) and Senedd Cymru (every fourth year from 2026: Government of Wales Act 2006 s.3 as amended by the
    /// Senedd Cymru (Members and Elections) Act 2024, which shortened the term from five years to four).
    /// </summary>
    public static IReadOnlyList<ScheduledPoll> Others(LocalDate today, UkCountry country) => country switch
    {
        UkCountry.England =>
        [
            Next(today, 2024, 4, year => new ScheduledPoll($"pcc.{Iso(year)}", "police and crime commissioner election", FirstThursdayOfMay(year), ElectionType.Pcc, country, "Every police area in England but London's, and those whose mayor holds the commissioner's functions.")),
            Next(today, 2024, 4, year => new ScheduledPoll($"gla.{Iso(year)}", "Mayor of London and London Assembly elections", FirstThursdayOfMay(year), ElectionType.Gla, country, "London boroughs and the City of London only; its notice falls five working days before the boroughs'.")),
        ],
        UkCountry.Wales =>
        [
            Next(today, 2024, 4, year => new ScheduledPoll($"pcc.{Iso(year)}", "police and crime commissioner election", FirstThursdayOfMay(year), ElectionType.Pcc, country, "Every police area in Wales.")),
            Next(today, 2026, 4, year => new ScheduledPoll($"senedd.{Iso(year)}", "Senedd Cymru general election", FirstThursdayOfMay(year), ElectionType.Senedd, country, "Every council in Wales.")),
        ],
        UkCountry.Scotland =>
        [
            Next(today, 2021, 5, year => new ScheduledPoll($"sp.{Iso(year)}", "Scottish Parliament election", FirstThursdayOfMay(year), ElectionType.ScottishParliament, country, "Every council in Scotland.")),
        ],
        _ =>
        [
            Next(today, 2022, 5, year => new ScheduledPoll($"nia.{Iso(year)}", "Northern Ireland Assembly election", FirstThursdayOfMay(year), ElectionType.NorthernIrelandAssembly, country, "Every council in Northern Ireland; the period starts at dissolution.")),
        ],
    };

    private static ScheduledPoll Next(LocalDate today, int firstYear, int every, Func<int, ScheduledPoll> poll)
    {
        var year = Math.Max(today.Year, firstYear);
        while ((year - firstYear) % every != 0 || FirstThursdayOfMay(year) < today)
        {
            year++;
        }

        return poll(year);
    }

    private static string Iso(int year) => NodaTime.Text.LocalDatePattern.Iso.Format(FirstThursdayOfMay(year));

    /// <summary>The first Thursday in May of <paramref name="year"/>, the day ordinary local elections are held.</summary>
    public static LocalDate FirstThursdayOfMay(int year)
    {
        var first = new LocalDate(year, 5, 1);
        return first.DayOfWeek <= IsoDayOfWeek.Thursday
            ? first.PlusDays(IsoDayOfWeek.Thursday - first.DayOfWeek)
            : first.PlusDays(7 - (first.DayOfWeek - IsoDayOfWeek.Thursday));
    }
}
