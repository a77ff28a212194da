using NodaTime;
using NodaTime.Text;

namespace PublicityCheck.Releases;

/// <summary>Dates as findings write them.</summary>
public static class ReleaseDates
{
    private static readonly LocalDatePattern Pattern = LocalDatePattern.CreateWithInvariantCulture("d MMMM uuuu");

    /// <summary>A date as messages write it: 7 May 2026.</summary>
    public static string Format(LocalDate date) => Pattern.Format(date);
}
