using NodaTime;
using PublicityCheck.People;

namespace PublicityCheck.Tests.People;

public class RosterTest
{
    private static readonly Person JaneSmith = new()
    {
        Id = "jane-smith",
        Name = "Jane Smith",
        Title = "Councillor",
        Aliases = ["Jan Smith"],
        Party = "Independent",
        Ward = "Easterby North",
        Roles = [new Role { Kind = RoleKind.Leader, From = new LocalDate(2023, 5, 18), To = new LocalDate(2026, 5, 20) }],
    };

    private static readonly Person PeterSmith = new() { Id = "peter-smith", Name = "Peter Smith", Title = "Councillor", Party = "Labour" };

    private static readonly Person AmirPatel = new() { Id = "amir-patel", Name = "Amir Patel", Title = "Dr", Kind = PersonKind.Officer };

    private static readonly Person KarenOkafor = new() { Id = "karen-okafor", Name = "Karen Okafor", Kind = PersonKind.Officer };

    private static readonly Roster Roster = new([JaneSmith, AmirPatel, KarenOkafor]);

    [Theory]
    [InlineData("Councillor Jane Smith")]
    [InlineData("Cllr Jane Smith")]
    [InlineData("Cllr. J. Smith")]
    [InlineData("Cllr Smith")]
    [InlineData("County Councillor Jane Smith")]
    [InlineData("Jan Smith")]
    [InlineData("JANE SMITH")]
    public void Resolve_FindsThePersonHoweverTheReleaseWritesTheName(string mention)
    {
        Assert.Same(JaneSmith, Roster.Resolve(mention).Person);
    }

    [Fact]
    public void Resolve_FindsAnOfficerByTitleAndSurname()
    {
        Assert.Same(AmirPatel, Roster.Resolve("Dr Patel").Person);
    }

    [Fact]
    public void Resolve_SuggestsTheNearestNameForAMisspelling()
    {
        var match = Roster.Resolve("Councillor Jane Smyth");

        Assert.Null(match.Person);
        Assert.Same(JaneSmith, match.Suggestion);
    }

    [Fact]
    public void Resolve_SuggestsNothingForAStranger()
    {
        var match = Roster.Resolve("Margaret Oyelaran");

        Assert.Null(match.Person);
        Assert.Null(match.Suggestion);
    }

    [Fact]
    public void Resolve_ReportsASurnameTwoCouncillorsShare()
    {
        var roster = new Roster([JaneSmith, PeterSmith]);

        var match = roster.Resolve("Cllr Smith");

        Assert.Null(match.Person);
        Assert.Equal(2, match.Ambiguous.Length);
    }

    [Fact]
    public void RolesOn_GivesTheRoleHeldOnTheDate()
    {
        Assert.Equal(RoleKind.Leader, Assert.Single(JaneSmith.RolesOn(new LocalDate(2026, 3, 3))).Kind);
    }

    [Fact]
    public void RolesOn_GivesCouncillorOnceTheLeadershipHasEnded()
    {
        Assert.Equal(RoleKind.Councillor, Assert.Single(JaneSmith.RolesOn(new LocalDate(2026, 5, 21))).Kind);
    }

    [Fact]
    public void RolesOn_GivesOfficerForAnOfficerWithNoRolesListed()
    {
        Assert.Equal(RoleKind.Officer, Assert.Single(KarenOkafor.RolesOn(new LocalDate(2026, 3, 3))).Kind);
    }
}
