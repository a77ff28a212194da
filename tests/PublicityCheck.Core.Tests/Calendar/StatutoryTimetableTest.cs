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

    [Fact]
    public void For_StartsAGlaPeriodFiveWorkingDaysBeforeTheBoroughs()
    {
        var gla = StatutoryTimetable.For(new LocalDate(2024, 5, 2), ElectionType.Gla, UkCountry.England);
        var borough = StatutoryTimetable.For(new LocalDate(2024, 5, 2), ElectionType.Local, UkCountry.England);

        Assert.Equal((new LocalDate(2024, 3, 19), new LocalDate(2024, 3, 26)), (gla.PeriodStart, borough.PeriodStart));
    }

    [Fact]
    public void For_StartsANorthernIrelandAssemblyPeriodAtDissolution()
    {
        var timetable = StatutoryTimetable.For(new LocalDate(2022, 5, 5), ElectionType.NorthernIrelandAssembly, UkCountry.NorthernIreland);

        Assert.Equal((new LocalDate(2022, 3, 28), new LocalDate(2022, 3, 28)), (timetable.Dissolution, timetable.PeriodStart));
    }

    [Fact]
    public void For_LeavesEasterMondayOutOfAScottishParliamentTimetable()
    {
        // Counting Easter Monday (5 April 2021) as a working day would give 25 March.
        var timetable = StatutoryTimetable.For(new LocalDate(2021, 5, 6), ElectionType.ScottishParliament, UkCountry.Scotland);

        Assert.Equal(new LocalDate(2021, 3, 24), timetable.NoticeOfElection);
    }

    [Fact]
    public void For_OpensTheScottishParliamentNoticeOnTheThirtyFifthWorkingDay()
    {
        // The 2021 window ran from Monday 15 March to Wednesday 24 March, Good Friday and Easter Monday left out.
        var timetable = StatutoryTimetable.For(new LocalDate(2021, 5, 6), ElectionType.ScottishParliament, UkCountry.Scotland);

        Assert.Equal((new LocalDate(2021, 3, 15), new LocalDate(2021, 3, 24)), (timetable.NoticeNotBefore!.Value, timetable.NoticeOfElection));
    }

    [Fact]
    public void For_GivesAScottishParliamentByElectionTheWindowOfTheRules()
    {
        // Poll fixed for Thursday 5 June 2025: the early May and spring holidays, Good Friday and Easter Monday left out.
        var timetable = StatutoryTimetable.For(new LocalDate(2025, 6, 5), ElectionType.ScottishParliamentByElection, UkCountry.Scotland);

        Assert.Equal(
            (new LocalDate(2025, 4, 11), new LocalDate(2025, 4, 24), new LocalDate(2025, 4, 24)),
            (timetable.NoticeNotBefore!.Value, timetable.NoticeOfElection, timetable.PeriodStart));
    }

    [Fact]
    public void For_StartsAScottishParliamentByElectionAtTheNoticeTheCouncilPublished()
    {
        var byElection = new Election("sp.c.hamilton-larkhall-and-stonehouse.by.2025-06-05", "Hamilton, Larkhall and Stonehouse by-election", new LocalDate(2025, 6, 5), ElectionType.ScottishParliamentByElection, UkCountry.Scotland)
        {
            Start = new LocalDate(2025, 4, 17),
        };

        var period = new ElectionCalendar([byElection], CalendarSettings.Default).Periods.Single();

        Assert.Equal((new LocalDate(2025, 4, 17), new LocalDate(2025, 4, 24)), (period.Start, period.StatutoryStart));
    }

    [Fact]
    public void For_SetsNoEarliestNoticeWhereTheRulesSetNone()
    {
        var timetable = StatutoryTimetable.For(new LocalDate(2024, 5, 2), ElectionType.Local, UkCountry.England);

        Assert.Null(timetable.NoticeNotBefore);
    }

    [Fact]
    public void For_StartsANeighbourhoodReferendumAtTheInformationStatement()
    {
        var timetable = StatutoryTimetable.For(new LocalDate(2025, 10, 16), ElectionType.NeighbourhoodPlanningReferendum, UkCountry.England);

        Assert.Equal(new LocalDate(2025, 9, 8), timetable.PeriodStart);
    }

    [Theory]
    [InlineData(ElectionType.ScottishParliament, UkCountry.England)]
    [InlineData(ElectionType.NorthernIrelandAssembly, UkCountry.Scotland)]
    [InlineData(ElectionType.Gla, UkCountry.Wales)]
    [InlineData(ElectionType.NeighbourhoodPlanningReferendum, UkCountry.Wales)]
    [InlineData(ElectionType.ScottishParliamentByElection, UkCountry.NorthernIreland)]
    public void For_RefusesABodyElectedOutsideItsCountry(ElectionType type, UkCountry country)
    {
        Assert.Throws<ArgumentException>(() => StatutoryTimetable.For(new LocalDate(2026, 5, 7), type, country));
    }

    [Theory]
    [InlineData(ElectionType.ParliamentaryByElection)]
    [InlineData(ElectionType.NationalReferendum)]
    [InlineData(ElectionType.SeneddByElection)]
    [InlineData(ElectionType.CouncilTaxReferendum)]
    public void For_RefusesAPollWhosePeriodThePollingDayDoesNotFix(ElectionType type)
    {
        var country = type == ElectionType.SeneddByElection ? UkCountry.Wales : UkCountry.England;

        var error = Assert.Throws<ArgumentException>(() => StatutoryTimetable.For(new LocalDate(2025, 10, 23), type, country));

        Assert.Contains("\"start\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ForParliamentaryByElection_GivesTheNoticeTwoWorkingDaysAfterTheWrit()
    {
        // Writ received on a Thursday: Friday is the 1st working day after it, Monday the 2nd.
        var timetable = StatutoryTimetable.ForParliamentaryByElection(new LocalDate(2026, 1, 22), new LocalDate(2026, 2, 26), UkCountry.England);

        Assert.Equal((new LocalDate(2026, 1, 22), new LocalDate(2026, 1, 26), new LocalDate(2026, 1, 26)), (timetable.Writ, timetable.NoticeOfElection, timetable.PeriodStart));
    }

    [Fact]
    public void ForParliamentaryByElection_LeavesOutTheBankHolidaysOfTheConstituencysCountry()
    {
        // St Andrew's Day falls on Monday 30 November 2026: a bank holiday in Scotland only.
        var writ = new LocalDate(2026, 11, 27);
        var scottish = StatutoryTimetable.ForParliamentaryByElection(writ, new LocalDate(2027, 1, 14), UkCountry.Scotland);
        var english = StatutoryTimetable.ForParliamentaryByElection(writ, new LocalDate(2027, 1, 14), UkCountry.England);

        Assert.Equal((new LocalDate(2026, 12, 2), new LocalDate(2026, 12, 1)), (scottish.NoticeOfElection, english.NoticeOfElection));
    }

    [Fact]
    public void ForParliamentaryByElection_RefusesAPollBeforeTheNotice()
    {
        Assert.Throws<ArgumentException>(() => StatutoryTimetable.ForParliamentaryByElection(new LocalDate(2026, 1, 22), new LocalDate(2026, 1, 23), UkCountry.England));
    }

    [Fact]
    public void For_TakesANationalReferendumPeriodFromItsConfiguredStart()
    {
        var referendum = new Election("ref.2016-06-23", "EU referendum", new LocalDate(2016, 6, 23), ElectionType.NationalReferendum, UkCountry.England) { Start = new LocalDate(2016, 4, 15) };

        var timetable = StatutoryTimetable.For(referendum);

        Assert.Equal(new LocalDate(2016, 4, 15), timetable.PeriodStart);
    }

    [Fact]
    public void For_TakesACouncilTaxReferendumPeriodFromItsFirstNotice()
    {
        var referendum = new Election("ref.westmoor.2027-03-04", "Westmoor council tax referendum", new LocalDate(2027, 3, 4), ElectionType.CouncilTaxReferendum, UkCountry.England) { Start = new LocalDate(2027, 1, 28) };

        var timetable = StatutoryTimetable.For(referendum);

        Assert.Equal((new LocalDate(2027, 1, 28), new LocalDate(2027, 3, 4)), (timetable.PeriodStart, timetable.PeriodEnd));
    }

    [Fact]
    public void For_RefusesACouncilTaxReferendumOutsideEngland()
    {
        var referendum = new Election("ct", "Council tax", new LocalDate(2027, 3, 4), ElectionType.CouncilTaxReferendum, UkCountry.Wales) { Start = new LocalDate(2027, 1, 28) };

        var error = Assert.Throws<ArgumentException>(() => StatutoryTimetable.For(referendum));

        Assert.Contains("only in England", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void For_RefusesASeneddByElectionOnceSeneddsFillVacanciesFromTheList()
    {
        var byElection = new Election("by", "Senedd by-election", new LocalDate(2027, 3, 4), ElectionType.SeneddByElection, UkCountry.Wales) { Start = new LocalDate(2027, 1, 28) };

        var error = Assert.Throws<ArgumentException>(() => StatutoryTimetable.For(byElection));

        Assert.Contains("holds no by-elections", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void For_RefusesANoticeGivenAfterThePoll()
    {
        var byElection = new Election("by", "Senedd by-election", new LocalDate(2025, 10, 23), ElectionType.SeneddByElection, UkCountry.Wales) { Start = new LocalDate(2025, 10, 24) };

        Assert.Throws<ArgumentException>(() => StatutoryTimetable.For(byElection));
    }

    [Fact]
    public void For_TakesAByElectionGivenByItsNoticeFromThatNotice()
    {
        var byElection = new Election("parl.hexham.by.2026-02-26", "Hexham by-election", new LocalDate(2026, 2, 26), ElectionType.ParliamentaryByElection, UkCountry.England) { Start = new LocalDate(2026, 1, 26) };

        Assert.Equal(new LocalDate(2026, 1, 26), StatutoryTimetable.For(byElection).PeriodStart);
    }

    [Fact]
    public void Rule_NamesTheSourceOfTheTimetable()
    {
        var timetable = StatutoryTimetable.For(new LocalDate(2024, 5, 2), ElectionType.Gla, UkCountry.England);

        Assert.Contains("Greater London Authority Elections Rules 2007", timetable.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Rule_SaysTheScottishParliamentByElectionPollIsThePresidingOfficers()
    {
        var timetable = StatutoryTimetable.For(new LocalDate(2025, 6, 5), ElectionType.ScottishParliamentByElection, UkCountry.Scotland);

        Assert.Contains("Presiding Officer fixed it", timetable.Rule, StringComparison.Ordinal);
    }
}
