using PublicityCheck.People;
using PublicityCheck.Policies;
using PublicityCheck.Releases;

namespace PublicityCheck.Tests.Policies;

public class PolicyPackReaderTest
{
    [Fact]
    public void BuiltIn_BoroughAllowsOnlyTheScrutinyChairAndOfficersInAScrutinyRelease()
    {
        var borough = PolicyPackReader.BuiltIn("borough");

        Assert.Equal([RoleKind.ScrutinyChair, RoleKind.Officer], borough.QuotableIn(ReleaseKind.Scrutiny).ToArray());
    }

    [Fact]
    public void BuiltIn_BoroughAllowsTheExecutiveAndOfficersInAGeneralRelease()
    {
        var borough = PolicyPackReader.BuiltIn("borough");

        Assert.Equal([RoleKind.Leader, RoleKind.DeputyLeader, RoleKind.CabinetMember, RoleKind.Officer], borough.QuotableIn(ReleaseKind.General).ToArray());
    }

    [Fact]
    public void BuiltIn_CountyAsksForBalanceAndLocalMembers()
    {
        var county = PolicyPackReader.BuiltIn("county");

        Assert.True(county.BalanceRequired);
        Assert.True(county.LocalMemberMustBeInvited);
    }

    [Fact]
    public void BuiltIn_CommitteeAllowsCommitteeChairsInAGeneralRelease()
    {
        var committee = PolicyPackReader.BuiltIn("committee");

        Assert.Equal([RoleKind.Leader, RoleKind.DeputyLeader, RoleKind.CommitteeChair, RoleKind.CabinetMember, RoleKind.Officer], committee.QuotableIn(ReleaseKind.General).ToArray());
        Assert.True(committee.ChairsInCapacityOnly);
    }

    [Fact]
    public void Parse_RejectsAnUnknownRole()
    {
        var error = Assert.Throws<FormatException>(() => PolicyPackReader.Parse("""{ "quotable": { "general": ["Chairman"] } }""", "parish.json"));

        Assert.Contains("'Chairman' is not a role", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void QuotableIn_FallsBackToGeneralForAKindNotListed()
    {
        var pack = PolicyPackReader.Parse("""{ "name": "parish", "quotable": { "general": ["Leader", "Officer"] } }""", "parish.json");

        Assert.Equal([RoleKind.Leader, RoleKind.Officer], pack.QuotableIn(ReleaseKind.Emergency).ToArray());
    }

    [Fact]
    public void BuiltIn_BoroughLetsTheCivicHeadSpeakInACivicRelease()
    {
        var borough = PolicyPackReader.BuiltIn("borough");

        Assert.Equal([RoleKind.CivicHead, RoleKind.Leader, RoleKind.DeputyLeader, RoleKind.CabinetMember, RoleKind.Officer], borough.QuotableIn(ReleaseKind.Civic).ToArray());
    }

    [Fact]
    public void Parse_ReadsACivicList()
    {
        var pack = PolicyPackReader.Parse("""{ "quotable": { "general": ["Leader"], "civic": ["CivicHead"] } }""", "parish.json");

        Assert.Equal([RoleKind.CivicHead], pack.QuotableIn(ReleaseKind.Civic).ToArray());
    }
}
