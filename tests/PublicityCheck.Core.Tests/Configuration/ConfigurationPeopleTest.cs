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
}
