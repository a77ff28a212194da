using System.Collections.Immutable;
using System.Globalization;
using NodaTime.Text;
using PublicityCheck.Text;

namespace PublicityCheck.Calendar;

/// <summary>
/// The bank holidays shipped in <c>lexicons/calendar/bank-holidays.csv</c> (GOV.UK and the proclamations), with
/// the one-off and moved days that rules cannot foresee.
/// </summary>
internal sealed class BankHolidayTable
{
    /// <summary>The lexicon file the shipped table is read from.</summary>
    public const string LexiconPath = "calendar/bank-holidays.csv";

    private static readonly Lazy<BankHolidayTable> ShippedTable = new(() => Parse(LexiconResources.ReadText(LexiconPath)));

    private readonly ILookup<(int Year, BankHolidayDivision Division), BankHoliday> _byYear;

    private BankHolidayTable(ImmutableArray<BankHoliday> holidays)
    {
        Holidays = holidays;
        _byYear = holidays.ToLookup(h => (h.Date.Year, h.Division));
        FirstYear = holidays.IsEmpty ? 0 : holidays.Min(h => h.Date.Year);
        LastYear = holidays.IsEmpty ? -1 : holidays.Max(h => h.Date.Year);
    }

    /// <summary>The table built into the library.</summary>
    public static BankHolidayTable Shipped => ShippedTable.Value;

    /// <summary>Every bank holiday in the table.</summary>
    public ImmutableArray<BankHoliday> Holidays { get; }

    /// <summary>The first year the table covers.</summary>
    public int FirstYear { get; }

    /// <summary>The last year the table covers.</summary>
    public int LastYear { get; }

    /// <summary>Whether the table lists <paramref name="year"/>.</summary>
    public bool Covers(int year) => year >= FirstYear && year <= LastYear;

    /// <summary>The bank holidays the table lists for <paramref name="year"/> in <paramref name="division"/>.</summary>
    public IEnumerable<BankHoliday> For(int year, BankHolidayDivision division) => _byYear[(year, division)];

    /// <summary>Reads a table: lines of <c>date,division,name</c> after a header, <c>#</c> for comments.</summary>
    /// <exception cref="FormatException">A line is not a bank holiday.</exception>
    public static BankHolidayTable Parse(string csv)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var holidays = ImmutableArray.CreateBuilder<BankHoliday>();
        var lineNumber = 0;
        foreach (var raw in csv.Split('\n'))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith("date,", StringComparison.Ordinal))
            {
                continue;
            }

            var parts = line.Split(',', 3);
            var date = LocalDatePattern.Iso.Parse(parts[0]);
            if (parts.Length != 3 || !date.Success || !TryParseDivision(parts[1], out var division))
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"Line {lineNumber} of the bank holiday table is not 'date,division,name': {line}"));
            }

            holidays.Add(new BankHoliday(date.Value, division, parts[2]));
        }

        return new BankHolidayTable(holidays.ToImmutable());
    }

    private static bool TryParseDivision(string name, out BankHolidayDivision division)
    {
        foreach (var candidate in Enum.GetValues<BankHolidayDivision>())
        {
            if (candidate.ToName() == name)
            {
                division = candidate;
                return true;
            }
        }

        division = default;
        return false;
    }
}
