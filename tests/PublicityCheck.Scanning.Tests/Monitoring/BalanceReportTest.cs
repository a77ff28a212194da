using NodaTime;
using PublicityCheck.Calendar;
using PublicityCheck.Configuration;
using PublicityCheck.Scanning.Monitoring;

namespace PublicityCheck.Scanning.Tests.Monitoring;

public class BalanceReportTest
{
    private static readonly Election Poll = new("borough-2026", "Borough elections", new LocalDate(2026, 5, 7), ElectionType.Local, UkCountry.England);

    [Fact]
    public void Build_CountsMembersQuotationsByPartyAndMonth()
    {
        var balance = BalanceReport.Build([Labour(2026, 1, 12), Labour(2026, 3, 2), Green(2026, 3, 9)], [], BalanceSettings.Default);

        Assert.Equal<string>(["2026-01", "2026-02", "2026-03"], balance.Months);
        Assert.Equal<int>([1, 0, 1], balance.ByParty.Single(s => s.Name == "Labour").PerMonth);
    }

    [Fact]
    public void Build_LeavesOfficersOutOfTheMembersShares()
    {
        var officer = Labour(2026, 1, 12) with { Party = null, Standing = SpeakerStanding.Officer };

        var balance = BalanceReport.Build([Labour(2026, 1, 12), officer], [], BalanceSettings.Default);

        Assert.Equal((2, 1), (balance.Quotations, balance.MemberQuotations));
        Assert.Equal(1.0, balance.StandingShares.Single(s => s.Standing == SpeakerStanding.Executive).Share);
    }

    [Fact]
    public void Compare_AFewQuotationsInTheWindow_RaiseNoFlagHoweverLopsided()
    {
        var quotations = Enumerable.Range(0, 20).Select(i => Green(2026, 1, 1 + i)).Concat(Enumerable.Range(0, 3).Select(i => Labour(2026, 5, 1 + i))).ToList();

        var poll = PollBalance.Compare(Poll, quotations, BalanceSettings.Default);

        Assert.Equal(3, poll.WindowQuotations);
        Assert.DoesNotContain(poll.Shares, s => s.Flagged);
    }

    [Fact]
    public void Compare_ADepartureOfExactlyTheMargin_IsNotFlagged()
    {
        // Rest of the year: 12 of 20 executive (60%); window: 15 of 20 (75%): 15 points, not more than the margin.
        var rest = Enumerable.Range(0, 20).Select(i => i < 12 ? Labour(2026, 2, 1 + i) : Green(2026, 2, 1 + i));
        var window = Enumerable.Range(0, 20).Select(i => i < 15 ? Labour(2026, 4, 1 + i) : Green(2026, 4, 1 + i));

        var poll = PollBalance.Compare(Poll, [.. rest, .. window], BalanceSettings.Default);

        var executive = poll.Shares.Single(s => s.Dimension == GroupShare.Standing && s.Group == SpeakerStanding.Executive);
        Assert.Equal(15, executive.Departure, 6);
        Assert.False(executive.Flagged);
    }

    [Fact]
    public void Compare_AQuotationOnPollDay_IsInTheWindowAndOneTheDayAfterIsNot()
    {
        var poll = PollBalance.Compare(Poll, [Labour(2026, 5, 7), Labour(2026, 5, 8)], BalanceSettings.Default);

        Assert.Equal((1, 0), (poll.WindowQuotations, poll.RestQuotations));
    }

    private static HistoryQuotation Labour(int year, int month, int day) =>
        new("press/a.md", new LocalDate(year, month, day), 0, "helen-ashby", "Helen Ashby", "Labour", SpeakerStanding.Executive, "Leader of the Council", true);

    private static HistoryQuotation Green(int year, int month, int day) =>
        new("press/b.md", new LocalDate(year, month, day), 0, "ellen-moss", "Ellen Moss", "Green", SpeakerStanding.Opposition, "Councillor", true);
}
