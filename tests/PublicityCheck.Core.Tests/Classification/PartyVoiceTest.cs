using System.Diagnostics;
using PublicityCheck.Classification;

namespace PublicityCheck.Tests.Classification;

/// <summary>A party's or a candidate's own voice: a first person with a party of its own, or standing for election.</summary>
public class PartyVoiceTest
{
    [Theory]
    [InlineData("Our party has stood up for Easterby's market traders for thirty years.", "Our party")]
    [InlineData("The depot closed long before my group took charge of the council.", "my group")]
    [InlineData("Since May our administration has cleared the repairs backlog in Hollin.", "our administration")]
    [InlineData("I am proud of what the ruling group has done, and of what our ruling group will do next.", "our ruling group")]
    [InlineData("Our candidate has lived in Hollin East for thirty years.", "Our candidate")]
    [InlineData("Thank you to our activists, who delivered every leaflet in the rain.", "our activists")]
    public void Find_AFirstPersonWithAPartyOrGroupOfItsOwn_IsAPartysVoice(string sentence, string voice) =>
        AssertVoice(sentence, voice);

    [Theory]
    [InlineData("Our Lib Dem councillors have worked hard for every family in Kestrel.", "Our Lib Dem councillors")]
    [InlineData("My Conservative Group colleagues reopened the Hollin library.", "My Conservative Group colleagues")]
    [InlineData("Our local Plaid Cymru team knocked on 2,000 doors in Abercarreg.", "Our local Plaid Cymru team")]
    [InlineData("Please support our SDLP candidates on Thursday.", "our SDLP candidates")]
    public void Find_AFirstPersonBeforeAPartysPeople_IsAPartysVoice(string sentence, string voice) =>
        AssertVoice(sentence, voice);

    [Theory]
    [InlineData("If we are re-elected in May we will freeze the car parking charges.", "If we are re-elected")]
    [InlineData("Should I be elected, I will hold a surgery in Hollin every month.", "Should I be elected")]
    [InlineData("If we're lucky enough to be returned, the Easterby pool will reopen.", "If we're lucky enough to be returned")]
    [InlineData("If you re-elect me as your councillor, I will keep fighting for the bus.", "If you re-elect me")]
    [InlineData("Once we are voted in, the first job is the Kestrel Road potholes.", "Once we are voted in")]
    public void Find_AFirstPersonStandingForElection_IsACandidatesVoice(string sentence, string voice) =>
        AssertVoice(sentence, voice);

    [Theory]
    [InlineData("If re-elected, I will keep the Hollin library open six days a week.", "If re-elected")]
    [InlineData("We would like to finish the Easterby cycle route if returned in May.", "if returned")]
    [InlineData("Once elected, we will publish every councillor's expenses online.", "Once elected")]
    public void Find_AFirstPersonsElectionWithTheSubjectLeftOut_IsACandidatesVoice(string sentence, string voice) =>
        AssertVoice(sentence, voice);

    [Theory]
    [InlineData("On 7 May I hope to have earned enough trust to earn your support.", "earn your support")]
    [InlineData("Lend us your vote and we will reopen the Kestrel pool.", "Lend us your vote")]
    [InlineData("Our team is asking for your vote in Wreake Valley North.", "asking for your vote")]
    public void Find_AReadersVoteAskedFor_IsACandidatesVoice(string sentence, string voice) =>
        AssertVoice(sentence, voice);

    [Theory]
    [InlineData("We held 27 out of 30 seats in Easterby at the May elections.", "We held 27 out of 30 seats")]
    [InlineData("We have taken control of Wreake Valley District Council for the first time.", "We have taken control of")]
    [InlineData("In Hollin we've gained two more council seats.", "we've gained two more council seats")]
    [InlineData("This is our best ever local election result in Kestrel.", "our best ever local election result")]
    [InlineData("Our vote share rose in every ward of Carrowmore.", "Our vote share")]
    public void Find_AFirstPersonsOwnResultsAtThePolls_IsAPartysVoice(string sentence, string voice) =>
        AssertVoice(sentence, voice);

    [Theory]
    [InlineData("The Plaid Cymru group's spokesman said: “Abercarreg's buses are a priority for Plaid Cymru.”", "Plaid Cymru group's spokesman said")]
    [InlineData("Leader of the Green group Cllr Tom Ashe said: “We want every Thornmere street swept weekly.”", "Green group Cllr Tom Ashe said")]
    [InlineData("Ann Reid, the Lib Dems' candidate for Hollin ward, added, \"We will keep the Kestrel Road crossing.\"", "Lib Dems' candidate for Hollin ward, added")]
    [InlineData("Responding to the budget, the SNP group's finance spokesperson said: ‘Our communities deserve better.’", "SNP group's finance spokesperson said")]
    public void Find_AQuotationAttributedToAPartysSpokesperson_IsAPartysVoice(string sentence, string voice) =>
        AssertVoice(sentence, voice);

    [Theory]
    [InlineData("Responding to the Labour group's motion, the Leader of the Council said: “We will review the scheme.”")]
    [InlineData("Cllr Ann Hale (Labour), Cabinet Member for Housing, said: “The new homes in Easterby will be ready by May.”")]
    [InlineData("The Conservative group's spokesman said the Thornmere depot would close in March.")]
    [InlineData("Cllr Ann Hale, Cabinet Member for Housing, said: “We have listened to what residents told us.”")]
    public void Find_AQuotationNotInAPartysName_IsNoPartysVoice(string sentence) =>
        Assert.Null(PartyVoice.Find(sentence));

    [Theory]
    [InlineData("We held a briefing for councillors on the new housing plan.")]
    [InlineData("We took councillors round the Hollin depot site on Friday.")]
    [InlineData("We have taken control of our finances and cleared the repairs backlog.")]
    [InlineData("When a councillor steps down, we hold a by-election for the vacant seat.")]
    [InlineData("We won the Britain in Bloom gold award for the third year running.")]
    [InlineData("Our best ever recycling results came in 2025.")]
    [InlineData("We have increased the number of councillors on the youth council to twelve.")]
    public void Find_ACouncilsMeetingsElectionsAndAwards_IsNoPartysResult(string sentence) =>
        Assert.Null(PartyVoice.Find(sentence));

    [Theory]
    [InlineData("Once elected, councillors must sign a declaration of acceptance of office.")]
    [InlineData("If returned after 10pm on polling day, postal votes cannot be counted, so we advise posting them early.")]
    [InlineData("When elected in 2019, I was the youngest member of the council.")]
    [InlineData("Make sure your vote counts: register by 16 April.")]
    [InlineData("We are asking for your support to keep Easterby's streets tidy this summer.")]
    [InlineData("Our market traders deserve your support this Christmas.")]
    public void Find_AnElectionsOfficesGuidanceOrACouncilsAppeal_IsNoCandidatesVoice(string sentence) =>
        Assert.Null(PartyVoice.Find(sentence));

    [Theory]
    [InlineData("Our councillors agreed the budget unanimously on Thursday.")]
    [InlineData("Our group of volunteers planted 400 trees along the Wreake.")]
    [InlineData("Join us for our party in the park on Saturday afternoon.")]
    [InlineData("We have cut our administration costs by a tenth this year.")]
    [InlineData("Our Green Flag team looks after eleven parks in Easterby.")]
    [InlineData("The council's green spaces are looked after by our green team.")]
    [InlineData("Our candidate data is published under an open licence.")]
    [InlineData("Easterby Park is our candidate for the regional park of the year.")]
    [InlineData("Our candidates' packs are ready to collect from the elections office.")]
    public void Find_ACouncilsOwnMembersTeamsAndEverydayGroups_IsNoPartysVoice(string sentence) =>
        Assert.Null(PartyVoice.Find(sentence));

    [Theory]
    [InlineData("If we are successful in our bid, the Hollin lido will reopen in 2028.")]
    [InlineData("If we are chosen as host town, the festival will come to Easterby.")]
    [InlineData("When I was elected in 2019 the library was already closing.")]
    [InlineData("If you return your registration form by Friday, you will be able to vote.")]
    [InlineData("The Labour group's candidates will be elected at the annual meeting.")]
    public void Find_ACouncilsBidAPastElectionOrAReturnedForm_IsNoCandidatesVoice(string sentence) =>
        Assert.Null(PartyVoice.Find(sentence));

    [Fact]
    public void Find_ALongSentenceOfPartiesAndHeads_FinishesInTimeProportionalToIt()
    {
        // Every party's name before a head that no first person owns: each name looks its head up, not every head.
        var sentence = string.Concat(Enumerable.Repeat("the Labour group and the Green councillors, and their party elected, ", 50_000));
        var clock = Stopwatch.StartNew();

        var span = PartyVoice.Find(sentence);

        Assert.Null(span);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Find_ALongSentenceOfBareConditionsWithNoFirstPerson_FinishesInTimeProportionalToIt()
    {
        // Whether an "I" or a "we" speaks is read once a sentence, not once for each "if elected".
        var sentence = string.Concat(Enumerable.Repeat("if elected, the candidates must sign, ", 50_000));
        var clock = Stopwatch.StartNew();

        var span = PartyVoice.Find(sentence);

        Assert.Null(span);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Find_ALongSentenceOfResultsWithNoSpeakerOfItsOwn_FinishesInTimeProportionalToIt()
    {
        // Each verb of results and each "our best" looks a few words either side of it, however many the sentence holds.
        var sentence = string.Concat(Enumerable.Repeat("they won three more seats and our best ever recycling year, ", 50_000));
        var clock = Stopwatch.StartNew();

        var span = PartyVoice.Find(sentence);

        Assert.Null(span);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Find_ALongSentenceOfAttributionsWithNoQuotation_FinishesInTimeProportionalToIt()
    {
        // The attribution is read over its first twenty words only, and the party's names once, however long the sentence.
        var sentence = string.Concat(Enumerable.Repeat("the Green group's spokesman said that the Labour group said ", 50_000));
        var clock = Stopwatch.StartNew();

        var span = PartyVoice.Find(sentence);

        Assert.Null(span);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    // The voice found in the sentence is the one expected.
    private static void AssertVoice(string sentence, string voice)
    {
        var span = PartyVoice.Find(sentence);

        Assert.NotNull(span);
        Assert.Equal(voice, sentence.Substring(span.Value.Start, span.Value.Length));
    }
}
