using PublicityCheck.Documents;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Tests;

/// <summary>A window of documents read ahead holds no more text than its budget, however many files it reads.</summary>
public sealed class ReadAheadBudgetTest : IDisposable
{
    private const string Release = """
        # The library on Mill Lane reopens

        Date: 3 March 2026

        The library on Mill Lane reopens on Monday after its refurbishment, with a new children's corner and longer opening hours on Saturdays.
        """;

    private readonly TemporaryFolder _folder = new();
    private readonly PublicityChecker _checker = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void ReadAhead_KeepsEachDocumentWhileTheWindowIsUnderItsBudget()
    {
        var budget = new ReadAheadBudget(3 * LengthOfRelease());

        var reads = Enumerable.Range(0, 3).Select(i => ReadRelease($"{i}.md", budget)).ToList();

        Assert.All(reads, read => Assert.NotNull(read?.Document));
        Assert.Equal(3 * LengthOfRelease(), budget.Held);
    }

    [Fact]
    public void ReadAhead_LetsGoOfADocumentThatWouldTakeTheWindowPastItsBudget()
    {
        var budget = new ReadAheadBudget((2 * LengthOfRelease()) + 10);

        var reads = Enumerable.Range(0, 3).Select(i => ReadRelease($"{i}.md", budget)).ToList();

        Assert.NotNull(reads[0]);
        Assert.NotNull(reads[1]);
        Assert.Null(reads[2]);
        Assert.Equal(2 * LengthOfRelease(), budget.Held);
    }

    [Fact]
    public void ReadAhead_StillHoldsAShorterDocumentThatFitsWhatALongerOneLeft()
    {
        var budget = new ReadAheadBudget(LengthOfRelease() + 200);
        _folder.Write("long.md", Release + "\n" + string.Concat(Enumerable.Repeat("The café opens at nine. ", 20)));
        _folder.Write("short.md", Release);

        var first = _checker.ReadAhead(Path.Combine(_folder.Path, "long.md"), "long.md", budget);
        var second = _checker.ReadAhead(Path.Combine(_folder.Path, "short.md"), "short.md", budget);

        Assert.Null(first);
        Assert.NotNull(second);
        Assert.Equal(LengthOfRelease(), budget.Held);
    }

    [Fact]
    public void ReadAhead_KeepsAFileThatCannotBeReadWithItsErrorAndCountsNothingForIt()
    {
        var budget = new ReadAheadBudget(0);
        _folder.Write("notes.docx", "this is not a Word document");

        var read = _checker.ReadAhead(Path.Combine(_folder.Path, "notes.docx"), "notes.docx", budget);

        Assert.NotNull(read);
        Assert.Null(read.Document);
        Assert.Contains(read.Diagnostics, d => d.Id == "PC0001");
        Assert.Equal(0, budget.Held);
    }

    [Fact]
    public void ReadAhead_FromManyThreadsAtOnce_NeverHoldsMoreThanTheBudget()
    {
        var length = LengthOfRelease();
        var budget = new ReadAheadBudget((10 * length) + (length / 2));
        for (var i = 0; i < 64; i++)
        {
            _folder.Write($"{i:00}.md", Release);
        }

        var reads = new DocumentReadResult?[64];
        Parallel.For(0, reads.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => reads[i] = _checker.ReadAhead(Path.Combine(_folder.Path, $"{i:00}.md"), $"{i:00}.md", budget));

        Assert.Equal(10, reads.Count(r => r is not null));
        Assert.Equal(10 * length, budget.Held);
    }

    [Fact]
    public void Budget_ByDefault_HoldsWhatSixtyFourDocumentsOfTheLongestHeldCould()
    {
        Assert.Equal(64L * PublicityChecker.MaxCharactersHeldAhead, new ReadAheadBudget().MaxCharacters);
    }

    [Fact]
    public void Budget_RefusesANegativeCount()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReadAheadBudget(-1));
    }

    private DocumentReadResult? ReadRelease(string name, ReadAheadBudget budget)
    {
        _folder.Write(name, Release);
        return _checker.ReadAhead(Path.Combine(_folder.Path, name), name, budget);
    }

    // The characters of text the release's document holds, as its reader gives them.
    private int LengthOfRelease()
    {
        _folder.Write("measure.md", Release);
        return _checker.ReadAhead(Path.Combine(_folder.Path, "measure.md"), "measure.md")!.Document!.Text.Length;
    }
}
