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

    /// <summary>The first Thursday in May of <paramref name="year"/>, the day ordinary local elections are held.</summary>
    public static LocalDate FirstThursdayOfMay(int year)
    {
        var first = new LocalDate(year, 5, 1);
        return first.DayOfWeek <= IsoDayOfWeek.Thursday
            ? first.PlusDays(IsoDayOfWeek.Thursday - first.DayOfWeek)
            : first.PlusDays(7 - (first.DayOfWeek - IsoDayOfWeek.Thursday));
    }
}
