using BenchmarkDotNet.Attributes;
using PublicityCheck.Documents;
using PublicityCheck.Documents.Markdown;
using PublicityCheck.Documents.Word;

namespace PublicityCheck.Benchmarks;

/// <summary>
/// How long the readers take over a typical generated release of about 600 words, Markdown and Word: from the
/// file's bytes in memory to the document model (blocks, source map, metadata and publication date). Sentences and
/// quotations are worked out on first use, so they are timed with the analysis, not here.
/// </summary>
[MemoryDiagnoser]
public class ReadingBenchmarks
{
    private readonly MarkdownReader _markdownReader = new();
    private readonly WordReader _wordReader = new();
    private string? _folder;
    private byte[] _markdown = [];
    private byte[] _word = [];

    [GlobalSetup]
    public void Setup()
    {
        _folder = BenchmarkInputs.CreateFolder("reading");
        var (markdown, word) = BenchmarkInputs.WriteTypicalRelease(_folder);
        _markdown = File.ReadAllBytes(markdown);
        _word = File.ReadAllBytes(word);
        if (Markdown() is null || Word() is null)
        {
            throw new InvalidOperationException("the generated release could not be read");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => BenchmarkInputs.DeleteFolder(_folder);

    /// <summary>Reads the release from Markdown.</summary>
    [Benchmark]
    public ReleaseDocument? Markdown() =>
        _markdownReader.Read("release.md", new MemoryStream(_markdown, writable: false), ReaderOptions.Default).Document;

    /// <summary>Reads the same release from a Word file.</summary>
    [Benchmark]
    public ReleaseDocument? Word() =>
        _wordReader.Read("release.docx", new MemoryStream(_word, writable: false), ReaderOptions.Default).Document;
}
