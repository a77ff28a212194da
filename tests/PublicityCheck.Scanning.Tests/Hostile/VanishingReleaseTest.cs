using PublicityCheck.Documents;
using PublicityCheck.Documents.Markdown;
using PublicityCheck.Scanning.Tests.Support;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Scanning.Tests.Hostile;

/// <summary>
/// Other people write to a publications folder while it is scanned. A scan reads a window of files before it checks
/// them, so a file can be deleted between its reading and its check: it is then left out and said to have gone, with
/// nothing recorded for it, and the others are checked and recorded.
/// </summary>
public sealed class VanishingReleaseTest : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public void Scan_AFileDeletedOnceItIsRead_IsLeftOutAsGoneAndTheOthersAreRecorded()
    {
        Scans.WriteOrdinaryReleases(_folder, 5);
        _folder.Write("press/withdrawn.md", Scans.OrdinaryRelease);
        var withdrawn = Path.Combine(_folder.Path, "press", "withdrawn.md");
        var options = Scans.OptionsWithReader(_folder.Path, new DeletingReader(withdrawn));

        var scan = new ScanEngine(options).Run();

        Assert.Equal(5, scan.Run.Analysed);
        Assert.DoesNotContain(scan.Files, f => f.RelativePath == "press/withdrawn.md");
        Assert.Contains("press/withdrawn.md: the file went while the scan ran", scan.Skipped);
        Assert.False(File.Exists(withdrawn));
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>The Markdown reader, except that it deletes one file once it has read it, as a colleague tidying the folder would.</summary>
    private sealed class DeletingReader(string doomed) : IDocumentReader
    {
        private readonly MarkdownReader _inner = new();

        public ReleaseFormat Format => _inner.Format;

        public IReadOnlyCollection<string> Extensions => _inner.Extensions;

        public DocumentReadResult Read(string path, Stream content, ReaderOptions options, CancellationToken cancellationToken = default)
        {
            var read = _inner.Read(path, content, options, cancellationToken);
            if (path.EndsWith(Path.GetFileName(doomed), StringComparison.Ordinal))
            {
                File.Delete(doomed);
            }

            return read;
        }
    }
}
