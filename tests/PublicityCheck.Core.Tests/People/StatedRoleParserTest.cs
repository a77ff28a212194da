using PublicityCheck.People;

namespace PublicityCheck.Tests.People;

public class StatedRoleParserTest
{
    [Theory]
    [InlineData("Leader of the Council", RoleKind.Leader)]
    [InlineData("Leader of Wreake Valley Borough Council", RoleKind.Leader)]
    [InlineData("the council's Deputy Leader", RoleKind.DeputyLeader)]
    [InlineData("Cabinet Member for Housing", RoleKind.CabinetMember)]
    [InlineData("Lead Member for Leisure and Culture", RoleKind.CabinetMember)]
    [InlineData("Portfolio Holder for Finance", RoleKind.CabinetMember)]
    [InlineData("Chair of the Overview and Scrutiny Committee", RoleKind.ScrutinyChair)]
    [InlineData("Chair of the Planning Committee", RoleKind.CommitteeChair)]
    [InlineData("Chair of Wreake Valley Borough Council", RoleKind.CivicHead)]
    [InlineData("Mayor of Easterby", RoleKind.CivicHead)]
    [InlineData("Provost of Argyll and Bute", RoleKind.CivicHead)]
    [InlineData("Lord Provost", RoleKind.CivicHead)]
    [InlineData("Convener", RoleKind.CivicHead)]
    [InlineData("Council Convener", RoleKind.CivicHead)]
    [InlineData("Depute Provost", RoleKind.CivicHead)]
    [InlineData("Convener of the Council", RoleKind.CivicHead)]
    [InlineData("Convener of the Education Committee", RoleKind.CommitteeChair)]
    [InlineData("Convenor of the Audit and Scrutiny Committee", RoleKind.ScrutinyChair)]
    [InlineData("Chief Executive", RoleKind.Officer)]
    [InlineData("the council's Head of Planning", RoleKind.Officer)]
    [InlineData("ward councillor for Mardale", RoleKind.Councillor)]
    public void Parse_ReadsTheKindOfRole(string roleText, RoleKind kind)
    {
        Assert.Equal(kind, StatedRoleParser.Parse(roleText)!.Kind);
    }

    [Fact]
    public void Parse_ReadsTheCommitteeAChairAlsoCalledCouncillorChairs()
    {
        var stated = StatedRoleParser.Parse("Chair of the Hollin Area Committee and councillor")!;

        Assert.Equal(RoleKind.CommitteeChair, stated.Kind);
        Assert.Equal("Hollin Area Committee", stated.Portfolio);
    }

    [Fact]
    public void Parse_ReadsThePortfolio()
    {
        Assert.Equal("Housing and Homelessness", StatedRoleParser.Parse("Cabinet Member for Housing and Homelessness")!.Portfolio);
    }

    [Theory]
    [InlineData("Leader of the Labour Group")]
    [InlineData("Green Party spokesperson for the environment")]
    [InlineData("leader of the opposition")]
    public void Parse_MarksAPartyRole(string roleText)
    {
        var role = StatedRoleParser.Parse(roleText)!;

        Assert.True(role.SpeaksForParty);
        Assert.NotEqual(RoleKind.Leader, role.Kind);
    }

    [Theory]
    [InlineData("Chair of the Easterby Residents' Association")]
    [InlineData("chair of governors at Hollin Bridge Primary School")]
    public void Parse_ReturnsNullForTheChairOfAnOutsideBody(string roleText)
    {
        Assert.Null(StatedRoleParser.Parse(roleText));
    }

    [Fact]
    public void Parse_ReturnsNullForAnOutsideRole()
    {
        Assert.Null(StatedRoleParser.Parse("owner of the Corn Exchange Café"));
    }
}
