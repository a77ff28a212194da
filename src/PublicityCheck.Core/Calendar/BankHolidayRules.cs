using NodaTime;

namespace PublicityCheck.Calendar;

/// <summary>
/// The bank holidays the Banking and Financial Dealings Act 1971 (Schedule 1) and the standing proclamations give
/// a year, for years the shipped table does not cover. A fixed-date holiday that falls at a weekend moves to the
/// next weekday not already a holiday. One-off days appointed by proclamation cannot be foreseen and are not here.
/// </summary>
internal static class BankHolidayRules
{
    /// <summary>The bank holidays of <paramref name="year"/> in <paramref name="division"/>, in date order.</summary>
    public static IReadOnlyList<BankHoliday> For(int year, BankHolidayDivision division)
    {
        var fixedDays = new List<(LocalDate Date, string Name)> { (new LocalDate(year, 1, 1), "New Year's Day") };
        if (division == BankHolidayDivision.Scotland)
        {
            fixedDays.Add((new LocalDate(year, 1, 2), "2nd January"));
        }

        var days = WithSubstitutes(fixedDays);
        if (division == BankHolidayDivision.NorthernIreland)
        {
            days.AddRange(WithSubstitutes([(new LocalDate(year, 3, 17), "St Patrick's Day")]));
            days.AddRange(WithSubstitutes([(new LocalDate(year, 7, 12), "Battle of the Boyne (Orangemen's Day)")]));
        }

        days.Add((Easter.GoodFriday(year), "Good Friday"));
        if (division != BankHolidayDivision.Scotland)
        {
            days.Add((Easter.Monday(year), "Easter Monday"));
        }

        days.Add((FirstMonday(year, 5), "Early May bank holiday"));
        days.Add((LastMonday(year, 5), "Spring bank holiday"));
        days.Add((division == BankHolidayDivision.Scotland ? FirstMonday(year, 8) : LastMonday(year, 8), "Summer bank holiday"));
        if (division == BankHolidayDivision.Scotland)
        {
            days.AddRange(WithSubstitutes([(new LocalDate(year, 11, 30), "St Andrew's Day")]));
        }

        days.AddRange(WithSubstitutes([(new LocalDate(year, 12, 25), "Christmas Day"), (new LocalDate(year, 12, 26), "Boxing Day")]));
        return [.. days.OrderBy(d => d.Date).Select(d => new BankHoliday(d.Date, division, d.Name))];
    }

    private static List<(LocalDate Date, string Name)> WithSubstitutes(List<(LocalDate Date, string Name)> days)
    {
        // Days on weekdays keep their date; the others take the next weekday left free (Christmas on a Sunday
        // goes to the Tuesday, because Boxing Day keeps the Monday).
        var taken = days.Where(d => !IsWeekend(d.Date)).Select(d => d.Date).ToHashSet();
        var result = new List<(LocalDate, string)>();
        foreach (var (date, name) in days)
        {
            if (!IsWeekend(date))
            {
                result.Add((date, name));
                continue;
            }

            var substitute = date;
            while (IsWeekend(substitute) || taken.Contains(substitute))
            {
                substitute = substitute.PlusDays(1);
            }

            taken.Add(substitute);
            result.Add((substitute, name + " (substitute day)"));
        }

        return result;
    }

    private static bool IsWeekend(LocalDate date) => date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;

    private static LocalDate FirstMonday(int year, int month) =>
        new LocalDate(year, month, 1).With(DateAdjusters.NextOrSame(IsoDayOfWeek.Monday));

    private static LocalDate LastMonday(int year, int month) =>
        DateAdjusters.EndOfMonth(new LocalDate(year, month, 1)).With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday));
}
