using NodaTime;
using PublicityCheck.Calendar;

namespace PublicityCheck.Tests.Calendar;

public class EasterTest
{
    public static TheoryData<int> ShippedYears => [.. Enumerable.Range(2015, 16)];

    [Theory]
    [InlineData(2019, 4, 21)]
    [InlineData(2024, 3, 31)]
    [InlineData(2038, 4, 25)]
    [InlineData(2285, 3, 22)]
    public void Sunday_GivesEasterDay(int year, int month, int day)
    {
        Assert.Equal(new LocalDate(year, month, day), Easter.Sunday(year));
    }

    [Theory]
    [MemberData(nameof(ShippedYears))]
    public void GoodFriday_MatchesTheShippedTableInEveryDivision(int year)
    {
        foreach (var division in Enum.GetValues<BankHolidayDivision>())
        {
            var table = BankHolidayTable.Shipped.For(year, division).Single(h => h.Name == "Good Friday");

            Assert.Equal(table.Date, Easter.GoodFriday(year));
        }
    }

    [Fact]
    public void Monday_IsTheDayAfterEasterSunday()
    {
        Assert.Equal(new LocalDate(2024, 4, 1), Easter.Monday(2024));
    }
}
