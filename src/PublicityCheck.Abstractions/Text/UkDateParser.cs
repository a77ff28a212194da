using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace PublicityCheck.Text;

/// <summary>
/// Reads dates as UK press offices write them: <c>3 March 2026</c>, <c>Tuesday 3rd March 2026</c>,
/// <c>March 3, 2026</c>, <c>03/03/2026</c> and <c>03.03.2026</c> (day first) and ISO <c>2026-03-03</c>, with or without a
/// time before or after. <see cref="FindFirst"/> finds a date anywhere in a text; <see cref="ReadDateline"/> reads a text
/// that is nothing but a date, as a dateline gives it.
/// </summary>
public static partial class UkDateParser
{
    private static readonly string[] Months =
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ];

    /// <summary>Finds the first date in <paramref name="text"/>.</summary>
    /// <returns>The date, or null when the text holds none that is a real day.</returns>
    public static LocalDate? FindFirst(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        foreach (Match match in DatePattern().Matches(text))
        {
            if (TryCreate(match, out var date))
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>
    /// Reads <paramref name="text"/> as a dateline's date: a date, with or without a weekday before it (<c>Thursday
    /// 15 April 2027</c>, <c>Thursday, 15th April 2027</c>) and a time before or after it (<c>00:01 Thursday 15 April
    /// 2027</c>, <c>15 April 2027 at 10am</c>), and nothing else but closing punctuation. With
    /// <paramref name="allowTail"/>, other words may follow the date (<c>3 November 2026 by the press office</c>).
    /// Bounded in length, so reading is linear in the text.
    /// </summary>
    /// <returns>The date and where it stands in <paramref name="text"/>, or null when the text is not such a date or the date is not a real day.</returns>
    public static DatelineDate? ReadDateline(string? text, bool allowTail = false)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxDatelineLength)
        {
            return null;
        }

        var match = DatelinePattern().Match(text);
        if (!match.Success || (!allowTail && match.Groups["tail"].Success) || !TryCreate(match, out var date))
        {
            return ShortYearDateline(text);
        }

        var first = FirstDateGroup(match);
        IsoDayOfWeek? weekday = match.Groups["weekday"].Success ? WeekdayOf(match.Groups["weekday"].Value) : null;
        return new DatelineDate(date, weekday, first.Index, match.Groups["date"].Index + match.Groups["date"].Length - first.Index);
    }

    // "Wednesday 7th February 18": a dateline whose year is written in two digits is read only when it is the whole
    // line and its weekday agrees with the date in this century, since a two-digit number after a month is more often
    // a count or an hour ("7 February 18 people attended", "7 February 18:00").
    private static DatelineDate? ShortYearDateline(string text)
    {
        var match = ShortYearPattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var year = 2000 + Int(match.Groups["yy"].Value);
        var month = MonthNumber(match.Groups["mon"].Value);
        var day = Int(match.Groups["day"].Value);
        if (month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return null;
        }

        var date = new LocalDate(year, month, day);
        var weekday = WeekdayOf(match.Groups["weekday"].Value);
        return weekday == date.DayOfWeek
            ? new DatelineDate(date, weekday, match.Groups["weekday"].Index, match.Groups["yy"].Index + match.Groups["yy"].Length - match.Groups["weekday"].Index)
            : null;
    }

    /// <summary>The longest text <see cref="ReadDateline"/> reads: a dateline is a short line.</summary>
    public const int MaxDatelineLength = 160;

    private static Group FirstDateGroup(Match match) =>
        match.Groups["weekday"].Success ? match.Groups["weekday"] : match.Groups["date"];

    private static IsoDayOfWeek WeekdayOf(string name)
    {
        var lower = name.ToLowerInvariant().TrimEnd('.');
        var days = new[] { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" };
        for (var i = 0; i < days.Length; i++)
        {
            if (days[i].StartsWith(lower[..Math.Min(lower.Length, 3)], StringComparison.Ordinal))
            {
                return (IsoDayOfWeek)(i + 1);
            }
        }

        return IsoDayOfWeek.None;
    }

    private static bool TryCreate(Match match, out LocalDate date)
    {
        date = default;
        int year, month, day;
        if (match.Groups["isoY"].Success)
        {
            year = Int(match.Groups["isoY"].Value);
            month = Int(match.Groups["isoM"].Value);
            day = Int(match.Groups["isoD"].Value);
        }
        else if (match.Groups["numY"].Success)
        {
            year = Int(match.Groups["numY"].Value);
            if (year < 100)
            {
                year += 2000;
            }

            month = Int(match.Groups["numM"].Value);
            day = Int(match.Groups["numD"].Value);
        }
        else if (match.Groups["dmyY"].Success)
        {
            year = Int(match.Groups["dmyY"].Value);
            month = MonthNumber(match.Groups["dmyM"].Value);
            day = Int(match.Groups["dmyD"].Value);
        }
        else
        {
            year = Int(match.Groups["mdyY"].Value);
            month = MonthNumber(match.Groups["mdyM"].Value);
            day = Int(match.Groups["mdyD"].Value);
        }

        if (year is < 1900 or > 2200 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    private static int Int(string s) => int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);

    private static int MonthNumber(string name)
    {
        var lower = name.ToLowerInvariant().TrimEnd('.');
        for (var i = 0; i < Months.Length; i++)
        {
            if (Months[i].StartsWith(lower, StringComparison.Ordinal) && lower.Length >= 3)
            {
                return i + 1;
            }
        }

        return 0;
    }

    // A month's name as releases write it, in full or cut short.
    private const string Month = @"Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?";

    private const string DateAlternatives =
        @"(?<!\d)(?<isoY>\d{4})-(?<isoM>\d{1,2})-(?<isoD>\d{1,2})(?!\d)"
        + @"|(?<!\d)(?<numD>\d{1,2})[/.](?<numM>\d{1,2})[/.](?<numY>\d{4}|\d{2})(?!\d)"
        + @"|(?<!\d)(?<dmyD>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<dmyM>" + Month + @")\.?,?\s+(?<dmyY>\d{4})(?!\d)"
        + @"|(?<mdyM>" + Month + @")\.?\s+(?<mdyD>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<mdyY>\d{4})(?!\d)";

    // A time of day as releases write it: 00:01, 00.01hrs, 10am, 10.30 a.m., noon, midnight.
    private const string Time = @"(?:(?:\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|hrs|hours|h|GMT|BST)?|midnight|noon|midday)(?:\s*(?:GMT|BST|UK\s+time|[A-Z][a-z]+/[A-Z][A-Za-z_]+))?)";

    private const string Weekday = @"(?:Mon(?:day)?|Tue(?:s(?:day)?)?|Wed(?:nesday)?|Thu(?:r(?:s(?:day)?)?)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?)";

    [GeneratedRegex(DateAlternatives, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DatePattern();

    [GeneratedRegex(
        @"^\s*(?:" + Time + @"\s*,?\s*(?:on\s+)?)?(?:(?<weekday>" + Weekday + @")\.?,?\s+(?:the\s+)?)?(?<date>" + DateAlternatives + @")"
        + @"(?:\s*[,|\-–—]?\s*(?:at\s+|from\s+)?" + Time + @")?\s*[.,;:]?\s*(?<tail>\S.{0,100})?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
        matchTimeoutMilliseconds: 1000)]
    private static partial Regex DatelinePattern();

    [GeneratedRegex(
        @"^\s*(?<weekday>" + Weekday + @")\.?,?\s+(?:the\s+)?(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<mon>" + Month + @")\.?,?\s+'?(?<yy>\d{2})\s*\.?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
        matchTimeoutMilliseconds: 1000)]
    private static partial Regex ShortYearPattern();
}

/// <summary>A date read from a dateline.</summary>
/// <param name="Date">The date.</param>
/// <param name="StatedWeekday">The weekday written before it, or null when none is.</param>
/// <param name="Start">Where the date (with its weekday) starts in the text read.</param>
/// <param name="Length">Its length.</param>
public sealed record DatelineDate(LocalDate Date, IsoDayOfWeek? StatedWeekday, int Start, int Length)
{
    /// <summary>Whether a stated weekday disagrees with the date (<c>Friday 15 April 2027</c>, a Thursday).</summary>
    public bool WeekdayDisagrees => StatedWeekday is { } day && day != Date.DayOfWeek;
}
