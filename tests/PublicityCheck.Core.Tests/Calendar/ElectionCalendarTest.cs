using NodaTime;
using PublicityCheck.Calendar;

namespace PublicityCheck.Tests.Calendar;

public class ElectionCalendarTest
{
    private static readonly LocalDate May2026 = new(2026, 5, 7);

    private static PreElectionPeriod PeriodOf(ElectionCalendar calendar, string id) => calendar.Periods.Single(p => p.Election.Id == id);

    [Fact]
    public void Periods_CombineABoroughAndAPccElectionOnOneDay()
    {
        var calendar = new ElectionCalendar(
            [
                new Election("local.barnsley.2026-05-07", "Borough elections", May2026, ElectionType.Local, UkCountry.England),
                new Election("pcc.south-yorkshire.2026-05-07", "Police and crime commissioner election", May2026, ElectionType.Pcc, UkCountry.England),
            ],
            CalendarSettings.Default);

        var borough = PeriodOf(calendar, "local.barnsley.2026-05-07");
        var pcc = PeriodOf(calendar, "pcc.south-yorkshire.2026-05-07");
        Assert.Equal((new LocalDate(2026, 3, 30), new LocalDate(2026, 3, 30)), (borough.Start, pcc.Start));
        Assert.Equal(["pcc.south-yorkshire.2026-05-07"], borough.CombinedWith.Select(e => e.Id));
        Assert.Null(borough.CombinedStart);
    }

    [Fact]
    public void Periods_StartALondonByElectionTakenWithTheGlaPollAtTheGlaNotice()
    {
        var calendar = new ElectionCalendar(
            [
                new Election("gla.2028-05-04", "Mayor of London and London Assembly", new LocalDate(2028, 5, 4), ElectionType.Gla, UkCountry.England),
                new Election("local.hounslow.cranford.by.2028-05-04", "Cranford by-election", new LocalDate(2028, 5, 4), ElectionType.ByElection, UkCountry.England) { Wards = ["Cranford"] },
            ],
            CalendarSettings.Default);

        var byElection = PeriodOf(calendar, "local.hounslow.cranford.by.2028-05-04");
        var gla = PeriodOf(calendar, "gla.2028-05-04");
        Assert.Equal(gla.Start, byElection.Start);
        Assert.Equal(gla.Start, byElection.CombinedStart);
        Assert.True(byElection.OwnStart > byElection.Start);
    }

    [Fact]
    public void Periods_StartAWardByElectionTakenWithAScottishParliamentByElectionAtTheNoticePublishedForIt()
    {
        var poll = new LocalDate(2025, 6, 5);
        var calendar = new ElectionCalendar(
            [
                new Election("sp.c.hamilton-larkhall-and-stonehouse.by.2025-06-05", "Hamilton, Larkhall and Stonehouse by-election", poll, ElectionType.ScottishParliamentByElection, UkCountry.Scotland)
                {
                    Start = new LocalDate(2025, 4, 17),
                },
                new Election("local.south-lanarkshire.larkhall.by.2025-06-05", "Larkhall ward by-election", poll, ElectionType.ByElection, UkCountry.Scotland) { Wards = ["Larkhall"] },
            ],
            CalendarSettings.Default);

        var ward = PeriodOf(calendar, "local.south-lanarkshire.larkhall.by.2025-06-05");
        Assert.Equal((new LocalDate(2025, 4, 24), new LocalDate(2025, 4, 17)), (ward.OwnStart, ward.Start));
    }

    [Fact]
    public void Periods_LeaveAPollOnAnotherDayUncombined()
    {
        var calendar = new ElectionCalendar(
            [
                new Election("gla.2028-05-04", "Mayor of London and London Assembly", new LocalDate(2028, 5, 4), ElectionType.Gla, UkCountry.England),
                new Election("local.hounslow.cranford.by.2028-06-15", "Cranford by-election", new LocalDate(2028, 6, 15), ElectionType.ByElection, UkCountry.England) { Wards = ["Cranford"] },
            ],
            CalendarSettings.Default);

        var byElection = PeriodOf(calendar, "local.hounslow.cranford.by.2028-06-15");
        Assert.Equal((byElection.OwnStart, true), (byElection.Start, byElection.CombinedWith.IsEmpty));
    }

    [Fact]
    public void InForceOn_GivesEveryPeriodOfTwoOverlappingPolls()
    {
        // A county's PCC poll in May, and a parliamentary by-election whose notice went up in April and whose poll is in June.
        var calendar = new ElectionCalendar(
            [
                new Election("pcc.norfolk.2028-05-04", "Police and crime commissioner election", new LocalDate(2028, 5, 4), ElectionType.Pcc, UkCountry.England),
                new Election("parl.broadland.by.2028-05-25", "Broadland by-election", new LocalDate(2028, 5, 25), ElectionType.ParliamentaryByElection, UkCountry.England) { Writ = new LocalDate(2028, 4, 20) },
            ],
            CalendarSettings.Default);

        Assert.Equal(["parl.broadland.by.2028-05-25", "pcc.norfolk.2028-05-04"], calendar.InForceOn(new LocalDate(2028, 4, 28)).Select(p => p.Election.Id).Order(StringComparer.Ordinal));
    }
}
