using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace PublicityCheck.Text;

/// <summary>
/// Reads dates as UK press offices write them: <c>3 March 2026</c>, <c>Tuesday 3rd March 2026</c>,
/// <c>March 3, 2026</c>, <c>03/03/2026</c> (day first) and ISO <c>2026-03-03</c>, with or without a time before or after.
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

    [GeneratedRegex(
        @"(?<!\d)(?<isoY>\d{4})-(?<isoM>\d{1,2})-(?<isoD>\d{1,2})(?!\d)"
        + @"|(?<!\d)(?<numD>\d{1,2})[/.](?<numM>\d{1,2})[/.](?<numY>\d{4}|\d{2})(?!\d)"
        + @"|(?<!\d)(?<dmyD>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<dmyM>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?,?\s+(?<dmyY>\d{4})(?!\d)"
        + @"|(?<mdyM>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(?<mdyD>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<mdyY>\d{4})(?!\d)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
        matchTimeoutMilliseconds: 1000)]
    private static partial Regex DatePattern();
}
