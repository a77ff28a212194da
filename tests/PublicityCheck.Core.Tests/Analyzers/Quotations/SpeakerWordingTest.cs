using PublicityCheck.Analyzers.Quotations;

namespace PublicityCheck.Tests.Analyzers.Quotations;

public class SpeakerWordingTest
{
    [Fact]
    public void List_OfSeveral_PutsTheConjunctionBeforeTheLast()
    {
        Assert.Equal("the Leader, the Deputy Leader or an officer", SpeakerWording.List(["the Leader", "the Deputy Leader", "an officer"], "or"));
    }

    [Fact]
    public void List_OfTwo_JoinsThemWithTheConjunctionAlone()
    {
        Assert.Equal("the Scrutiny Chair or an officer", SpeakerWording.List(["the Scrutiny Chair", "an officer"], "or"));
    }

    [Fact]
    public void List_OfOne_IsThatItem()
    {
        Assert.Equal("an officer", SpeakerWording.List(["an officer"], "or"));
    }

    [Fact]
    public void NameWithRoles_RoleTheNameAlreadyGivesAsATitle_IsNotRepeated()
    {
        Assert.Equal("Councillor Tom Reid", SpeakerWording.NameWithRoles("Councillor Tom Reid", ["Councillor"]));
    }

    [Fact]
    public void NameWithRoles_RoleTheNameDoesNotGive_FollowsInBrackets()
    {
        Assert.Equal(
            "Councillor Sarah Beaumont (Chair of the Scrutiny Commission)",
            SpeakerWording.NameWithRoles("Councillor Sarah Beaumont", ["Councillor", "Chair of the Scrutiny Commission"]));
    }

    [Fact]
    public void NameWithRoles_TwoRolesTheNameDoesNotGive_AreJoinedWithAnd()
    {
        Assert.Equal(
            "Councillor Helen Marsh (Leader of the Council and Cabinet Member for Finance)",
            SpeakerWording.NameWithRoles("Councillor Helen Marsh", ["Leader of the Council", "Cabinet Member for Finance"]));
    }
}
