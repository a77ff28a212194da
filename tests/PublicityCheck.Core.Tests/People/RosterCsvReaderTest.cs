using NodaTime;
using PublicityCheck.People;

namespace PublicityCheck.Tests.People;

public class RosterCsvReaderTest
{
    private const string Export = """
        name,title,kind,party,ward,role,portfolio,committee,from,to
        Jane Smith,Councillor,member,Independent,Easterby North,Leader,,,2023-05-18,2026-05-20
        Jane Smith,Councillor,member,Independent,Easterby North,CabinetMember,"Finance, Assets and Property",,2023-05-18,
        Tom Reid,Councillor,member,Labour,Mardale,ScrutinyChair,,Overview and Scrutiny Committee,2024-05-22,
        Karen Okafor,,officer,,,Officer,,,,
        """;

    [Fact]
    public void Read_MakesOnePersonWithARoleForEachRow()
    {
        var people = RosterCsvReader.Read(Export, "members.csv");

        var jane = people[0];
        Assert.Equal(3, people.Length);
        Assert.Equal("jane-smith", jane.Id);
        Assert.Equal([RoleKind.Leader, RoleKind.CabinetMember], jane.Roles.Select(r => r.Kind));
        Assert.Equal(new LocalDate(2026, 5, 20), jane.Roles[0].To);
    }

    [Fact]
    public void Read_KeepsQuotedFieldsWithCommas()
    {
        var people = RosterCsvReader.Read(Export, "members.csv");

        Assert.Equal("Finance, Assets and Property", people[0].Roles[1].Portfolio);
    }

    [Fact]
    public void Read_TakesTheKindAndCommittee()
    {
        var people = RosterCsvReader.Read(Export, "members.csv");

        Assert.Equal("Overview and Scrutiny Committee", people[1].Roles[0].Committee);
        Assert.Equal(PersonKind.Officer, people[2].Kind);
    }

    [Fact]
    public void Read_NamesTheLineOfAnUnknownRole()
    {
        var csv = "name,role\nJane Smith,Leader\nTom Reid,Chairman\n";

        var error = Assert.Throws<FormatException>(() => RosterCsvReader.Read(csv, "members.csv"));

        Assert.StartsWith("members.csv(3): 'Chairman' is not a role", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RejectsAMalformedDate()
    {
        var csv = "name,role,from\nJane Smith,Leader,18/05/2023\n";

        var error = Assert.Throws<FormatException>(() => RosterCsvReader.Read(csv, "members.csv"));

        Assert.Contains("YYYY-MM-DD", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CandidateInGivesTheElectionsAPersonStandsIn()
    {
        var csv = """
            name,title,kind,party,ward,role,portfolio,committee,from,to,candidateIn
            Fiona McBride,Councillor,member,Green,Kettleby Moor,CabinetMember,Environment,,2024-05-22,,borough-2026
            Fiona McBride,Councillor,member,Green,Kettleby Moor,CommitteeChair,,Licensing Committee,2024-05-22,,county-2027; borough-2026
            Tom Reid,Councillor,member,Labour,Mardale,Councillor,,,,,
            """;

        var people = RosterCsvReader.Read(csv, "members.csv");

        Assert.Equal(["borough-2026", "county-2027"], people[0].CandidateIn.ToArray());
        Assert.Empty(people[1].CandidateIn);
    }

    [Fact]
    public void Read_AnOutsideSpeakerMayHaveNoRole()
    {
        var csv = "name,title,kind,role\nAmira Haddad,Director of the Mardale Food Bank,external,\n";

        var person = Assert.Single(RosterCsvReader.Read(csv, "members.csv"));

        Assert.Equal((PersonKind.External, "Director of the Mardale Food Bank"), (person.Kind, person.Title));
        Assert.Empty(person.Roles);
    }

    [Fact]
    public void Read_ACouncillorsRowStillNeedsARole()
    {
        var csv = "name,kind,role\nTom Reid,member,\n";

        var error = Assert.Throws<FormatException>(() => RosterCsvReader.Read(csv, "members.csv"));

        Assert.Equal("members.csv(2): the row has no role (only an outside speaker, kind external, may have none)", error.Message);
    }

    [Fact]
    public void ReadEntries_GivesTheLineOfEachPersonsFirstRow()
    {
        var entries = RosterCsvReader.ReadEntries(Export, "members.csv");

        Assert.Equal([2, 4, 5], entries.Select(e => e.Line));
    }
}
