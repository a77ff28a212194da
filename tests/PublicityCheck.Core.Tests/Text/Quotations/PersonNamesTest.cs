using PublicityCheck.Documents;
using PublicityCheck.Tests.Support;
using PublicityCheck.Text.Quotations;

namespace PublicityCheck.Tests.Text.Quotations;

public class PersonNamesTest
{
    public static TheoryData<string> Releases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "tests", "PublicityCheck.Core.Tests", "Evaluation", "Quotations"), "*.md")
            .Concat(Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "samples"), "*.*", SearchOption.AllDirectories).Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".docx", StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(RepositoryPaths.Root, file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Releases))]
    public void FindAround_FindsTheNamesAWholeSearchFindsWithThatWordAndNoOthers(string release)
    {
        var text = DocumentReaders.Default.ReadFile(Path.Combine(RepositoryPaths.Root, release)).Document!.Text;
        var titled = PersonNames.FindTitled(text).ToList();
        var untitled = PersonNames.FindUntitled(text).ToList();

        foreach (var word in titled.Concat(untitled).SelectMany(n => n.Given.Append(n.Surname)).Distinct(StringComparer.Ordinal))
        {
            var (aroundTitled, aroundUntitled) = PersonNames.FindAround(text, word);

            // Every name written with the word is found; anything else found is a name the whole search finds too.
            Assert.Subset(Describe(aroundTitled).ToHashSet(), Describe(titled.Where(n => Has(n, word))).ToHashSet());
            Assert.Subset(Describe(titled).ToHashSet(), Describe(aroundTitled).ToHashSet());
            Assert.Subset(Describe(aroundUntitled).ToHashSet(), Describe(untitled.Where(n => Has(n, word))).ToHashSet());
            Assert.Subset(Describe(untitled).ToHashSet(), Describe(aroundUntitled).ToHashSet());
        }
    }

    [Fact]
    public void FindUntitled_FindsANameAfterItsCouncilAndPost()
    {
        Assert.Equal(["Dan Price"], PersonNames.FindUntitled("The grant was welcomed by Tarrow Council Leader Dan Price, who asked for more.").Select(n => n.Text));
    }

    [Fact]
    public void FindTitled_FindsATitledNameAfterACivicPost()
    {
        Assert.Equal(["Councillor Ruth Allen"], PersonNames.FindTitled("In her first address as Lord Mayor Councillor Ruth Allen said,").Select(n => n.Text));
    }

    [Fact]
    public void FindAround_FindsANameAfterItsCouncilAndPostAsAWholeSearchDoes()
    {
        const string text = "The grant was welcomed by Tarrow Council Leader Dan Price, who asked for more.";

        var (_, untitled) = PersonNames.FindAround(text, "Price");

        Assert.Equal(["Dan Price"], untitled.Select(n => n.Text));
    }

    [Fact]
    public void FindAround_FindsTheTitledNameAfterAnOpeningQuote()
    {
        const string text = "“Cllr Jane Smith has led the work,” the report said. Smith was thanked by residents.";

        var (titled, untitled) = PersonNames.FindAround(text, "Smith");

        Assert.Equal(["Cllr Jane Smith"], titled.Select(n => n.Text));
        Assert.Empty(untitled);
    }

    [Fact]
    public void FindAround_FindsTheFullNameOfAFirstNameSpeaker()
    {
        const string text = "Volunteer Ethan Cole runs the repair café. “Bring anything broken,” said Ethan.";

        var (_, untitled) = PersonNames.FindAround(text, "Ethan");

        Assert.Equal(["Ethan Cole"], untitled.Select(n => n.Text));
    }

    private static bool Has(PersonName name, string word) => name.Surname == word || name.Given.Contains(word);

    private static string[] Describe(IEnumerable<PersonName> names) => [.. names.Select(n => $"{n.Start}:{n.Text}")];
}
