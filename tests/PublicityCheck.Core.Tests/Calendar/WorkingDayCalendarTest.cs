using NodaTime;
using PublicityCheck.Calendar;

namespace PublicityCheck.Tests.Calendar;

public class WorkingDayCalendarTest
{
    private static readonly WorkingDayCalendar EnglandAndWales = new([BankHolidayDivision.EnglandAndWales]);
    private static readonly WorkingDayCalendar Scotland = new([BankHolidayDivision.Scotland], excludeEasterMonday: true);

    [Fact]
    public void IsWorkingDay_ExcludesChristmasEveOnAWeekday()
    {
        Assert.Equal("Christmas Eve", EnglandAndWales.WhyNotAWorkingDay(new LocalDate(2024, 12, 24)));
    }

    [Fact]
    public void IsWorkingDay_ExcludesChristmasDay()
    {
        Assert.False(EnglandAndWales.IsWorkingDay(new LocalDate(2025, 12, 25)));
    }

    [Fact]
    public void IsWorkingDay_CountsNewYearsEve()
    {
        Assert.True(EnglandAndWales.IsWorkingDay(new LocalDate(2024, 12, 31)));
    }

    [Fact]
    public void IsWorkingDay_ExcludesGoodFridayEverywhere()
    {
        Assert.Equal("Good Friday", Scotland.WhyNotAWorkingDay(new LocalDate(2022, 4, 15)));
    }

    [Fact]
    public void IsWorkingDay_ExcludesEasterMondayInScotlandThoughNotABankHolidayThere()
    {
        Assert.Equal("Easter Monday", Scotland.WhyNotAWorkingDay(new LocalDate(2022, 4, 18)));
    }

    [Fact]
    public void IsWorkingDay_CountsStAndrewsDayInEngland()
    {
        Assert.True(EnglandAndWales.IsWorkingDay(new LocalDate(2019, 12, 2)));
    }

    [Fact]
    public void IsWorkingDay_ExcludesAnAppointedDayOfMourning()
    {
        var calendar = new WorkingDayCalendar([BankHolidayDivision.EnglandAndWales], appointedDays: [new LocalDate(2030, 6, 12)]);

        Assert.False(calendar.IsWorkingDay(new LocalDate(2030, 6, 12)));
    }

    [Fact]
    public void WorkingDaysBefore_SkipsChristmasAndNewYear()
    {
        Assert.Equal(new LocalDate(2024, 12, 23), EnglandAndWales.WorkingDaysBefore(new LocalDate(2025, 1, 2), 4));
    }

    [Fact]
    public void WorkingDaysBefore_SkipsEaster()
    {
        Assert.Equal(new LocalDate(2024, 3, 28), EnglandAndWales.WorkingDaysBefore(new LocalDate(2024, 4, 2), 1));
    }
}
