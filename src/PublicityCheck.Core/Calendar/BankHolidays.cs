using NodaTime;

namespace PublicityCheck.Calendar;

/// <summary>The bank holidays of any year: from the shipped table where it covers the year, from the rules otherwise.</summary>
internal sealed class BankHolidays
{
    private readonly BankHolidayTable _table;

    /// <summary>Bank holidays from <paramref name="table"/>, and the rules beyond it.</summary>
    public BankHolidays(BankHolidayTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        _table = table;
    }

    /// <summary>The shipped table and the rules.</summary>
    public static BankHolidays Default { get; } = new(BankHolidayTable.Shipped);

    /// <summary>The bank holidays of <paramref name="year"/> in <paramref name="division"/>.</summary>
    public IEnumerable<BankHoliday> For(int year, BankHolidayDivision division) =>
        _table.Covers(year) ? _table.For(year, division) : BankHolidayRules.For(year, division);

    /// <summary>The bank holiday on <paramref name="date"/> in <paramref name="division"/>, or null.</summary>
    public BankHoliday? On(LocalDate date, BankHolidayDivision division) =>
        For(date.Year, division).FirstOrDefault(h => h.Date == date);
}
