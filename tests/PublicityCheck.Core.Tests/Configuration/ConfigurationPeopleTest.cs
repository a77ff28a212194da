using System.Text;
using NodaTime;
using PublicityCheck.Configuration;
using PublicityCheck.People;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Tests.Configuration;

public class ConfigurationPeopleTest
{
    private static PublicityCheckConfiguration Parse(string json) =>
        ConfigurationFileParser.Parse("publicitycheck.json", Encoding.UTF8.GetBytes(json)).Configuration;

    [Fact]
    public void Parse_ReadsPeopleWithDatedRoles()
    {
        var configuration = Parse("""
            {
              "people": [
                { "id": "jane-smith", "name": "Jane Smith", "title": "Councillor", "kind": "member", "party": "Independent",
                  "ward": "Easterby North", "aliases": ["Jan Smith"],
                  "roles": [ { "role": "Leader", "from": "2023-05-18" },
                             { "role": "CabinetMember", "portfolio": "Finance", "topics": ["finance"] } ],
                  "candidateIn": ["borough-2027"] }
              ]
            }
            """);

        var jane = Assert.Single(configuration.People);
        Assert.Equal(new LocalDate(2023, 5, 18), jane.Roles[0].From);
        Assert.Equal("Finance", jane.Roles[1].Portfolio);
        Assert.Equal(["borough-2027"], jane.CandidateIn.ToArray());
        Assert.Same(jane, configuration.Roster.Resolve("Cllr Smith").Person);
    }

    [Fact]
    public void Parse_NamesTheLineOfAnUnknownRole()
    {
        var error = Assert.Throws<ConfigurationException>(() => Parse("""
            {
              "people": [
                { "name": "Jane Smith", "roles": [ { "role": "Chairman" } ] }
              ]
            }
            """));

        Assert.Equal("$.people[0].roles[0].role", error.JsonPath);
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void Parse_RejectsARoleThatEndsBeforeItStarts()
    {
        var error = Assert.Throws<ConfigurationException>(() => Parse("""
            { "people": [ { "name": "Jane Smith", "roles": [ { "role": "Leader", "from": "2026-05-20", "to": "2023-05-18" } ] } ] }
            """));

        Assert.Equal("$.people[0].roles[0].to", error.JsonPath);
    }

    [Fact]
    public void Parse_RejectsAPersonWithoutAName()
    {
        var error = Assert.Throws<ConfigurationException>(() => Parse("""{ "people": [ { "title": "Councillor" } ] }"""));

        Assert.Equal("$.people[0]", error.JsonPath);
    }

    [Fact]
    public void Parse_ImportsTheRosterCsvBesideTheFile()
    {
        using var folder = new TemporaryFolder();
        folder.Write("members.csv", "name,title,kind,party,ward,role,portfolio,committee,from,to\nTom Reid,Councillor,member,Labour,Mardale,ScrutinyChair,,Overview and Scrutiny Committee,2024-05-22,\n");
        var file = folder.Write("publicitycheck.json", """{ "roster": "members.csv" }""");

        var (configuration, _) = ConfigurationFileParser.ParseFile(file);

        Assert.Equal(RoleKind.ScrutinyChair, Assert.Single(configuration.People).Roles[0].Kind);
    }

    [Fact]
    public void Parse_NamesTheRosterSettingWhenTheCsvIsBad()
    {
        using var folder = new TemporaryFolder();
        folder.Write("members.csv", "name,role\nTom Reid,Chairman\n");
        var file = folder.Write("publicitycheck.json", """{ "roster": "members.csv" }""");

        var error = Assert.Throws<ConfigurationException>(() => ConfigurationFileParser.ParseFile(file));

        Assert.Equal("$.roster", error.JsonPath);
        Assert.Contains("members.csv(2)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SelectsABuiltInPolicy()
    {
        Assert.True(Parse("""{ "policy": "county" }""").EffectivePolicy.BalanceRequired);
    }

    [Fact]
    public void EffectivePolicy_IsTheBoroughProtocolByDefault()
    {
        Assert.Equal("borough", PublicityCheckConfiguration.Default.EffectivePolicy.Name);
    }

    [Fact]
    public void Parse_RejectsAPolicyThatIsNeitherBuiltInNorAFile()
    {
        var error = Assert.Throws<ConfigurationException>(() => Parse("""{ "policy": "parish" }"""));

        Assert.Equal("$.policy", error.JsonPath);
    }

    [Fact]
    public void OverlaidWith_LetsANearerFileReplaceAPersonWithTheSameId()
    {
        var county = Parse("""{ "people": [ { "id": "jane-smith", "name": "Jane Smith", "party": "Independent" }, { "name": "Tom Reid" } ] }""");
        var press = Parse("""{ "people": [ { "id": "jane-smith", "name": "Jane Smith", "party": "Green" } ] }""");

        var merged = county.OverlaidWith(press);

        Assert.Equal(2, merged.People.Length);
        Assert.Equal("Green", merged.People.Single(p => p.Id == "jane-smith").Party);
    }

    private static PublicityCheckConfiguration ParseWithRoster(string json, string csv)
    {
        using var folder = new TemporaryFolder();
        folder.Write("members.csv", csv);
        return ConfigurationFileParser.ParseFile(folder.Write("publicitycheck.json", json)).Configuration;
    }

    private const string FionaInTheRoster = """
        name,title,kind,party,ward,role,portfolio,committee,from,to
        Tom Reid,Councillor,member,Labour,Mardale,Councillor,,,,
        Fiona McBride,Councillor,member,Green,Kettleby Moor,CabinetMember,Environment,,2024-05-22,
        """;

    [Fact]
    public void Parse_OnePersonInTheRosterAndInPeopleIsMergedIntoOne()
    {
        var configuration = ParseWithRoster("""
            {
              "roster": "members.csv",
              "people": [
                { "name": "Fiona McBride", "title": "Councillor", "party": "Green", "aliases": ["Fi McBride"], "candidateIn": ["borough-2026"],
                  "roles": [ { "role": "CabinetMember", "portfolio": "Environment", "topics": ["environment-and-waste"], "from": "2024-05-22" } ] }
              ]
            }
            """, FionaInTheRoster);

        var fiona = Assert.Single(configuration.People, p => p.Name == "Fiona McBride");
        Assert.Equal(2, configuration.People.Length);
        Assert.Equal("Kettleby Moor", fiona.Ward);
        Assert.Equal(["Fi McBride"], fiona.Aliases.ToArray());
        Assert.Equal(["borough-2026"], fiona.CandidateIn.ToArray());
        Assert.Equal(["environment-and-waste"], fiona.Roles.Single().Topics.ToArray());
        Assert.Same(fiona, configuration.Roster.Resolve("Councillor Fiona McBride").Person);
    }

    [Fact]
    public void Parse_OnePersonDescribedDifferentlyInTheRosterAndInPeopleIsAnErrorNamingBoth()
    {
        using var folder = new TemporaryFolder();
        folder.Write("members.csv", FionaInTheRoster);
        var file = folder.Write("publicitycheck.json", """
            {
              "roster": "members.csv",
              "people": [
                { "name": "Fiona McBride", "title": "Councillor", "party": "Labour" }
              ]
            }
            """);

        var error = Assert.Throws<ConfigurationException>(() => ConfigurationFileParser.ParseFile(file));

        Assert.Equal(("$.people[0].name", 4), (error.JsonPath, error.Line));
        Assert.EndsWith(
            "Fiona McBride is described twice, in members.csv line 3 and in $.people[0] (line 4), and the two differ in party (\"Green\" and \"Labour\"); describe them once, or give each an \"id\" of their own in people if they are two people",
            error.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TwoPeopleOfOneNameWithIdsOfTheirOwnAreKeptApart()
    {
        var configuration = Parse("""
            {
              "people": [
                { "id": "john-smith-mardale", "name": "John Smith", "title": "Councillor", "ward": "Mardale" },
                { "id": "john-smith-easterby", "name": "John Smith", "title": "Councillor", "ward": "Easterby North" }
              ]
            }
            """);

        Assert.Equal(["Mardale", "Easterby North"], configuration.People.Select(p => p.Ward));
    }

    [Fact]
    public void Parse_CandidateInFromTheRosterCsvReachesThePerson()
    {
        var configuration = ParseWithRoster(
            """{ "roster": "members.csv" }""",
            "name,title,role,candidateIn\nFiona McBride,Councillor,Councillor,borough-2026\n");

        Assert.Equal(["borough-2026"], configuration.People.Single().CandidateIn.ToArray());
    }
}
