using NodaTime;
using NodaTime.Text;
using PublicityCheck.Calendar;
using PublicityCheck.Tests.Support;
using Xunit.Abstractions;

namespace PublicityCheck.Tests.Evaluation.Calendar;

/// <summary>
/// The calendar's evaluation set: real polls with their statutory timetables (timetables.csv, a source per row).
/// Prints "Calendar: n/m timetables exact" and fails on any mismatch.
/// </summary>
public sealed class CalendarEvaluationTest(ITestOutputHelper output)
{
    private static readonly string DataFile = Path.Combine(RepositoryPaths.Root, "tests", "PublicityCheck.Core.Tests", "Evaluation", "Calendar", "timetables.csv");

    [Fact]
    public void StatutoryTimetable_MatchesEveryPublishedTimetable()
    {
        var rows = File.ReadAllLines(DataFile).Where(l => l.Length > 0 && !l.StartsWith('#') && !l.StartsWith("poll,", StringComparison.Ordinal)).ToList();
        var mismatches = new List<string>();
        foreach (var row in rows)
        {
            var cells = row.Split(',', 6);
            Assert.True(CalendarNames.TryParseType(cells[1], out var type), row);
            Assert.True(CalendarNames.TryParseCountry(cells[2], out var country), row);
            var timetable = StatutoryTimetable.For(Date(cells[0]), type, country);
            var expectedDissolution = cells[3].Length == 0 ? (LocalDate?)null : Date(cells[3]);
            if (timetable.Dissolution != expectedDissolution || timetable.NoticeOfElection != Date(cells[4]))
            {
                mismatches.Add($"{cells[0]} {cells[1]} {cells[2]}: expected dissolution {cells[3]} notice {cells[4]}, computed {timetable.Dissolution} notice {timetable.NoticeOfElection}");
            }
        }

        mismatches.ForEach(output.WriteLine);
        output.WriteLine($"Calendar: {rows.Count - mismatches.Count}/{rows.Count} timetables exact");
        Assert.NotEmpty(rows);
        Assert.Empty(mismatches);
    }

    private static LocalDate Date(string text) => LocalDatePattern.Iso.Parse(text).GetValueOrThrow();
}
