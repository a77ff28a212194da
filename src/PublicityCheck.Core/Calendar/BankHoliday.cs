using NodaTime;

namespace PublicityCheck.Calendar;

/// <summary>A bank holiday in one part of the United Kingdom.</summary>
/// <param name="Date">The day.</param>
/// <param name="Division">Where it is a bank holiday.</param>
/// <param name="Name">Its name, as GOV.UK gives it (<c>Christmas Day (substitute day)</c>).</param>
internal sealed record BankHoliday(LocalDate Date, BankHolidayDivision Division, string Name);
