using System.Text;
using NodaTime;
using PublicityCheck.Calendar;
using PublicityCheck.Configuration;

namespace PublicityCheck.Tests.Configuration;

public class ConfigurationFileParserElectionsTest
{
    private static PublicityCheckConfiguration Parse(string json) =>
        ConfigurationFileParser.Parse("press/publicitycheck.json", Encoding.UTF8.GetBytes(json)).Configuration;

    private static ConfigurationException ParseError(string json) =>
        Assert.Throws<ConfigurationException>(() => Parse(json));

    [Fact]
    public void Parse_ReadsAnElection()
    {
        var configuration = Parse("""
            { "elections": [ { "id": "local-2026", "name": "Borough elections", "poll": "2026-05-07", "type": "local", "country": "england" } ] }
            """);

        var election = Assert.Single(configuration.Elections);
        Assert.Equal(("local-2026", "Borough elections", new LocalDate(2026, 5, 7), ElectionType.Local, UkCountry.England), (election.Id, election.Name, election.Poll, election.Type, election.Country));
    }

    [Fact]
    public void Parse_ReadsAByElectionsWardsAndStart()
    {
        var configuration = Parse("""
            { "elections": [ { "id": "abbey", "poll": "2026-05-07", "type": "by-election", "country": "england", "wards": ["Abbey"], "start": "2026-03-20" } ] }
            """);

        var election = Assert.Single(configuration.Elections);
        Assert.Equal<string>(["Abbey"], election.Wards);
        Assert.Equal(new LocalDate(2026, 3, 20), election.Start);
    }

    [Fact]
    public void Parse_ReadsTheExtraDiesNon()
    {
        var configuration = Parse("""{ "calendar": { "extraDiesNon": ["2022-09-19"], "noticeWorkingDays": 15 } }""");

        Assert.Equal<LocalDate>([new LocalDate(2022, 9, 19)], configuration.Calendar.ExtraDiesNon);
        Assert.Equal(15, configuration.Calendar.NoticeWorkingDays);
    }

    [Fact]
    public void Parse_NamesTheFilePathAndLineOfABadPollDate()
    {
        var error = ParseError("""
            {
              "elections": [
                { "id": "local-2026", "poll": "2026-13-07", "type": "local", "country": "england" }
              ]
            }
            """);

        Assert.StartsWith("press/publicitycheck.json(3,", error.Message, StringComparison.Ordinal);
        Assert.Equal("$.elections[0].poll", error.JsonPath);
        Assert.Contains("\"2026-13-07\" is not a date: use YYYY-MM-DD", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RejectsAnUnknownElectionType()
    {
        var error = ParseError("""{ "elections": [ { "id": "x", "poll": "2026-05-07", "type": "council", "country": "england" } ] }""");

        Assert.Equal("$.elections[0].type", error.JsonPath);
        Assert.Contains("use \"local\", \"parliamentary\"", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RejectsAnUnknownCountry()
    {
        Assert.Equal("$.elections[0].country", ParseError("""{ "elections": [ { "id": "x", "poll": "2026-05-07", "type": "local", "country": "cornwall" } ] }""").JsonPath);
    }

    [Fact]
    public void Parse_RejectsAPccElectionInScotland()
    {
        Assert.Contains("only in England and Wales", ParseError("""{ "elections": [ { "id": "x", "poll": "2026-05-07", "type": "pcc", "country": "scotland" } ] }""").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RejectsAByElectionWithoutWards()
    {
        Assert.Equal("$.elections[0]", ParseError("""{ "elections": [ { "id": "x", "poll": "2026-05-07", "type": "by-election", "country": "england" } ] }""").JsonPath);
    }

    [Fact]
    public void Parse_RejectsAStartAfterTheStatutoryStart()
    {
        var error = ParseError("""{ "elections": [ { "id": "x", "poll": "2026-05-07", "type": "local", "country": "england", "start": "2026-04-01" } ] }""");

        Assert.Contains("after the statutory start of the period (2026-03-30)", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RejectsADuplicateId()
    {
        var error = ParseError("""
            { "elections": [
              { "id": "x", "poll": "2026-05-07", "type": "local", "country": "england" },
              { "id": "X", "poll": "2027-05-06", "type": "local", "country": "england" } ] }
            """);

        Assert.Equal(("$.elections[1].id", 3), (error.JsonPath, error.Line));
    }

    [Fact]
    public void Parse_RejectsAnUnknownElectionSetting()
    {
        Assert.Equal("$.elections[0].date", ParseError("""{ "elections": [ { "id": "x", "date": "2026-05-07" } ] }""").JsonPath);
    }

    [Fact]
    public void Parse_RejectsANegativeNoticeWorkingDays()
    {
        Assert.Equal("$.calendar.noticeWorkingDays", ParseError("""{ "calendar": { "noticeWorkingDays": -1 } }""").JsonPath);
    }

    [Fact]
    public void OverlaidWith_LetsANearerFileReplaceAnElectionById()
    {
        var far = Parse("""{ "elections": [ { "id": "local-2026", "poll": "2026-05-07", "type": "local", "country": "england" }, { "id": "pcc-2028", "poll": "2028-05-04", "type": "pcc", "country": "england" } ], "calendar": { "extraDiesNon": ["2030-06-12"] } }""");
        var near = Parse("""{ "elections": [ { "id": "local-2026", "name": "Moved", "poll": "2026-05-07", "type": "local", "country": "england", "start": "2026-03-25" } ], "calendar": { "extraDiesNon": ["2030-06-13"] } }""");

        var merged = far.OverlaidWith(near);

        Assert.Equal(["pcc-2028:pcc-2028", "local-2026:Moved"], merged.Elections.Select(e => $"{e.Id}:{e.Name}"));
        Assert.Equal(2, merged.Calendar.ExtraDiesNon.Length);
    }

    [Fact]
    public void Parse_ReadsAnElectionFromItsIdentifierAlone()
    {
        var election = Assert.Single(Parse("""{ "elections": [ { "id": "sp.2026-05-07" } ] }""").Elections);

        Assert.Equal((new LocalDate(2026, 5, 7), ElectionType.ScottishParliament, UkCountry.Scotland, "sp.2026-05-07"), (election.Poll, election.Type, election.Country, election.Name));
    }

    [Fact]
    public void Parse_ReadsALocalByElectionIdentifierWithItsCountryAndWards()
    {
        var election = Assert.Single(Parse("""{ "elections": [ { "id": "local.hounslow.cranford.by.2028-05-04", "country": "england", "wards": ["Cranford"] } ] }""").Elections);

        Assert.Equal((ElectionType.ByElection, new LocalDate(2028, 5, 4)), (election.Type, election.Poll));
        Assert.Equal<string>(["Cranford"], election.Wards);
    }

    [Fact]
    public void Parse_NamesTheFileLineAndWhatWasExpectedOfAMisspeltIdentifier()
    {
        var error = ParseError("""
            {
              "elections": [
                { "id": "locla.norfolk.2027-05-06", "country": "england" }
              ]
            }
            """);

        Assert.StartsWith("press/publicitycheck.json(3,", error.Message, StringComparison.Ordinal);
        Assert.Equal("$.elections[0].id", error.JsonPath);
        Assert.Contains("\"locla\" in \"locla.norfolk.2027-05-06\" is not an election type: use parl, nia, sp", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RejectsAnImpossibleDateInAnIdentifier()
    {
        var error = ParseError("""{ "elections": [ { "id": "sp.2026-02-30" } ] }""");

        Assert.Equal("$.elections[0].id", error.JsonPath);
        Assert.Contains("not a day of the calendar", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_AsksForTheCountryALocalIdentifierDoesNotGive()
    {
        var error = ParseError("""{ "elections": [ { "id": "local.norfolk.2027-05-06" } ] }""");

        Assert.Equal("$.elections[0]", error.JsonPath);
        Assert.Contains("\"local.norfolk.2027-05-06\" does not say where the poll is held", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RejectsAPollDateOtherThanTheIdentifiers()
    {
        var error = ParseError("""{ "elections": [ { "id": "sp.2026-05-07", "poll": "2026-05-14" } ] }""");

        Assert.Equal("$.elections[0].poll", error.JsonPath);
    }

    [Fact]
    public void Parse_RejectsATypeOtherThanTheIdentifiers()
    {
        var error = ParseError("""{ "elections": [ { "id": "sp.2026-05-07", "type": "local" } ] }""");

        Assert.Contains("is not the kind of poll \"sp.2026-05-07\" names (scottish-parliament)", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RejectsACountryOtherThanTheIdentifiers()
    {
        Assert.Equal("$.elections[0].country", ParseError("""{ "elections": [ { "id": "gla.2028-05-04", "country": "wales" } ] }""").JsonPath);
    }

    [Fact]
    public void Parse_LetsAReferendumIdentifierBeANeighbourhoodReferendum()
    {
        var election = Assert.Single(Parse("""{ "elections": [ { "id": "ref.rushcliffe.2026-10-15", "type": "neighbourhood-referendum", "country": "england" } ] }""").Elections);

        Assert.Equal(ElectionType.NeighbourhoodPlanningReferendum, election.Type);
    }

    [Fact]
    public void Parse_TakesASeneddGeneralElectionFromItsIdentifierAlone()
    {
        var election = Assert.Single(Parse("""{ "elections": [ { "id": "senedd.2026-05-07" } ] }""").Elections);

        Assert.Equal((ElectionType.Senedd, UkCountry.Wales, new LocalDate(2026, 5, 7)), (election.Type, election.Country, election.Poll));
    }

    [Fact]
    public void Parse_RefusesASeneddElectionOutsideWales()
    {
        var error = ParseError("""{ "elections": [ { "id": "senedd.2026-05-07", "country": "england" } ] }""");

        Assert.StartsWith("\"senedd.2026-05-07\" is held in wales, not", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_AsksForTheWritOrNoticeOfAParliamentaryByElection()
    {
        var error = ParseError("""{ "elections": [ { "id": "parl.hexham.by.2026-02-26", "country": "england" } ] }""");

        Assert.Contains("give \"writ\"", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ReadsTheWritOfAParliamentaryByElection()
    {
        var election = Assert.Single(Parse("""{ "elections": [ { "id": "parl.hexham.by.2026-02-26", "country": "england", "writ": "2026-01-22" } ] }""").Elections);

        Assert.Equal((ElectionType.ParliamentaryByElection, new LocalDate(2026, 1, 22)), (election.Type, election.Writ));
    }

    [Fact]
    public void Parse_RejectsAWritForAnotherKindOfPoll()
    {
        Assert.Equal("$.elections[0].writ", ParseError("""{ "elections": [ { "id": "sp.2026-05-07", "writ": "2026-03-01" } ] }""").JsonPath);
    }

    [Fact]
    public void Parse_AsksForTheStartOfANationalReferendumPeriod()
    {
        var error = ParseError("""{ "elections": [ { "id": "ref.2030-06-27", "country": "england" } ] }""");

        Assert.Contains("the Act that calls it", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ReadsASeneddByElectionFromItsIdentifierWithTheNoticeItsCouncilPublished()
    {
        var election = Assert.Single(Parse("""
            { "elections": [ { "id": "senedd.c.caerphilly.by.2025-10-23", "start": "2025-09-18" } ] }
            """).Elections);

        Assert.Equal(
            (ElectionType.SeneddByElection, UkCountry.Wales, new LocalDate(2025, 10, 23), new LocalDate(2025, 9, 18)),
            (election.Type, election.Country, election.Poll, election.Start!.Value));
    }

    [Fact]
    public void Parse_AsksForTheNoticeOfASeneddByElection()
    {
        var error = ParseError("""{ "elections": [ { "id": "senedd.c.caerphilly.by.2025-10-23" } ] }""");

        Assert.Contains("give \"start\": the day the notice of election was published", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ReadsACouncilTaxReferendumNamedByALocalReferendumIdentifier()
    {
        var election = Assert.Single(Parse("""
            { "elections": [ { "id": "ref.westmoor.2027-03-04", "type": "council-tax-referendum", "country": "england", "start": "2027-01-28" } ] }
            """).Elections);

        Assert.Equal((ElectionType.CouncilTaxReferendum, new LocalDate(2027, 1, 28)), (election.Type, election.Start!.Value));
    }

    [Fact]
    public void Parse_AsksForTheFirstNoticeOfACouncilTaxReferendum()
    {
        var error = ParseError("""{ "elections": [ { "id": "ref.westmoor.2027-03-04", "type": "council-tax-referendum", "country": "england" } ] }""");

        Assert.Contains("the day the first notice of the referendum was published", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ReadsAScottishParliamentByElectionFromItsIdentifierWithTheNoticeItsCouncilPublished()
    {
        var election = Assert.Single(Parse("""
            { "elections": [ { "id": "sp.c.hamilton-larkhall-and-stonehouse.by.2025-06-05", "wards": ["Hamilton North and East"], "start": "2025-04-17" } ] }
            """).Elections);

        Assert.Equal(
            (ElectionType.ScottishParliamentByElection, UkCountry.Scotland, new LocalDate(2025, 6, 5), new LocalDate(2025, 4, 17), true),
            (election.Type, election.Country, election.Poll, election.Start!.Value, election.IsForSomeWards));
    }

    [Fact]
    public void Parse_RejectsAScottishParliamentNoticeEarlierThanTheRulesAllow()
    {
        var error = ParseError("""
            {
              "elections": [
                { "id": "sp.c.hamilton-larkhall-and-stonehouse.by.2025-06-05", "start": "2025-04-10" }
              ]
            }
            """);

        Assert.StartsWith("press/publicitycheck.json(3,", error.Message, StringComparison.Ordinal);
        Assert.Equal("$.elections[0].start", error.JsonPath);
        Assert.Contains("2025-04-10 is before the first day the notice of election may be published (2025-04-11)", error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sp.r.central-scotland.by.2025-06-05", "only a constituency seat")]
    [InlineData("nia.belfast-south.by.2025-09-18", "which avoids a by-election")]
    public void Parse_SaysWhyADevolvedByElectionIdentifierIsNotTimed(string id, string reason)
    {
        var error = ParseError($$"""{ "elections": [ { "id": "{{id}}" } ] }""");

        Assert.Equal("$.elections[0].id", error.JsonPath);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }
}
