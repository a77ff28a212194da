using PublicityCheck.Documents;
using PublicityCheck.Documents.Markdown;
using PublicityCheck.Scanning.Tests.Support;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Scanning.Tests.Hostile;

/// <summary>
/// One release that makes checking throw (a reader bug, a crafted file) must not stop the scan: that file gets
/// PC0001 saying it could not be checked, and the others are checked and recorded.
/// </summary>
public sealed class ThrowingReleaseTest : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public void Scan_CheckingOneFileThrows_ThatFileGetsPC0001AndTheOthersAreRecorded()
    {
        Scans.WriteOrdinaryReleases(_folder, 6);
        _folder.Write("press/crafted.md", Scans.OrdinaryRelease);
        var options = Scans.OptionsWithReader(_folder.Path, new ThrowingReader("crafted.md"));

        var first = new ScanEngine(options).Run();
        var second = new ScanEngine(options).Run();

        Assert.Equal(7, first.Files.Length);
        var crafted = Scans.File(first, "press/crafted.md");
        var finding = Assert.Single(crafted.Result.Diagnostics);
        Assert.Equal("PC0001", finding.Id);
        Assert.Equal("crafted.md could not be read: reading it failed unexpectedly (the reader gave up on purpose)", finding.Message);
        Assert.All(first.Files.Where(f => f.RelativePath != "press/crafted.md"), f => Assert.NotNull(f.Result.Format));
        Assert.Equal((7, 0), (second.Files.Length, second.Run.Analysed));
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>The Markdown reader, except that it throws for one file name, as a reader bug would.</summary>
    private sealed class ThrowingReader(string fileName) : IDocumentReader
    {
        private readonly MarkdownReader _inner = new();

        public ReleaseFormat Format => _inner.Format;

        public IReadOnlyCollection<string> Extensions => _inner.Extensions;

        public DocumentReadResult Read(string path, Stream content, ReaderOptions options, CancellationToken cancellationToken = default) =>
            Path.GetFileName(path) == fileName
                ? throw new InvalidOperationException("the reader gave up on purpose")
                : _inner.Read(path, content, options, cancellationToken);
    }
}
