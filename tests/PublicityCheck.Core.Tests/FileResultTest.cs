using NodaTime;
using NodaTime.Testing;
using PublicityCheck.Documents;
using PublicityCheck.Releases;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Tests;

/// <summary>A result carries what a report needs (findings, excerpts, format, date), never the document.</summary>
public sealed class FileResultTest : IDisposable
{
    private const string Release = """
        ---
        publish: 2026-04-14
        ---
        # Food waste collections

        From June every household will get a caddy for food waste, collected each week with the recycling. The council is launching a new scheme to cut the waste sent to landfill by a fifth.
        """;

    private readonly TemporaryFolder _folder = new();

    public FileResultTest() => _folder.Write("publicitycheck.json", """
        { "root": true, "elections": [ { "id": "borough-2026", "name": "the borough council elections", "poll": "2026-05-07", "type": "local", "country": "england" } ] }
        """);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void FileResult_HasNoPropertyHoldingTheDocumentOrItsModel()
    {
        var held = typeof(FileResult).GetProperties()
            .Where(p => p.PropertyType == typeof(ReleaseDocument) || p.PropertyType == typeof(ReleaseModel))
            .Select(p => p.Name);

        Assert.Empty(held);
    }

    [Fact]
    public void CheckFile_GivesEachFindingTheTextAroundIt()
    {
        var path = _folder.Write("food-waste.md", Release);

        var result = new PublicityChecker().CheckFile(path);

        // Eighty characters either side of the words, the line break flattened, an ellipsis where the text goes on.
        var index = result.Diagnostics.IndexOf(Assert.Single(result.Diagnostics, d => d.Id == "PC0302" && d.Text == "new scheme"));
        Assert.Equal(
            "… food waste, collected each week with the recycling. The council is launching a new scheme to cut the waste sent to landfill by a fifth.",
            result.ExcerptOf(index));
    }

    [Fact]
    public void CheckFile_SaysTheDateCameFromTheRelease()
    {
        var path = _folder.Write("food-waste.md", Release);

        var result = new PublicityChecker().CheckFile(path);

        Assert.Equal((ReleaseFormat.Markdown, new LocalDate(2026, 4, 14), PublicationDateOrigin.Release), (result.Format, result.PublishOn, result.PublishOnOrigin));
    }

    [Fact]
    public void CheckFile_SaysADateTheReleaseDoesNotStateIsAssumed()
    {
        var path = _folder.Write("food-waste.md", "# Food waste collections\n\nFrom June every household will get a caddy.\n");
        var checker = new PublicityChecker(new PublicityCheckerOptions { Clock = new FakeClock(Instant.FromUtc(2026, 4, 14, 9, 0)) });

        var result = checker.CheckFile(path);

        Assert.Equal(PublicationDateOrigin.Assumed, result.PublishOnOrigin);
    }

    [Fact]
    public void CheckFile_OfAnUnreadableFileHasNoFormatDateOrExcerpts()
    {
        var path = _folder.Write("old.docx", "not a Word package");

        var result = new PublicityChecker().CheckFile(path);

        Assert.Equal("PC0001", Assert.Single(result.Diagnostics).Id);
        Assert.Equal((null, null, null), (result.Format, result.PublishOn, result.PublishOnOrigin));
        Assert.Null(result.ExcerptOf(0));
    }

    [Fact]
    public void BuildModel_GivesTheModelTheRulesSawForADocumentAlreadyRead()
    {
        var path = _folder.Write("food-waste.md", Release);
        var checker = new PublicityChecker();
        var read = checker.Readers.ReadFile(path, "food-waste.md", checker.ReaderOptions);

        var model = checker.BuildModel(read, path, new LocalDate(2026, 6, 1));

        Assert.NotNull(model);
        Assert.Equal((new LocalDate(2026, 6, 1), PublicationDateOrigin.Host, null), (model.PublishOn, model.PublishOnOrigin, model.PeriodInForce));
        Assert.Same(read.Document, model.Document);
    }
}
