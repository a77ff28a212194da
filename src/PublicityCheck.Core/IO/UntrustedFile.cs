using System.ComponentModel;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace PublicityCheck.IO;

/// <summary>
/// The one way PublicityCheck opens a file it did not write: a release, a configuration file, a roster, a policy
/// pack or a file a scan hashes. Only a regular file is opened (a symbolic link is followed only to one); a FIFO,
/// a device such as <c>/dev/zero</c>, a socket or a folder is refused before a byte is read, so nothing can make a
/// read block forever or run without end; and a file larger than the caller's limit is refused before it is read.
/// </summary>
/// <remarks>
/// On Linux the file is opened with <c>O_NONBLOCK</c> (which cannot block on a FIFO, and changes nothing for a
/// regular file) and its type and size are then taken from the open descriptor with <c>statx</c>, so a file swapped
/// for a FIFO between a check and the open cannot slip through. <c>statx</c> is used rather than <c>stat</c> because
/// its layout is the same on every Linux architecture. Elsewhere the file's attributes are checked before opening.
/// </remarks>
public static partial class UntrustedFile
{
    /// <summary>Opens <paramref name="path"/> for reading, if it is a regular file of at most <paramref name="maxBytes"/> bytes.</summary>
    /// <exception cref="UntrustedFileException">The file is missing, not a regular file, too large or cannot be opened; the message says which.</exception>
    public static FileStream OpenRead(string path, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(path);
        var stream = OperatingSystem.IsLinux() ? OpenOnLinux(path) : OpenElsewhere(path);
        try
        {
            var length = stream.Length;
            if (length > maxBytes)
            {
                throw new UntrustedFileException($"the file is {Describe(length)}, larger than the {Describe(maxBytes)} limit");
            }

            return stream;
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>Reads the whole of <paramref name="path"/>, a regular file of at most <paramref name="maxBytes"/> bytes.</summary>
    /// <exception cref="UntrustedFileException">The file is missing, not a regular file, too large or cannot be read.</exception>
    public static byte[] ReadAllBytes(string path, long maxBytes)
    {
        using var stream = OpenRead(path, maxBytes);
        try
        {
            // The length was checked when the file was opened; a file that grows while being read stops at the limit.
            var buffer = new MemoryStream((int)Math.Min(stream.Length, maxBytes));
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    throw new UntrustedFileException($"the file grew past the {Describe(maxBytes)} limit while it was read");
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
        catch (IOException ex) when (ex is not UntrustedFileException)
        {
            throw new UntrustedFileException($"the file could not be read ({ex.Message.TrimEnd('.')})", ex);
        }
    }

    /// <summary>Reads the whole of <paramref name="path"/> as text (UTF-8, or as its byte order mark says).</summary>
    /// <exception cref="UntrustedFileException">The file is missing, not a regular file, too large or cannot be read.</exception>
    public static string ReadAllText(string path, long maxBytes)
    {
        var bytes = ReadAllBytes(path, maxBytes);
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// What the file at <paramref name="path"/> is, following symbolic links: its device and inode (so two paths can
    /// be compared as files, not as strings) and whether it is a regular file. Null when it does not exist.
    /// </summary>
    public static FileIdentity? Identify(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (OperatingSystem.IsLinux())
        {
            return Statx(Native.AtFdCwd, path, 0, out var status) == 0 ? status.Identity : null;
        }

        var info = new FileInfo(path);
        if (info.LinkTarget is not null)
        {
            info = info.ResolveLinkTarget(returnFinalTarget: true) as FileInfo ?? info;
        }

        return info.Exists
            ? new FileIdentity(0, 0, Path.GetFullPath(info.FullName), FileKind.Regular)
            : Directory.Exists(path) ? new FileIdentity(0, 0, Path.GetFullPath(path), FileKind.Directory) : null;
    }

    /// <summary>A size in words: "512 bytes", "3 KB", "50 MB".</summary>
    internal static string Describe(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} bytes",
        < 1024 * 1024 => $"{bytes / 1024} KB",
        _ => $"{bytes / (1024 * 1024)} MB",
    };

    private static FileStream OpenOnLinux(string path)
    {
        var fd = Native.Open(path, Native.ReadOnly | Native.NonBlocking | Native.CloseOnExec);
        if (fd < 0)
        {
            throw new UntrustedFileException(ReasonFor(Marshal.GetLastPInvokeError()));
        }

        var handle = new SafeFileHandle(fd, ownsHandle: true);
        try
        {
            if (Statx(fd, "", Native.AtEmptyPath, out var status) != 0)
            {
                throw new UntrustedFileException(ReasonFor(Marshal.GetLastPInvokeError()));
            }

            if (status.Identity.Kind != FileKind.Regular)
            {
                throw new UntrustedFileException(NotRegular(status.Identity.Kind));
            }

            return new FileStream(handle, FileAccess.Read, bufferSize: 81920);
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    private static FileStream OpenElsewhere(string path)
    {
        try
        {
            var attributes = File.GetAttributes(path);
            if ((attributes & FileAttributes.Directory) != 0)
            {
                throw new UntrustedFileException(NotRegular(FileKind.Directory));
            }

            if ((attributes & FileAttributes.Device) != 0)
            {
                throw new UntrustedFileException(NotRegular(FileKind.Device));
            }

            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 81920, FileOptions.SequentialScan);
        }
        catch (FileNotFoundException ex)
        {
            throw new UntrustedFileException("the file does not exist", ex);
        }
        catch (DirectoryNotFoundException ex)
        {
            throw new UntrustedFileException("the folder does not exist", ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new UntrustedFileException("permission to read the file was denied", ex);
        }
        catch (IOException ex)
        {
            throw new UntrustedFileException($"the file could not be opened ({ex.Message.TrimEnd('.')})", ex);
        }
    }

    private static string NotRegular(FileKind kind) => kind switch
    {
        FileKind.Directory => "it is a folder, not a regular file",
        FileKind.Fifo => "it is not a regular file (it is a named pipe, which could block reading forever)",
        FileKind.Device => "it is not a regular file (it is a device, which could be read without end)",
        FileKind.Socket => "it is not a regular file (it is a socket)",
        _ => "it is not a regular file",
    };

    private static string ReasonFor(int errno) => errno switch
    {
        Native.ENOENT => "the file does not exist",
        Native.ENOTDIR => "the folder does not exist",
        Native.EACCES or Native.EPERM => "permission to read the file was denied",
        Native.ELOOP => "it is a loop of symbolic links",
        Native.EISDIR => NotRegular(FileKind.Directory),
        Native.ENAMETOOLONG => "its path is too long",
        _ => $"the file could not be opened ({new Win32Exception(errno).Message})",
    };

    private static int Statx(int directoryFd, string path, int flags, out FileStatus status)
    {
        var buffer = new byte[Native.StatxSize];
        var result = Native.Statx(directoryFd, path, flags | Native.AtStatxSyncAsStat, Native.StatxBasicStats, buffer);
        status = result == 0 ? FileStatus.From(buffer) : default;
        return result;
    }

    private readonly record struct FileStatus(FileIdentity Identity)
    {
        // struct statx (linux/stat.h): stx_mode is a __u16 at byte 28, stx_ino a __u64 at 32, stx_size a __u64 at
        // 40, stx_dev_major and stx_dev_minor __u32s at 136 and 140; the same on every architecture.
        public static FileStatus From(ReadOnlySpan<byte> statx)
        {
            var mode = BitConverter.ToUInt16(statx[28..30]);
            var inode = BitConverter.ToUInt64(statx[32..40]);
            var device = ((ulong)BitConverter.ToUInt32(statx[136..140]) << 32) | BitConverter.ToUInt32(statx[140..144]);
            var kind = (mode & 0xF000) switch
            {
                0x8000 => FileKind.Regular,
                0x4000 => FileKind.Directory,
                0x1000 => FileKind.Fifo,
                0x2000 or 0x6000 => FileKind.Device,
                0xC000 => FileKind.Socket,
                _ => FileKind.Other,
            };
            return new FileStatus(new FileIdentity(device, inode, null, kind));
        }
    }

    private static partial class Native
    {
        public const int AtFdCwd = -100;
        public const int AtEmptyPath = 0x1000;
        public const int AtStatxSyncAsStat = 0x0000;
        public const uint StatxBasicStats = 0x07FF;
        public const int StatxSize = 256;
        public const int ReadOnly = 0;

        // O_NONBLOCK and O_CLOEXEC on x86-64, ARM and ARM64 Linux, the platforms .NET runs on there.
        public const int NonBlocking = 0x800;
        public const int CloseOnExec = 0x80000;

        public const int EPERM = 1;
        public const int ENOENT = 2;
        public const int EACCES = 13;
        public const int ENOTDIR = 20;
        public const int EISDIR = 21;
        public const int ENAMETOOLONG = 36;
        public const int ELOOP = 40;

        [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
        public static partial int Open(string path, int flags);

        [LibraryImport("libc", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
        public static partial int Statx(int directoryFd, string path, int flags, uint mask, [Out] byte[] buffer);
    }
}

/// <summary>What kind of file system entry a path names.</summary>
public enum FileKind
{
    /// <summary>A regular file: the only kind PublicityCheck reads.</summary>
    Regular,

    /// <summary>A folder.</summary>
    Directory,

    /// <summary>A named pipe (FIFO).</summary>
    Fifo,

    /// <summary>A character or block device, such as <c>/dev/zero</c>.</summary>
    Device,

    /// <summary>A Unix domain socket.</summary>
    Socket,

    /// <summary>Anything else.</summary>
    Other,
}

/// <summary>A file as the file system knows it: two paths name the same file when their identities are equal.</summary>
/// <param name="Device">The device the file is on (Linux), or 0.</param>
/// <param name="Inode">The file's inode (Linux), or 0.</param>
/// <param name="ResolvedPath">Where the device and inode are not known, the file's full path with links followed.</param>
/// <param name="Kind">What kind of entry it is.</param>
public readonly record struct FileIdentity(ulong Device, ulong Inode, string? ResolvedPath, FileKind Kind)
{
    /// <summary>Whether the two identities are the same file (hard links and symbolic links included).</summary>
    public bool IsSameFileAs(FileIdentity other) =>
        ResolvedPath is null && other.ResolvedPath is null
            ? Device == other.Device && Inode == other.Inode
            : string.Equals(ResolvedPath, other.ResolvedPath, OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
}

/// <summary>A file that PublicityCheck will not read; the message says why in words a user can act on.</summary>
public sealed class UntrustedFileException : IOException
{
    /// <summary>Creates the exception.</summary>
    public UntrustedFileException()
    {
    }

    /// <summary>Creates the exception with the reason.</summary>
    public UntrustedFileException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the reason and its cause.</summary>
    public UntrustedFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
