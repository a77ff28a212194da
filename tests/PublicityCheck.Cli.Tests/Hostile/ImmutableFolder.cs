using System.Diagnostics;

namespace PublicityCheck.Tests.Hostile;

/// <summary>
/// A folder nobody can write in, not even root: tests run as root, for whom mode 0555 means nothing, so the folder
/// is made immutable with <c>chattr +i</c> (ext4 and most Linux file systems) and made mutable again when disposed.
/// </summary>
internal sealed class ImmutableFolder : IDisposable
{
    private ImmutableFolder(string path) => Path = path;

    public string Path { get; }

    /// <summary>Makes <paramref name="path"/> immutable, or returns null where <c>chattr</c> is missing or refused.</summary>
    public static ImmutableFolder? TryCreate(string path)
    {
        Directory.CreateDirectory(path);
        if (!Chattr("+i", path))
        {
            return null;
        }

        // Prove it: a folder that still takes files would make the test pass for the wrong reason.
        try
        {
            File.WriteAllText(System.IO.Path.Combine(path, "probe"), "x");
        }
        catch (UnauthorizedAccessException)
        {
            return new ImmutableFolder(path);
        }
        catch (IOException)
        {
            return new ImmutableFolder(path);
        }

        Chattr("-i", path);
        return null;
    }

    public void Dispose() => Chattr("-i", Path);

    private static bool Chattr(string flag, string path)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("chattr") { ArgumentList = { flag, path }, RedirectStandardError = true, RedirectStandardOutput = true });
            if (process is null)
            {
                return false;
            }

            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
