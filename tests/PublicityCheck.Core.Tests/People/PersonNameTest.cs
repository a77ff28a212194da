using PublicityCheck.People;

namespace PublicityCheck.Tests.People;

public class PersonNameTest
{
    [Fact]
    public void Key_DropsAPoliceRankBeforeTheName()
    {
        Assert.Equal("rachel kemp", PersonName.Key("Inspector Rachel Kemp"));
    }

    [Fact]
    public void Key_DropsSeveralTitlesAndLettersAfterTheName()
    {
        Assert.Equal("jane smith", PersonName.Key("The Right Worshipful the Mayor, Councillor Dr Jane Smith MBE"));
    }

    [Fact]
    public void Key_KeepsASurnameThatIsAlsoATitle()
    {
        Assert.Equal("helen parish", PersonName.Key("Councillor Helen Parish"));
    }
}
