using NodaTime;
using PublicityCheck.Calendar;

namespace PublicityCheck.Tests.Calendar;

public class StatutoryTimetableTest
{
    [Fact]
    public void For_StartsALocalPeriodAtTheNoticeOfElection()
    {
        var timetable = StatutoryTimetable.For(new LocalDate(2024, 5, 2), ElectionType.Local, UkCountry.England);

        Assert.Equal((null, new LocalDate(2024, 3, 26), new LocalDate(2024, 3, 26)), (timetable.Dissolution, timetable.NoticeOfElection, timetable.PeriodStart));
    }

    [Fact]
    public void For_StartsAGeneralElectionPeriodAtDissolution()
    {
        var timetable = StatutoryTimetable.For(new LocalDate(2019, 12, 12), ElectionType.Parliamentary, UkCountry.England);

        Assert.Equal(new LocalDate(2019, 11, 6), timetable.PeriodStart);
    }

    [Fact]
    public void WorkingDaysBefore_WithoutScotlandsHolidayDissolves2019OneDayLate()
    {
        // St Andrew's Day (substitute) on 2 December 2019 is why dissolution was on 6 November, not 7.
        var englandOnly = new WorkingDayCalendar([BankHolidayDivision.EnglandAndWales]);

        Assert.Equal(new LocalDate(2019, 11, 7), englandOnly.WorkingDaysBefore(new LocalDate(2019, 12, 12), 25));
    }

    [Fact]
    public void For_LeavesOutAnAppointedDay()
    {
        var timetable = StatutoryTimetable.For(new LocalDate(2030, 6, 27), ElectionType.ByElection, UkCountry.England, [new LocalDate(2030, 6, 12)]);

        Assert.Equal(new LocalDate(2030, 5, 21), timetable.NoticeOfElection);
    }

    [Fact]
    public void For_EndsAtTenPmOnPollingDay()
    {
        var timetable = StatutoryTimetable.For(new LocalDate(2026, 5, 7), ElectionType.Local, UkCountry.England);

        Assert.Equal(new LocalDateTime(2026, 5, 7, 22, 0), timetable.CloseOfPoll);
    }

    [Fact]
    public void For_RefusesAPccElectionInScotland()
    {
        Assert.Throws<ArgumentException>(() => StatutoryTimetable.For(new LocalDate(2026, 5, 7), ElectionType.Pcc, UkCountry.Scotland));
    }
}
