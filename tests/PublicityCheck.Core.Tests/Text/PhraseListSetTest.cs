using PublicityCheck.Text;

namespace PublicityCheck.Tests.Text;

public class PhraseListSetTest
{
    [Fact]
    public void Occurrences_CountsEachListAsIfMatchedAlone()
    {
        var set = new PhraseListSet([["council tax"], ["tax", "road tax"], ["library"]]);

        var counts = set.Occurrences("Council tax bills rise as road tax and business tax stay the same.");

        Assert.Equal([1, 3, 0], counts.ToArray());
    }

    [Fact]
    public void Occurrences_AgreesWithEachPhraseListOnItsOwn()
    {
        string[][] lists = [["exempt information", "Part II"], ["PART II", "confidential"], ["part", "=Report"]];
        const string text = "The Part II report (PART II: exempt information) was confidential in part and in PART. Report ends.";

        var counts = new PhraseListSet(lists).Occurrences(text);

        Assert.Equal(lists.Select(l => new PhraseList(l).Matches(text).Count()).ToArray(), counts.ToArray());
    }

    [Fact]
    public void Occurrences_LeavesOutPhrasesThatTouchAnExcludedSpan()
    {
        const string text = "said the Cabinet Member for Leisure, opening the new leisure centre.";
        var role = new PublicityCheck.Documents.TextSpan(text.IndexOf("Cabinet", StringComparison.Ordinal), "Cabinet Member for Leisure".Length);

        var counts = new PhraseListSet([["leisure", "leisure centre"]]).Occurrences(text, [role]);

        Assert.Equal([1], counts.ToArray());
    }
}
