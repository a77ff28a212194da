using PublicityCheck.Analyzers.Partisan;
using PublicityCheck.Documents;
using PublicityCheck.Text;

namespace PublicityCheck.Tests.Analyzers.Partisan;

public class NeutralWordingsTest
{
    private static readonly PhraseList PartyNames = PhraseList.FromLexicon("partisan/party-names.txt");

    [Fact]
    public void EveryPhrasing_HoldsANamePC0202Reports()
    {
        Assert.All(NeutralWordings.Default.Entries.Keys, phrasing => Assert.NotEmpty(PartyNames.Matches(phrasing)));
    }

    [Fact]
    public void NoWording_NamesAParty()
    {
        Assert.All(NeutralWordings.Default.Entries.Values.SelectMany(w => w), wording => Assert.Empty(PartyNames.Matches(wording)));
    }

    [Fact]
    public void EveryPartyPC0202Names_HasAtLeastOnePhrasing()
    {
        var parties = new[] { "Conservative", "Tory", "Labour", "Liberal Democrat", "Lib Dem", "Green", "Reform UK", "SNP", "Plaid Cymru", "Independent group", "Residents' group", "DUP", "Sinn Féin", "SDLP", "UUP", "TUV", "Alliance", "People Before Profit" };

        Assert.All(parties, party => Assert.Contains(NeutralWordings.Default.Entries.Keys, p => p.Contains(party, StringComparison.Ordinal)));
    }

    [Fact]
    public void Parse_ALineWithoutAnArrow_IsRefusedWithItsLineNumber()
    {
        var error = Assert.Throws<FormatException>(() => NeutralWordings.Parse("# comment\nTory cuts reductions in government funding\n"));

        Assert.StartsWith("line 2:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Around_FindsThePhrasingThatTakesInThePartysName()
    {
        const string sentence = "The pool closed after years of Tory cuts to the leisure budget.";
        var party = new TextSpan(sentence.IndexOf("Tory", StringComparison.Ordinal), 4);

        var (phrasing, wordings) = Assert.Single(NeutralWordings.Default.Around(sentence, party));

        Assert.Equal("Tory cuts", sentence.Substring(phrasing.Start, phrasing.Length));
        Assert.Equal(["reductions in government funding", "cuts in government funding"], wordings.ToArray());
    }
}
