using System.Security.Cryptography;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Tests.Hostile;

/// <summary>
/// <c>annotate</c> never writes onto the release it reads: not when the output is the release reached through a
/// symbolic link or a hard link, not when the output is a link to the release, and not through a link planted
/// where the copy is written before it is moved into place.
/// </summary>
public sealed class AnnotateLinkTest : IDisposable
{
    private readonly TemporaryFolder _folder = new();
    private readonly string _release;
    private readonly byte[] _hash;
    private readonly DateTime _written;

    public AnnotateLinkTest()
    {
        _release = new WordDocumentBuilder()
            .Paragraph("Cabinet agrees sale of Tanyard Lane depot")
            .Paragraph("The Part II report considered by Cabinet set out the offers received.")
            .Save(Path.Combine(_folder.Path, "release.docx"));
        File.SetLastWriteTimeUtc(_release, new DateTime(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc));
        _hash = SHA256.HashData(File.ReadAllBytes(_release));
        _written = File.GetLastWriteTimeUtc(_release);
    }

    [Fact]
    public void Annotate_InputIsASymbolicLinkToTheOutput_RefusedAndReleaseUnchanged()
    {
        File.CreateSymbolicLink(Path.Combine(_folder.Path, "link.docx"), "release.docx");

        var run = CliRun.In(_folder.Path, "annotate", "link.docx", "-o", "release.docx");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is the release itself", run.Error, StringComparison.Ordinal);
        AssertReleaseUnchanged();
    }

    [Fact]
    public void Annotate_InputIsAHardLinkOfTheOutput_RefusedAndReleaseUnchanged()
    {
        HardLink(_release, Path.Combine(_folder.Path, "hard.docx"));

        var run = CliRun.In(_folder.Path, "annotate", "hard.docx", "-o", "release.docx");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is the release itself", run.Error, StringComparison.Ordinal);
        AssertReleaseUnchanged();
    }

    [Fact]
    public void Annotate_OutputIsAnExistingSymbolicLinkToTheInput_RefusedAndReleaseUnchanged()
    {
        File.CreateSymbolicLink(Path.Combine(_folder.Path, "reviewed.docx"), "release.docx");

        var run = CliRun.In(_folder.Path, "annotate", "release.docx", "-o", "reviewed.docx");

        Assert.Equal(2, run.ExitCode);
        AssertReleaseUnchanged();
    }

    [Fact]
    public void Annotate_LinkPlantedWhereTheCopyIsWritten_DoesNotWriteOntoTheRelease()
    {
        // The copy used to be written to ".reviewed.docx.<pid>.tmp" beside the output, opened so as to follow a link.
        File.CreateSymbolicLink(Path.Combine(_folder.Path, $".reviewed.docx.{Environment.ProcessId}.tmp"), "release.docx");

        var run = CliRun.In(_folder.Path, "annotate", "release.docx", "-o", "reviewed.docx");

        Assert.Equal(0, run.ExitCode);
        AssertReleaseUnchanged();
        Assert.NotEqual(_hash, SHA256.HashData(File.ReadAllBytes(Path.Combine(_folder.Path, "reviewed.docx"))));
    }

    [Fact]
    public void Annotate_InputIsAFifo_ReportsNotARegularFileWithoutHanging()
    {
        Bounded.MakeFifo(Path.Combine(_folder.Path, "pipe.docx"));

        var run = Bounded.Run(() => CliRun.In(_folder.Path, "annotate", "pipe.docx"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("pipe.docx: error PC0001: pipe.docx could not be read: it is not a regular file", run.Error, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    private void AssertReleaseUnchanged()
    {
        Assert.Equal(_hash, SHA256.HashData(File.ReadAllBytes(_release)));
        Assert.Equal(_written, File.GetLastWriteTimeUtc(_release));
    }

    private static void HardLink(string existing, string link)
    {
        using var process = System.Diagnostics.Process.Start("ln", [existing, link]);
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }
}
