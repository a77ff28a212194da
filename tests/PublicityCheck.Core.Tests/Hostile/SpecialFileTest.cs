using System.Diagnostics;
using PublicityCheck.IO;
using PublicityCheck.Tests.Support;

namespace PublicityCheck.Tests.Hostile;

/// <summary>
/// A FIFO, a device or a socket named like a release is refused as "not a regular file" at once: reading a FIFO
/// blocks until a writer comes, and <c>/dev/zero</c> never ends.
/// </summary>
public sealed class SpecialFileTest
{
    [Fact]
    public void CheckFile_FifoNamedLikeARelease_RefusedAsNotARegularFileWithoutBlocking()
    {
        using var folder = new TemporaryFolder();
        var path = Path.Combine(folder.Path, "x.md");
        MakeFifo(path);

        var (result, elapsed) = HostileCheck.Run(folder, path);

        Assert.Contains("not a regular file (it is a named pipe", HostileCheck.Refusal(result), StringComparison.Ordinal);
        Assert.True(elapsed < TimeSpan.FromSeconds(5), $"took {elapsed}");
    }

    [Fact]
    public void CheckFile_SymbolicLinkToDevZero_RefusedAsADevice()
    {
        using var folder = new TemporaryFolder();
        var path = Path.Combine(folder.Path, "zero.md");
        File.CreateSymbolicLink(path, "/dev/zero");

        var (result, _) = HostileCheck.Run(folder, path);

        Assert.Contains("not a regular file (it is a device", HostileCheck.Refusal(result), StringComparison.Ordinal);
    }

    [Fact]
    public void CheckFile_SymbolicLinkToARegularRelease_IsRead()
    {
        using var folder = new TemporaryFolder();
        var target = folder.Write("release.md", "# Library opens\n\nThe new library opens on Monday.\n");
        var link = Path.Combine(folder.Path, "link.md");
        File.CreateSymbolicLink(link, target);

        var (result, _) = HostileCheck.Run(folder, link);

        var document = HostileCheck.DocumentOf(result);
        Assert.NotNull(document);
    }

    [Fact]
    public void CheckFile_FolderNamedLikeARelease_RefusedAsAFolder()
    {
        using var folder = new TemporaryFolder();
        var path = Path.Combine(folder.Path, "looks-like.md");
        Directory.CreateDirectory(path);

        var (result, _) = HostileCheck.Run(folder, path);

        Assert.Contains("it is a folder, not a regular file", HostileCheck.Refusal(result), StringComparison.Ordinal);
    }

    [Fact]
    public void ReadAllBytes_FileOverTheLimit_RefusedBeforeReading()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("big.json", new string(' ', 4096));

        var error = Assert.Throws<UntrustedFileException>(() => UntrustedFile.ReadAllBytes(path, 1024));

        Assert.Equal("the file is 4 KB, larger than the 1 KB limit", error.Message);
    }

    [Fact]
    public void Identify_HardLinkAndSymbolicLink_AreTheSameFileAsTheirTarget()
    {
        using var folder = new TemporaryFolder();
        var target = folder.Write("release.docx", "x");
        var symbolic = Path.Combine(folder.Path, "symbolic.docx");
        File.CreateSymbolicLink(symbolic, target);
        var hard = Path.Combine(folder.Path, "hard.docx");
        Run("ln", target, hard);
        var other = folder.Write("other.docx", "x");

        var identity = UntrustedFile.Identify(target)!.Value;

        Assert.True(identity.IsSameFileAs(UntrustedFile.Identify(symbolic)!.Value));
        Assert.True(identity.IsSameFileAs(UntrustedFile.Identify(hard)!.Value));
        Assert.False(identity.IsSameFileAs(UntrustedFile.Identify(other)!.Value));
        Assert.Null(UntrustedFile.Identify(Path.Combine(folder.Path, "missing.docx")));
    }

    private static void MakeFifo(string path) => Run("mkfifo", path);

    private static void Run(string command, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(command, arguments) { UseShellExecute = false })!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }
}
