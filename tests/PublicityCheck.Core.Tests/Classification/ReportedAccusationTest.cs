using System.Diagnostics;
using PublicityCheck.Classification;

namespace PublicityCheck.Tests.Classification;

/// <summary>
/// A reporter's account of one side accusing, criticising or blaming another: a named side opening the sentence (an
/// apposition between commas included) and a verb of accusation after it, or the same charge in the passive with its
/// accuser named.
/// </summary>
public class ReportedAccusationTest
{
    [Theory]
    [InlineData("Lib Dem councillor Ann Price accused the Labour cabinet of \"hiding the figures\" until after the vote.", "Lib Dem councillor Ann Price accused")]
    [InlineData("The opposition Plaid Cymru group on Abercarreg council has hit out at the closure of two village schools.", "The opposition Plaid Cymru group on Abercarreg council has hit out at")]
    [InlineData("Mr Doherty accused the SDLP and Sinn Féin of \"playing to the gallery\" over the Carrowmore play park.", "Mr Doherty accused")]
    [InlineData("SNP group leader Ross Baird blamed the UK Government's rise in employers' contributions for the cuts.", "SNP group leader Ross Baird blamed")]
    [InlineData("Liberal Democrat opposition deputy leader Cllr Jo Penn criticised the Labour cabinet's plan.", "Liberal Democrat opposition deputy leader Cllr Jo Penn criticised")]
    [InlineData("Cabinet Secretary for Finance Shona Baird accused Labour of scaremongering over the Easterby budget.", "Cabinet Secretary for Finance Shona Baird accused")]
    [InlineData("In a statement, the Green group condemned the sale of the Kestrel Road allotments.", "the Green group condemned")]
    [InlineData("But Reform councillors slammed the plan as \"a waste of money\".", "But Reform councillors slammed")]
    [InlineData("Opposition groups on Kestrel council have laid the blame for the overspend at the feet of the ruling Green group.", "Opposition groups on Kestrel council have laid the blame")]
    [InlineData("Cllr Ann Price, the leader of the opposition Green group on the council, accused the cabinet of \"spin\".", "Cllr Ann Price, the leader of the opposition Green group on the council, accused")]
    [InlineData("Conservative leader, Cllr Tom Reid, criticised the Liberal Democrat plan for the Hollin depot.", "Conservative leader, Cllr Tom Reid, criticised")]
    [InlineData("SDLP and Alliance councillors have been critical of the cost of the Carrowmore signage.", "SDLP and Alliance councillors have been critical of")]
    [InlineData("The Liberal Democrats are accusing the Welsh Government of encouraging big rises in council tax.", "The Liberal Democrats are accusing")]
    [InlineData("The Green leadership running Easterby council has come under fire over the closure of the lido.", "The Green leadership running Easterby council has come under fire")]
    public void Find_ANamedSideThenAVerbOfAccusation_IsAReportersAccount(string sentence, string frame) =>
        AssertFrame(sentence, frame);

    [Theory]
    [InlineData("The Conservatives have been accused of \"starving the market towns\" of investment.", "have been accused")]
    [InlineData("The budget was branded \"reckless\" by the opposition Labour group.", "was branded")]
    [InlineData("The plan was condemned by Green group leader Ann Price, who accused the administration of spin.", "was condemned")]
    [InlineData("Reform UK councillors were criticised by every other group for walking out of the meeting.", "were criticised")]
    public void Find_APassiveChargeAccusedOrWithItsAccuserNamed_IsAReportersAccount(string sentence, string frame) =>
        AssertFrame(sentence, frame);

    [Theory]
    [InlineData("We accused the cabinet of wasting money, and we were right.")]
    [InlineData("They claimed the library was safe, and then they closed it.")]
    [InlineData("I have criticised this administration's record on potholes from day one.")]
    public void Find_TheSpeakersOwnCharge_IsNoReportersAccount(string sentence) =>
        Assert.Null(ReportedAccusation.Find(sentence));

    [Theory]
    [InlineData("The Tories have run this council into the ground, and Labour accused them of it years ago.")]
    [InlineData("Years of cuts to our libraries blamed on everyone but the Conservatives have to end.")]
    [InlineData("The council was criticised for the delay in its own report last year.")]
    [InlineData("Despite Tory claims of a thriving high street, shops in Easterby keep closing.")]
    [InlineData("Labour attacks on the cabinet are nothing but a smokescreen.")]
    [InlineData("Labour, who ran this council into the ground for years, blamed everyone but themselves.")]
    [InlineData("The Tories are claiming credit for a bypass they voted against.")]
    public void Find_AChargeDeepInTheSentenceOrWithNoSideOrAccuserNamed_IsNoReportersAccount(string sentence) =>
        Assert.Null(ReportedAccusation.Find(sentence));

    [Theory]
    [InlineData("Council Leader Cllr Ann Hale accused the Conservative opposition of scaremongering over the library plans.", "Council Leader Cllr Ann Hale accused")]
    [InlineData("The ruling Labour group has blamed the previous Plaid Cymru administration for the state of the roads.", "The ruling Labour group has blamed")]
    [InlineData("Cabinet Member for Housing Cllr Tom Reid criticised the opposition for voting against the scheme.", "Cabinet Member for Housing Cllr Tom Reid criticised")]
    [InlineData("The Conservatives were condemned by the cabinet member for housing for voting against the plan.", "were condemned")]
    public void Read_TheCouncilsOwnLeadershipAccusingAnotherSide_IsTheCouncilsOwnCharge(string sentence, string frame)
    {
        var read = ReportedAccusation.Read(sentence);

        Assert.NotNull(read);
        Assert.True(read.Value.CouncilsOwn);
        Assert.Equal(frame, sentence.Substring(read.Value.Span.Start, read.Value.Span.Length));
        Assert.Null(ReportedAccusation.Find(sentence));
        Assert.Equal(-1, ReportedAccusation.Reading(sentence));
    }

    [Theory]
    [InlineData("Council Leader Cllr Ann Hale blamed the weather for the delays to the Hollin scheme.")]
    [InlineData("SNP council leader Ross Baird blamed the UK Government's rise in employers' contributions for the cuts.")]
    [InlineData("Hollin's ruling Independents have hit back at claims they celebrated the tax rise.")]
    public void Read_TheCouncilsOwnLeadershipNamingNoOtherSide_IsNeitherFrame(string sentence)
    {
        Assert.Null(ReportedAccusation.Read(sentence));
        Assert.Equal(0, ReportedAccusation.Reading(sentence));
    }

    [Fact]
    public void Read_TheCouncilsLeadershipComingUnderFire_IsAReportersAccount()
    {
        const string Sentence = "The Green leadership running Easterby council has come under fire from the Conservatives over the lido.";

        Assert.Equal(1, ReportedAccusation.Reading(Sentence));
    }

    [Fact]
    public void Find_ALongSentenceOfVerbsOfAccusation_FinishesInTimeProportionalToIt()
    {
        // Every verb reads back at most a subject's length, and every passive looks for its accuser once.
        var sentence = string.Concat(Enumerable.Repeat("so the Labour group accused them, and the plan was branded unfair ", 50_000));
        var clock = Stopwatch.StartNew();

        var span = ReportedAccusation.Find(sentence);

        Assert.Null(span);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Read_ALongSentenceOfPassiveChargesWithTheCouncilsAccuser_FinishesInTimeProportionalToIt()
    {
        // Each passive reads the side it names from a few words before it, and the accuser after the last "by" is read once.
        var sentence = string.Concat(Enumerable.Repeat("the plans were condemned and ", 50_000)) + "by the cabinet member for housing " + string.Concat(Enumerable.Repeat("and the roads ", 50_000));
        var clock = Stopwatch.StartNew();

        var read = ReportedAccusation.Read(sentence);

        Assert.Null(read);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    // The frame found in the sentence is the one expected.
    private static void AssertFrame(string sentence, string frame)
    {
        var span = ReportedAccusation.Find(sentence);

        Assert.NotNull(span);
        Assert.Equal(frame, sentence.Substring(span.Value.Start, span.Value.Length));
    }
}
