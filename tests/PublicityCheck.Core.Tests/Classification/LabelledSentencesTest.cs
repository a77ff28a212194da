using PublicityCheck.Classification;

namespace PublicityCheck.Tests.Classification;

/// <summary>A file of sentences a person has labelled is read by its header's column names, and refused clearly when it is not one.</summary>
public class LabelledSentencesTest
{
    [Fact]
    public void Read_TakesLabelSentenceAndKindByTheirHeaderNamesInAnyOrder()
    {
        const string File = "source\tkind\tsentence\tlabel\n"
            + "https://example.org/news/1\tcredit-claim\tOnly the Greens have kept your libraries open.\tpartisan\n"
            + "https://example.org/news/2\tcouncil-news\tThe library on Mill Lane reopens on Monday.\tneutral\n";

        var rows = LabelledSentences.Read(new StringReader(File), "labelled.tsv");

        Assert.Equal(
            [
                new LabelledSentence(true, "Only the Greens have kept your libraries open.", "credit-claim"),
                new LabelledSentence(false, "The library on Mill Lane reopens on Monday.", "council-news"),
            ],
            rows);
    }

    [Fact]
    public void Read_WithoutAKindColumn_GivesEveryRowAnEmptyKind()
    {
        var rows = LabelledSentences.Read(new StringReader("label\tsentence\nneutral\tPolling stations open at 7am.\n"), "labelled.tsv");

        Assert.Equal("", Assert.Single(rows).Kind);
    }

    [Fact]
    public void Read_AcceptsLabelsInAnyCaseBlankLinesAndAByteOrderMark()
    {
        const string File = "\uFEFFLabel\tSentence\n\nPartisan\tVote Labour on 7 May to save the library.\n\n NEUTRAL \tThe count starts at 10pm.\n";

        var rows = LabelledSentences.Read(new StringReader(File), "labelled.tsv");

        Assert.Equal([true, false], rows.Select(r => r.IsPartisan));
    }

    [Fact]
    public void Read_RefusesAHeaderWithoutASentenceColumn()
    {
        var error = Assert.Throws<InvalidDataException>(() => LabelledSentences.Read(new StringReader("label\ttext\npartisan\tVote Labour.\n"), "labelled.tsv"));

        Assert.Equal("labelled.tsv, line 1: the header names no sentence column; it needs label and sentence, separated by tabs (kind is read too, when present)", error.Message);
    }

    [Fact]
    public void Read_RefusesAnEmptyFile()
    {
        var error = Assert.Throws<InvalidDataException>(() => LabelledSentences.Read(new StringReader(""), "labelled.tsv"));

        Assert.StartsWith("labelled.tsv is empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RefusesARowShorterThanTheHeaderNamingItsLine()
    {
        const string File = "label\tsentence\tkind\npartisan\tVote Labour.\tleaflet\nneutral\tThe count starts at 10pm.\n";

        var error = Assert.Throws<InvalidDataException>(() => LabelledSentences.Read(new StringReader(File), "labelled.tsv"));

        Assert.Equal("labelled.tsv, line 3: 2 columns where the header names 3", error.Message);
    }

    [Fact]
    public void Read_RefusesALabelThatIsNeitherPartisanNorNeutral()
    {
        var error = Assert.Throws<InvalidDataException>(() => LabelledSentences.Read(new StringReader("label\tsentence\nunsure\tThe Leader thanked every group.\n"), "labelled.tsv"));

        Assert.Equal("labelled.tsv, line 2: the label is 'unsure', not partisan or neutral", error.Message);
    }
}
