using PublicityCheck.Analyzers.Partisan;

namespace PublicityCheck.Tests.Analyzers.Partisan;

public class PeopleCaptionTest
{
    [Theory]
    [InlineData("Councillors Ann Hale and Ravi Shah")]
    [InlineData("Cllr Jo Bell, Cabinet Member for Housing, with Mr Tom Reid")]
    [InlineData("Pictured: Cllr Jo Bell and Dr Priya Nair.")]
    [InlineData("Left to right: Coun Sian Morgan, Mrs Eira Lloyd MBE and Councillor Dafydd ap Iorwerth")]
    [InlineData("Cllr Aoife O'Neill and Cllr Sam Smith-Jones (Leader of the Council)")]
    public void IsListOfPeople_CaptionNamingPeopleWithTitlesAndRoles(string text)
    {
        Assert.True(PeopleCaption.IsListOfPeople(text));
    }

    [Theory]
    [InlineData("Apologies were received from Councillors Hale, Shah, Reid and O'Neill.")]
    [InlineData("Apologies for absence had been received from Alderman Kerr and Councillors Magee and McCann.")]
    [InlineData("Apologies were recorded on behalf of Councillor Dafydd ap Iorwerth.")]
    [InlineData("Councillors Hale and Shah sent their apologies.")]
    public void IsListOfPeople_MinutesRecordOfApologies(string text)
    {
        Assert.True(PeopleCaption.IsListOfPeople(text));
    }

    [Theory]
    [InlineData("Apologies were received from residents who could not attend the consultation.")]
    [InlineData("Apologies were received from Councillors Hale and Shah, who were out campaigning for the Greens.")]
    [InlineData("Councillors Hale and Shah received the award on behalf of the council.")]
    [InlineData("Councillor Hale has sent her apologies to the Conservative group.")]
    public void IsListOfPeople_NotARecordOfApologiesWhenItSaysMoreOrNamesAParty(string text)
    {
        Assert.False(PeopleCaption.IsListOfPeople(text));
    }

    [Theory]
    [InlineData("Councillors Ann Hale and Ravi Shah opened the new library.")]
    [InlineData("Cllr Ann Hale, Leader of the Labour Group")]
    [InlineData("Tory Cuts Hit Cllr Hale's Ward")]
    [InlineData("Ann Hale and Ravi Shah")]
    [InlineData("Pictured: the new play area at Brook Park")]
    [InlineData("")]
    public void IsListOfPeople_NotACaptionWhenItSaysSomethingNamesAPartyOrHasNoTitle(string text)
    {
        Assert.False(PeopleCaption.IsListOfPeople(text));
    }
}
