using PublicityCheck.Tests.Support;

namespace PublicityCheck.Tests.Hostile;

/// <summary>
/// <c>annotate</c> on a release whose comments nest past the Word reader's limit: the release is checked (the
/// comments are skipped), but the copy, which rewrites the comments, is refused with PC0001 and nothing is written.
/// </summary>
public sealed class AnnotateDeepPartTest : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public void Annotate_CommentsNestedTenTimesTheLimit_RefusedWithPC0001AndNoCopyWritten()
    {
        _folder.Write("release.docx", DeepNesting.Package(DeepPart.Comments, DeepNesting.WordLimit * 10));

        var run = CliRun.In(_folder.Path, "annotate", "release.docx");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("release.docx: error PC0001: ", run.Error, StringComparison.Ordinal);
        Assert.Contains("'word/comments.xml'", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder.Path, "release.reviewed.docx")));
    }

    public void Dispose() => _folder.Dispose();
}
