using NodaTime;
using NodaTime.Text;
using PublicityCheck.Tests.Support;
using Xunit.Abstractions;

namespace PublicityCheck.Tests.Evaluation;

/// <summary>
/// Where the real releases of the shared development set get their publication dates (read in place), and that no
/// date taken is other than the one each was published on.
/// </summary>
public sealed class PublicationDateCorpusTest(ITestOutputHelper output)
{
    private static string Releases => Path.Combine(RepositoryPaths.Shared, "corpus", "releases");

    [Fact]
    public void Find_TakesNoDateARealReleaseWasNotPublishedOn()
    {
        var published = File.ReadLines(Path.Combine(Releases, "SOURCES.tsv")).Skip(1)
            .Select(line => line.Split('\t'))
            .ToDictionary(cells => cells[0], cells => LocalDatePattern.Iso.Parse(cells[3]) is { Success: true } date ? date.Value : (LocalDate?)null, StringComparer.Ordinal);
        var checker = new PublicityChecker(new PublicityCheckerOptions());
        var bySource = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var wrong = new List<string>();
        var files = Directory.EnumerateFiles(Releases, "*.md").Where(f => published.ContainsKey(Path.GetFileName(f))).Order(StringComparer.Ordinal).ToList();
        foreach (var file in files)
        {
            var read = checker.Readers.ReadFile(file, file, checker.ReaderOptions);
            var found = read.Document!.Metadata.Publication;
            var source = found?.Source.ToString() ?? "none";
            bySource[source] = bySource.GetValueOrDefault(source) + 1;
            if (found is not null)
            {
                output.WriteLine($"{Path.GetFileName(file)}: {found.Date:yyyy-MM-dd} from {found.Source} ({found.Detail}), published {published[Path.GetFileName(file)]:yyyy-MM-dd}");
                if (published[Path.GetFileName(file)] is { } day && day != found.Date)
                {
                    wrong.Add($"{Path.GetFileName(file)}: {found.Date:yyyy-MM-dd}, published {day:yyyy-MM-dd}");
                }
            }
        }

        output.WriteLine($"{files.Count} releases: " + string.Join(", ", bySource.Select(s => $"{s.Key} {s.Value}")));
        Assert.Equal(47, files.Count);
        Assert.Empty(wrong);
    }
}
