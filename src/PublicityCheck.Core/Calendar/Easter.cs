using NodaTime;

namespace PublicityCheck.Calendar;

/// <summary>Easter in the Gregorian calendar, and the days that hang on it.</summary>
internal static class Easter
{
    /// <summary>Easter Sunday in <paramref name="year"/>, by the anonymous Gregorian computus (Meeus/Jones/Butcher).</summary>
    public static LocalDate Sunday(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1583);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new LocalDate(year, month, day);
    }

    /// <summary>Good Friday in <paramref name="year"/>: two days before Easter Sunday.</summary>
    public static LocalDate GoodFriday(int year) => Sunday(year).PlusDays(-2);

    /// <summary>Easter Monday in <paramref name="year"/>.</summary>
    public static LocalDate Monday(int year) => Sunday(year).PlusDays(1);
}
