using NodaTime;
using NodaTime.Text;
using PublicityCheck.Calendar;
using PublicityCheck.Tests.Support;
using Xunit.Abstractions;

namespace PublicityCheck.Tests.Evaluation.Calendar;

/// <summary>
/// The calendar's evaluation sets: real polls with their statutory timetables (timetables.csv), and the published
/// timetables of the kinds added later (polls.csv), a source per row. A polls.csv row that gives the day a notice was
/// actually published also checks that day against the days the rules allow, and starts the period there. Each
/// prints "n/m timetables exact" and fails on any mismatch.
/// </summary>
public sealed class CalendarEvaluationTest(ITestOutputHelper output)
{
    private static readonly string DataFile = Path.Combine(RepositoryPaths.Root, "tests", "PublicityCheck.Core.Tests", "Evaluation", "Calendar", "timetables.csv");

    private static readonly string PollsFile = Path.Combine(RepositoryPaths.Root, "tests", "PublicityCheck.Core.Tests", "Evaluation", "Calendar", "polls.csv");

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

    [Fact]
    public void StatutoryTimetable_ReproducesThePublishedTimetablesOfEachNewKind()
    {
        var rows = File.ReadAllLines(PollsFile).Where(l => l.Length > 0 && !l.StartsWith('#') && !l.StartsWith("poll,", StringComparison.Ordinal)).ToList();
        var mismatches = new List<string>();
        var byKind = new SortedDictionary<string, (int Rows, int Exact)>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var cells = row.Split(',', 11);
            Assert.True(CalendarNames.TryParseType(cells[1], out var type), row);
            Assert.True(CalendarNames.TryParseCountry(cells[2], out var country), row);
            var poll = Date(cells[0]);
            var published = OptionalDate(cells[8]);
            var election = new Election("evaluated", "evaluated", poll, type, country)
            {
                Writ = OptionalDate(cells[3]),
                Start = published,
                Wards = type == ElectionType.ByElection ? ["ward"] : [],
            };
            List<Election> elections = [election];
            if (cells[4].Length > 0)
            {
                Assert.True(CalendarNames.TryParseType(cells[4], out var otherType), row);
                elections.Add(new Election("combined", "combined", poll, otherType, country));
            }

            var calendar = new ElectionCalendar(elections, CalendarSettings.Default);
            var period = calendar.Periods.Single(p => p.Election == election);
            var timetable = calendar.TimetableOf(period);
            var kind = (cells[4].Length > 0 ? $"{cells[1]} with {cells[4]}" : cells[1]) + (published is null ? string.Empty : " (published notice within the rules' days)");

            // A published notice must fall where the rules allow it: not before the first day they set (or the writ),
            // and not after the last.
            var earliestAllowed = timetable.NoticeNotBefore ?? timetable.Writ;
            var publishedAllowed = published is not { } day || ((earliestAllowed is null || day >= earliestAllowed) && day <= timetable.NoticeOfElection);
            var exact = timetable.Dissolution == OptionalDate(cells[5])
                && (cells[6].Length == 0 || timetable.NoticeNotBefore == Date(cells[6]))
                && (cells[7].Length == 0 || timetable.NoticeOfElection == Date(cells[7]))
                && publishedAllowed
                && period.Start == Date(cells[9]);
            if (!exact)
            {
                mismatches.Add($"{cells[0]} {kind} {cells[2]}: expected dissolution {cells[5]} notice {cells[6]}..{cells[7]} published {cells[8]} start {cells[9]}, computed {timetable.Dissolution} notice {timetable.NoticeNotBefore}..{timetable.NoticeOfElection} start {period.Start}");
            }

            var (count, exactCount) = byKind.GetValueOrDefault(kind);
            byKind[kind] = (count + 1, exactCount + (exact ? 1 : 0));
        }

        mismatches.ForEach(output.WriteLine);
        foreach (var (kind, (count, exactCount)) in byKind)
        {
            output.WriteLine($"  {kind}: {exactCount}/{count}");
        }

        output.WriteLine($"Calendar, further kinds: {rows.Count - mismatches.Count}/{rows.Count} published timetables exact");
        Assert.NotEmpty(rows);
        Assert.Empty(mismatches);
    }

    private static LocalDate? OptionalDate(string text) => text.Length == 0 ? null : Date(text);

    private static LocalDate Date(string text) => LocalDatePattern.Iso.Parse(text).GetValueOrThrow();
}
