using NodaTime;
using PublicityCheck.Calendar;

namespace PublicityCheck.Tests.Calendar;

public class BankHolidaysTest
{
    [Fact]
    public void Shipped_Covers2015To2035()
    {
        Assert.Equal((2015, 2035), (BankHolidayTable.Shipped.FirstYear, BankHolidayTable.Shipped.LastYear));
    }

    [Theory]
    [InlineData(2031, BankHolidayDivision.EnglandAndWales)]
    [InlineData(2032, BankHolidayDivision.Scotland)]
    [InlineData(2033, BankHolidayDivision.NorthernIreland)]
    [InlineData(2034, BankHolidayDivision.EnglandAndWales)]
    [InlineData(2035, BankHolidayDivision.Scotland)]
    [InlineData(2035, BankHolidayDivision.NorthernIreland)]
    public void Shipped_ListsTheYearsNoProclamationHasReachedAsTheRulesGiveThem(int year, BankHolidayDivision division)
    {
        Assert.Equal(BankHolidayRules.For(year, division), BankHolidayTable.Shipped.For(year, division));
    }

    [Fact]
    public void Shipped_MovesChristmas2032OnASaturdayToTheMondayAndTuesday()
    {
        Assert.Equal(
            ["2032-12-27 Christmas Day (substitute day)", "2032-12-28 Boxing Day (substitute day)"],
            BankHolidayTable.Shipped.For(2032, BankHolidayDivision.EnglandAndWales).Where(h => h.Date.Month == 12).Select(h => $"{h.Date:uuuu-MM-dd} {h.Name}"));
    }

    [Theory]
    [InlineData("2020-05-08", BankHolidayDivision.EnglandAndWales)]
    [InlineData("2022-06-02", BankHolidayDivision.EnglandAndWales)]
    [InlineData("2022-06-03", BankHolidayDivision.NorthernIreland)]
    [InlineData("2022-09-19", BankHolidayDivision.Scotland)]
    [InlineData("2023-05-08", BankHolidayDivision.EnglandAndWales)]
    [InlineData("2026-06-15", BankHolidayDivision.Scotland)]
    [InlineData("2019-12-02", BankHolidayDivision.Scotland)]
    public void On_FindsTheOneOffAndSubstituteDays(string date, BankHolidayDivision division)
    {
        Assert.NotNull(BankHolidays.Default.On(NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value, division));
    }

    [Theory]
    [InlineData("2020-05-04")]
    [InlineData("2022-05-30")]
    public void On_LeavesOutTheDaysThatWereMoved(string date)
    {
        Assert.Null(BankHolidays.Default.On(NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value, BankHolidayDivision.EnglandAndWales));
    }

    [Fact]
    public void On_KeepsTheWorldCupHolidayToScotland()
    {
        Assert.Null(BankHolidays.Default.On(new LocalDate(2026, 6, 15), BankHolidayDivision.EnglandAndWales));
    }

    [Fact]
    public void Rules_AgreeWithTheShippedTableInEveryOrdinaryYear()
    {
        int[] yearsWithOneOffDays = [2020, 2022, 2023, 2026];
        foreach (var year in Enumerable.Range(2015, 16).Except(yearsWithOneOffDays))
        {
            foreach (var division in Enum.GetValues<BankHolidayDivision>())
            {
                Assert.Equal(BankHolidayTable.Shipped.For(year, division), BankHolidayRules.For(year, division));
            }
        }
    }

    [Fact]
    public void For_ComputesAYearBeyondTheTable()
    {
        var holidays = BankHolidays.Default.For(2031, BankHolidayDivision.EnglandAndWales).Select(h => h.Date).ToList();

        Assert.Equal(
            [new(2031, 1, 1), new(2031, 4, 11), new(2031, 4, 14), new(2031, 5, 5), new(2031, 5, 26), new(2031, 8, 25), new(2031, 12, 25), new(2031, 12, 26)],
            holidays);
    }

    [Fact]
    public void For_MovesChristmasOnASundayToTheTuesday()
    {
        var holidays = BankHolidayRules.For(2033, BankHolidayDivision.EnglandAndWales).Where(h => h.Date.Month == 12).Select(h => (h.Date.Day, h.Name)).ToList();

        Assert.Equal([(26, "Boxing Day"), (27, "Christmas Day (substitute day)")], holidays);
    }

    [Fact]
    public void For_GivesScotlandStAndrewsDayOnTheMondayAfterAWeekend()
    {
        var standrews = BankHolidayRules.For(2031, BankHolidayDivision.Scotland).Single(h => h.Name.StartsWith("St Andrew", StringComparison.Ordinal));

        Assert.Equal(new LocalDate(2031, 12, 1), standrews.Date);
    }
}
