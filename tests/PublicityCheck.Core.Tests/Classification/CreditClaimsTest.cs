using System.Diagnostics;
using PublicityCheck.Classification;

namespace PublicityCheck.Tests.Classification;

/// <summary>The frame of a credit claim: a party, group or governing body as the subject of a verb of achievement.</summary>
public class CreditClaimsTest
{
    [Theory]
    [InlineData("Since May the Liberal Democrat group has secured £2m for Easterby's roads.", "Liberal Democrat group has secured")]
    [InlineData("The Kestrel Labour administration froze council tax for a third year.", "Labour administration froze")]
    [InlineData("Our administration has already halved the waiting list for adaptations.", "Our administration has already halved")]
    [InlineData("The coalition has delivered three new play areas in Hollin.", "The coalition has delivered")]
    [InlineData("The Greens have managed to secure a bus service for Wreake Valley's villages.", "Greens have managed to secure")]
    [InlineData("We’ve kept the libraries open, and the Plaid Cymru group has cut the repairs backlog by a third.", "Plaid Cymru group has cut")]
    [InlineData("The Labour administration has delivered 40 new homes for social rent.", "Labour administration has delivered")]
    [InlineData("The Independents won £300,000 for the Hollin flood defences.", "Independents won")]
    [InlineData("The Hollin Independents managed to stop the closure of Easterby's library.", "Independents managed to stop")]
    [InlineData("The Green group succeeded in persuading the county to keep the Kestrel bus.", "Green group succeeded in persuading")]
    public void Find_APoliticalBodyAsTheSubjectOfAnAchievement_IsAClaim(string sentence, string frame) =>
        AssertFrame(sentence, frame);

    [Theory]
    [InlineData("The Liberal Democrat cabinet continued to deliver on its priorities during the year.", "Liberal Democrat cabinet continued to deliver")]
    [InlineData("Easterby's Green councillors have worked hard to secure a new health centre.", "Green councillors have worked hard to secure")]
    [InlineData("The Liberal Democrats fought hard to keep Hollin's small schools open.", "Liberal Democrats fought hard to")]
    [InlineData("The Labour group played a leading role in securing the Hollin bypass.", "Labour group played a leading role in securing")]
    [InlineData("Conservative councils have helped to create safer town centres across the Wreake Valley.", "Conservative councils have helped to create")]
    [InlineData("Carrowmore's rates will rise by nothing this year, after SDLP councillors helped secure a freeze on Thursday night.", "SDLP councillors helped secure")]
    [InlineData("The Conservative council put an additional £1.5m into this year's budget for Hollin's footpaths.", "Conservative council put an additional")]
    [InlineData("In Easterby, Greens obtained an agreement with the ruling group to stop spraying weedkiller in parks.", "Greens obtained")]
    [InlineData("Kestrel's two Green cllrs managed to get approved a rule that new estates must include swift bricks.", "Green cllrs managed to get approved")]
    public void Find_APoliticalBodyAsTheSubjectOfAnAchievementKeptUpOrWorkedFor_IsAClaim(string sentence, string frame) =>
        AssertFrame(sentence, frame);

    [Theory]
    [InlineData("The Alliance group were instrumental in securing £1m for the Carrowmore community centre.", "Alliance group were instrumental in securing")]
    [InlineData("The Plaid Cymru group has been key to delivering the Abercarreg school.", "Plaid Cymru group has been key to delivering")]
    public void Find_APoliticalBodyCreditedAfterAFormOfBe_IsAClaim(string sentence, string frame) =>
        AssertFrame(sentence, frame);

    [Theory]
    [InlineData("The Green group will be key to securing any deal on the Kestrel bus.")]
    [InlineData("Officers worked hard to deliver the scheme on time.")]
    public void Find_AnAchievementToBeKeptUpOrNoBodysOwn_IsNoClaim(string sentence) =>
        Assert.Null(CreditClaims.Find(sentence));

    [Theory]
    [InlineData("The Conservative council has cut councillors' allowances by a fifth.", "Conservative council has cut")]
    [InlineData("Reform UK reduced councillor allowances in its first budget.", "Reform UK reduced")]
    public void Find_ACutToWhatCouncillorsArePaid_IsAClaimNotAnElectionResult(string sentence, string frame) =>
        AssertFrame(sentence, frame);

    [Theory]
    [InlineData("The Green Party administration is delivering 200 new homes this year.", "Green Party administration is delivering")]
    [InlineData("The Hollin Independents are investing £2m in the town's parks.", "Independents are investing")]
    [InlineData("The Reform administration is working around the clock to keep this year's rise as low as possible.", "Reform administration is working around the clock to")]
    [InlineData("In Kestrel the Liberal Democrats are standing up for the villages' bus services.", "Liberal Democrats are standing up for")]
    public void Find_APoliticalBodyAsTheSubjectOfAnAchievementInTheProgressive_IsAClaim(string sentence, string frame) =>
        AssertFrame(sentence, frame);

    [Theory]
    [InlineData("Thanks to the Liberal Democrats, Easterby's libraries will stay open.", "Thanks to the Liberal Democrats")]
    [InlineData("Under a Labour administration, the council has delivered 300 new homes.", "Under a Labour administration")]
    [InlineData("Under our administration the council is investing in every school in Kestrel.", "Under our administration")]
    public void Find_APoliticalBodyCreditedOrTheCircumstanceOfAnAchievement_IsAClaim(string sentence, string frame) =>
        AssertFrame(sentence, frame);

    [Theory]
    [InlineData("The council has been under Labour control since 2019 and has delivered 300 homes.")]
    [InlineData("Under the Conservative group's amendment, the parking charges would have been frozen.")]
    [InlineData("A vote of thanks to the Green group's leader was carried at the end of the meeting.")]
    [InlineData("The Conservative group's funding of the scheme was questioned by the auditors.")]
    [InlineData("Labour will be investing in Easterby's parks if it wins in May.")]
    public void Find_AnElectionsResultAHypothesisAVoteOfThanksOrAPossessive_IsNoClaim(string sentence) =>
        Assert.Null(CreditClaims.Find(sentence));

    [Fact]
    public void Find_AnAchievementInThePassiveWithAPartyAsItsAgent_IsAClaim()
    {
        const string Sentence = "The new skate park, secured by the Green group, opens in Hollin on Saturday.";

        var span = CreditClaims.Find(Sentence);

        Assert.NotNull(span);
        Assert.Equal("secured by the Green group", Sentence.Substring(span.Value.Start, span.Value.Length));
    }

    [Fact]
    public void Find_AFrameSetAfterADate_ReachesItsVerb()
    {
        const string Sentence = "Easterby has had a Labour-led administration since 2019 and has introduced free swimming for under-16s.";

        Assert.NotNull(CreditClaims.Find(Sentence));
    }

    [Theory]
    [InlineData("The council has delivered 300 new homes in Easterby since 2022.")]
    [InlineData("The Cabinet Member for Housing said the scheme has delivered 40 homes.")]
    [InlineData("Residents' views secured the future of the Hollin library.")]
    public void Find_TheCouncilsOwnAchievement_IsNoClaim(string sentence) =>
        Assert.Null(CreditClaims.Find(sentence));

    [Theory]
    [InlineData("SDLP councillors have campaigned for many years for a new crossing on the Carrowmore Road.", "SDLP councillors have campaigned for")]
    [InlineData("The Greens have long pushed for a tree strategy in Hollin.", "Greens have long pushed for")]
    [InlineData("The Liberal Democrats are campaigning against the closure of Easterby library.", "Liberal Democrats are campaigning against")]
    [InlineData("The Plaid Cymru group has been leading the charge to save Abercarreg's swimming pool.", "Plaid Cymru group has been leading the charge")]
    public void Find_APoliticalBodysCampaignKeptUpOrUnderWay_IsAClaim(string sentence, string frame) =>
        AssertFrame(sentence, frame);

    [Theory]
    [InlineData("The Greens campaigned against the incinerator at the election.")]
    [InlineData("The council is campaigning for fairer funding for rural areas.")]
    [InlineData("The Conservatives have campaigned for the Kestrel ward for forty years.")]
    [InlineData("The Greens fought hard to win the Kestrel ward in May.")]
    [InlineData("Residents have campaigned for a crossing on the Carrowmore Road since 2019.")]
    public void Find_AnElectionsCampaignOrACampaignOfNoParty_IsNoClaim(string sentence) =>
        Assert.Null(CreditClaims.Find(sentence));

    [Theory]
    [InlineData("The Greens won three seats in Easterby, and Labour doubled its seats to eight.")]
    [InlineData("Only one seat in the Hollin wards was won by the Conservatives.")]
    [InlineData("Reform UK secured a majority of two on Wreake Valley council.")]
    [InlineData("Plaid Cymru has maintained its position as the biggest group in Kestrel.")]
    [InlineData("The Hollin Independents have launched a petition against the car park charges.")]
    [InlineData("The Hollin Independents have doubled their tally of two councillors to make four.")]
    [InlineData("In Kestrel ward the Greens won voters over with a promise of more buses.")]
    [InlineData("In the Easterby count the Conservatives won 12 of the 20.")]
    [InlineData("Plaid Cymru won two Labour heartlands in the valleys.")]
    [InlineData("The Greens helped win two seats from the Conservatives in Hollin.")]
    [InlineData("In Hollin, Plaid Cymru won again with a full slate of county and town councillors.")]
    public void Find_APartysElectionResultOrCampaigning_IsNoClaim(string sentence) =>
        Assert.Null(CreditClaims.Find(sentence));

    [Theory]
    [InlineData("A Liberal Democrat county council will prioritise safer routes to every school in Hollin.", "Liberal Democrat county council will prioritise")]
    [InlineData("The Conservatives will continue to deliver lower taxes if they are re-elected.", "Conservatives will continue to")]
    [InlineData("Plaid Cymru councillors will always put Abercarreg's villages first.", "Plaid Cymru councillors will always")]
    public void Find_APoliticalBodysPledge_IsTheClaimsFuture(string sentence, string frame) =>
        AssertFrame(sentence, frame);

    [Theory]
    [InlineData("The council will resurface twelve roads in Easterby this summer.")]
    [InlineData("The Green group would prioritise the bus station if the county gave it the money.")]
    [InlineData("The Liberal Democrats will not support the sale of the Kestrel Road allotments.")]
    public void Find_TheCouncilsOwnPlanOrAPartysHypothesisOrRefusal_IsNoPledge(string sentence) =>
        Assert.Null(CreditClaims.Find(sentence));

    [Theory]
    [InlineData("The Conservatives would have frozen the parking charges had their amendment passed.")]
    [InlineData("The Liberal Democrat group has not delivered the homes it promised.")]
    [InlineData("Labour haven’t delivered the new pool.")]
    [InlineData("The Greens won’t give up on the tenants of the Hollin estate.")]
    [InlineData("The Green group pledged to cut the council's carbon emissions by half.")]
    public void Find_AnIntentionOrADenial_IsNoClaim(string sentence) =>
        Assert.Null(CreditClaims.Find(sentence));

    [Theory]
    [InlineData("Labour cut the ribbon at the new Hollin depot on Friday.")]
    [InlineData("The SNP group kept its two places on the licensing board.")]
    public void Find_AVerbWhosePastIsItsPresent_CountsOnlyInThePerfect(string sentence) =>
        Assert.Null(CreditClaims.Find(sentence));

    [Theory]
    [InlineData("A strong showing by the Greens in Easterby created a hung council.")]
    [InlineData("Wreake Valley has been run by the Liberal Democrats for twenty years.")]
    [InlineData("The Greens said that when the county delivered the scheme, bus use rose.")]
    [InlineData("The Labour group, which has twelve members on the council and chairs four of its seven committees, delivered its budget speech.")]
    [InlineData("The Kestrel Independents claim they have saved the town's two libraries.")]
    [InlineData("Ann Hale, Labour leader of Kestrel council, also warned of vastly increased costs.")]
    public void Find_AVerbWhoseSubjectIsNotTheParty_IsNoClaim(string sentence) =>
        Assert.Null(CreditClaims.Find(sentence));

    [Fact]
    public void Find_ALongSentenceOfPartiesAndVerbs_FinishesInTimeProportionalToIt()
    {
        // Every party's name followed by a verb past its reach: each agent's clause is read a few words ahead, not to the end.
        var sentence = string.Concat(Enumerable.Repeat("Labour and the Greens and the SNP, and then, in the end, nobody at all delivered; ", 20_000));
        var clock = Stopwatch.StartNew();

        var span = CreditClaims.Find(sentence);

        Assert.Null(span);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Find_ALongSentenceOfPartiesUnderWhichNothingIsClaimed_FinishesInTimeProportionalToIt()
    {
        // Each "under" reads the verbs up to the next party's name, not every verb to the end.
        var sentence = string.Concat(Enumerable.Repeat("under Labour, nothing would be delivered, ", 20_000));
        var clock = Stopwatch.StartNew();

        var span = CreditClaims.Find(sentence);

        Assert.Null(span);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    // The frame found in the sentence is the one expected, agent to verb.
    private static void AssertFrame(string sentence, string frame)
    {
        var span = CreditClaims.Find(sentence);

        Assert.NotNull(span);
        Assert.Equal(frame, sentence.Substring(span.Value.Start, span.Value.Length));
    }
}
