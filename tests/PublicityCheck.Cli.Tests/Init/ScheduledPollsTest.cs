using NodaTime;
using PublicityCheck.Calendar;
using PublicityCheck.Cli.Init;

namespace PublicityCheck.Tests.Init;

public class ScheduledPollsTest
{
    [Theory]
    [InlineData(2026, 5, 7)]
    [InlineData(2027, 5, 6)]
    [InlineData(2029, 5, 3)]
    [InlineData(2031, 5, 1)]
    [InlineData(2025, 5, 1)]
    [InlineData(2030, 5, 2)]
    public void FirstThursdayOfMay_IsTheDayOrdinaryLocalElectionsAreHeld(int year, int month, int day)
    {
        Assert.Equal(new LocalDate(year, month, day), ScheduledPolls.FirstThursdayOfMay(year));
    }

    [Fact]
    public void England_OffersNextMay_ForABoroughCouncil()
    {
        var poll = ScheduledPolls.NextLocal(new LocalDate(2026, 12, 2), UkCountry.England, county: false);

        Assert.Equal(("local-2027", "council elections", new LocalDate(2027, 5, 6), ElectionType.Local, UkCountry.England), (poll.Id, poll.Name, poll.Poll, poll.Type, poll.Country));
    }

    [Fact]
    public void England_OffersThisMay_UntilPollingDayHasPassed()
    {
        Assert.Equal(new LocalDate(2026, 5, 7), ScheduledPolls.NextLocal(new LocalDate(2026, 5, 7), UkCountry.England, county: false).Poll);
        Assert.Equal(new LocalDate(2027, 5, 6), ScheduledPolls.NextLocal(new LocalDate(2026, 5, 8), UkCountry.England, county: false).Poll);
    }

    [Fact]
    public void England_OffersTheNextFourthYear_ForACountyCouncil()
    {
        var poll = ScheduledPolls.NextLocal(new LocalDate(2026, 12, 2), UkCountry.England, county: true);

        Assert.Equal(("local-2029", "county council elections", new LocalDate(2029, 5, 3)), (poll.Id, poll.Name, poll.Poll));
    }

    [Theory]
    [InlineData(UkCountry.Wales, 2027, 5, 6)]
    [InlineData(UkCountry.Scotland, 2027, 5, 6)]
    [InlineData(UkCountry.NorthernIreland, 2027, 5, 6)]
    public void DevolvedCountries_OfferTheNextPollOfTheirCycle(UkCountry country, int year, int month, int day)
    {
        Assert.Equal(new LocalDate(year, month, day), ScheduledPolls.NextLocal(new LocalDate(2026, 12, 2), country, county: false).Poll);
    }

    [Fact]
    public void Wales_SkipsToTheFollowingCycle_OncePollingDayHasPassed()
    {
        Assert.Equal(new LocalDate(2032, 5, 6), ScheduledPolls.NextLocal(new LocalDate(2027, 5, 7), UkCountry.Wales, county: false).Poll);
    }

    [Fact]
    public void NorthernIreland_ElectsEveryFourthYear()
    {
        Assert.Equal(new LocalDate(2031, 5, 1), ScheduledPolls.NextLocal(new LocalDate(2027, 6, 1), UkCountry.NorthernIreland, county: false).Poll);
    }

    [Fact]
    public void Others_OffersTheNextPccPollOncePollingDayHasPassed()
    {
        var pcc = ScheduledPolls.Others(new LocalDate(2028, 5, 5), UkCountry.England).Single(p => p.Type == ElectionType.Pcc);

        Assert.Equal(("pcc.2032-05-06", new LocalDate(2032, 5, 6)), (pcc.Id, pcc.Poll));
    }

    [Fact]
    public void Others_OffersTheScottishParliamentInTheFifthYear()
    {
        var sp = Assert.Single(ScheduledPolls.Others(new LocalDate(2026, 12, 2), UkCountry.Scotland));

        Assert.Equal(("sp.2031-05-01", ElectionType.ScottishParliament), (sp.Id, sp.Type));
    }

    [Fact]
    public void Others_OffersTheSeneddEveryFourthYearFrom2026()
    {
        var senedd = ScheduledPolls.Others(new LocalDate(2026, 12, 2), UkCountry.Wales).Single(p => p.Type == ElectionType.Senedd);

        Assert.Equal(("senedd.2030-05-02", new LocalDate(2030, 5, 2)), (senedd.Id, senedd.Poll));
    }

    [Fact]
    public void Others_OffersEveryPollByAnIdentifierThatParses()
    {
        foreach (var country in Enum.GetValues<UkCountry>())
        {
            foreach (var poll in ScheduledPolls.Others(new LocalDate(2026, 12, 2), country))
            {
                var id = ElectionIdentifier.Parse(poll.Id);
                Assert.Equal((poll.Type, poll.Poll), (id.Type!.Value, id.Poll));
            }
        }
    }
}
