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
}
