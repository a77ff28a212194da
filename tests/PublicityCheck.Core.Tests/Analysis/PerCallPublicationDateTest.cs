using NodaTime;
using NodaTime.Text;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Tests.Analysis;

/// <summary>
/// A host's per-call publication date (the HTTP service's <c>publishOn</c>) is held in the call's options, never
/// written into the document: one document read once can be checked with several dates at once.
/// </summary>
public sealed class PerCallPublicationDateTest : IDisposable
{
    private const string Release = """
        ---
        publish: 2026-01-05
        ---
        # Grants for community groups

        Community groups can now apply for a new fund.
        """;

    private static readonly LocalDate InThePeriod = new(2026, 4, 14);
    private static readonly LocalDate AfterThePoll = new(2026, 6, 1);

    private readonly TemporaryFolder _folder = new();

    public PerCallPublicationDateTest() => _folder.Write("publicitycheck.json", """
        { "root": true, "elections": [ { "id": "borough-2026", "name": "the borough council elections", "poll": "2026-05-07", "type": "local", "country": "england" } ] }
        """);

    public void Dispose() => _folder.Dispose();

    private static string Describe(FileResult result) =>
        $"{(result.PublishOn is { } date ? LocalDatePattern.Iso.Format(date) : "none")}: " + string.Join(", ", result.Diagnostics.Select(d => $"{d.Id}({d.Location.Start.Line},{d.Location.Start.Column})"));

    [Fact]
    public void Check_WithADateForTheCall_WinsOverTheStatedDateForThatCallOnly()
    {
        var path = _folder.Write("release.md", Release);
        var checker = new PublicityChecker();
        var read = checker.Readers.ReadFile(path, "release.md", checker.ReaderOptions);

        Assert.Equal("2026-04-14: PC0302(6,38)", Describe(checker.Check(read, path, InThePeriod)));
        Assert.Equal("2026-01-05: ", Describe(checker.Check(read, path)));
        Assert.Equal(new LocalDate(2026, 1, 5), read.Document!.Metadata.PublishOn);
    }

    [Fact]
    public void Check_OneDocumentWithTwoDatesConcurrently_GivesEachCallItsOwnResultAndLeavesTheBlocksAlone()
    {
        var path = _folder.Write("release.md", Release);
        var checker = new PublicityChecker();
        var read = checker.Readers.ReadFile(path, "release.md", checker.ReaderOptions);
        var document = read.Document!;
        var blocks = document.Blocks.Select(b => (Block: b, b.Index, b.Span, b.Text)).ToList();
        var metadata = document.Metadata;

        var results = new (LocalDate Date, string Result)[64];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            var date = i % 2 == 0 ? InThePeriod : AfterThePoll;
            results[i] = (date, Describe(checker.Check(read, path, date)));
        });

        Assert.All(results.Where(r => r.Date == InThePeriod), r => Assert.Equal("2026-04-14: PC0302(6,38)", r.Result));
        Assert.All(results.Where(r => r.Date == AfterThePoll), r => Assert.Equal("2026-06-01: ", r.Result));
        Assert.Same(metadata, document.Metadata);
        Assert.Equal(blocks.Count, document.Blocks.Length);
        for (var i = 0; i < blocks.Count; i++)
        {
            Assert.Same(blocks[i].Block, document.Blocks[i]);
            Assert.Equal(blocks[i].Index, document.Blocks[i].Index);
            Assert.Equal(blocks[i].Span, document.Blocks[i].Span);
            Assert.Equal(blocks[i].Text, document.Blocks[i].Text);
        }
    }
}
