using PublicityCheck.Documents;
using PublicityCheck.Documents.Markdown;
using PublicityCheck.Tests.Support;
using Xunit.Abstractions;

namespace PublicityCheck.Tests.Documents.Markdown;

/// <summary>Reads every real-world Markdown file of the shared corpus (read only, in place).</summary>
public class MarkdownCorpusTest(ITestOutputHelper output)
{
    private static readonly MarkdownReader _reader = new();

    public static TheoryData<string> CraftedWithoutFallback => new() { "crafted__utf16le-bom.md", "crafted__utf8-bom-crlf.md" };

    private static string[] CorpusFiles() =>
        [.. Directory.EnumerateFiles(RepositoryPaths.MarkdownCorpus, "*.md").Order(StringComparer.Ordinal)];

    private static DocumentReadResult ReadCorpusFile(string name)
    {
        using var stream = File.OpenRead(Path.Combine(RepositoryPaths.MarkdownCorpus, name));
        return _reader.Read(name, stream, ReaderOptions.Default);
    }

    [Fact]
    public void Read_EveryCorpusFileGivesADocumentOrAnUnreadableFinding()
    {
        var files = CorpusFiles();
        Assert.NotEmpty(files);
        int documents = 0, unreadable = 0, words = 0;
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            var result = _reader.Read(file, new MemoryStream(bytes, writable: false), ReaderOptions.Default);
            if (result.Document is null)
            {
                Assert.Contains(result.Diagnostics, d => d.Id == "PC0001");
                output.WriteLine($"PC0001 {Path.GetFileName(file)}: {result.Diagnostics[0].Message}");
                unreadable++;
                continue;
            }

            documents++;
            var metadata = result.Document.Metadata;
            output.WriteLine($"read {Path.GetFileName(file)}: {result.Document.Blocks.Length} blocks, {result.Document.Suppressions.Length} suppressions, title '{metadata.Title}', published {metadata.PublishOn} ({metadata.PublishOnSource})");
            foreach (var diagnostic in result.Diagnostics)
            {
                output.WriteLine($"{diagnostic.Id} {Path.GetFileName(file)}: {diagnostic.Message}");
            }

            words += MarkdownTestSupport.AssertWordsRoundTrip(result.Document, MarkdownTestSupport.Decode(bytes), maxPerBlock: 12);
        }

        output.WriteLine($"{files.Length} files: {documents} read, {unreadable} unreadable (PC0001); {words} words mapped back to their source");
        Assert.Equal(files.Length, documents + unreadable);
    }

    [Fact]
    public void Read_Windows1252CorpusFileGivesNotUtf8FindingAndCurlyQuotes()
    {
        var result = ReadCorpusFile("crafted__windows-1252-quotes.md");

        Assert.Contains(result.Diagnostics, d => d.Id == "PC0002");
        Assert.Contains("“Collections will run as normal,” said Sarah Collins", result.Document!.Text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(CraftedWithoutFallback))]
    public void Read_BomCorpusFileGivesNoNotUtf8Finding(string name)
    {
        var result = ReadCorpusFile(name);

        Assert.NotNull(result.Document);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "PC0002");
        Assert.Equal("Library opening hours", result.Document.Metadata.Title);
        Assert.Contains("“Our libraries will open on Sundays", result.Document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_DefaultReadersPickTheMarkdownReader()
    {
        var result = DocumentReaders.Default.ReadFile(Path.Combine(RepositoryPaths.MarkdownCorpus, "crafted__utf8-bom-crlf.md"));

        Assert.Equal(PublicityCheck.Documents.ReleaseFormat.Markdown, result.Document!.Format);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Read_FrontMatterAfterTemplateTagIsReadAsProperties()
    {
        var result = ReadCorpusFile("democracyclub__report_2025.md");

        Assert.NotNull(result.Document);
        Assert.True(result.Document.Metadata.Properties.ContainsKey("hero_image"));
        Assert.Equal("2025 local elections", result.Document.Blocks[0].Text);
    }
}
