using System.Security.Cryptography;
using System.Text;
using PublicityCheck.IO;

namespace PublicityCheck.Cli;

/// <summary>
/// Writes a report to standard output or, whole or not at all, to a file (its folder made if missing): written to a
/// new temporary file beside it, then moved into place. The temporary file has an unguessable name and is created only if nothing is there
/// (so a symbolic link planted in its place is never followed), and the move replaces the output's name, never
/// writing through a link to another file.
/// </summary>
internal static class OutputTarget
{
    /// <summary>Writes <paramref name="content"/> to <paramref name="path"/>, refusing if that is <paramref name="mustNotReplace"/> (the input) by any name.</summary>
    public static void WriteBytes(string path, CliConsole console, byte[] content, FileIdentity? mustNotReplace = null) =>
        WriteStream(path, console, stream => stream.Write(content), mustNotReplace);

    public static void Write(string? path, CliConsole console, Action<TextWriter> write)
    {
        if (path is null)
        {
            write(console.Out);
            console.Out.Flush();
            return;
        }

        WriteStream(path, console, stream =>
        {
            using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            write(writer);
        });
    }

    /// <summary>
    /// Refuses an output that is one of the files just read (a report written over a release), compared as files:
    /// through symbolic and hard links. An output that does not exist yet is nobody's input.
    /// </summary>
    /// <exception cref="UsageException">The output is one of <paramref name="inputs"/>.</exception>
    public static void RefuseInput(string? path, string option, CliConsole console, IEnumerable<string> inputs)
    {
        if (path is null || UntrustedFile.Identify(Path.GetFullPath(path, console.WorkingDirectory)) is not { Kind: FileKind.Regular } output)
        {
            return;
        }

        foreach (var input in inputs)
        {
            if (UntrustedFile.Identify(Path.GetFullPath(input, console.WorkingDirectory)) is { } identity && identity.IsSameFileAs(output))
            {
                throw new UsageException($"{option} {path} is the release {input} (the same file, or a link to it): choose another {option}");
            }
        }
    }

    /// <summary>Whether <paramref name="path"/> names <paramref name="file"/>, through symbolic or hard links.</summary>
    public static bool IsSameFile(string path, FileIdentity file) =>
        UntrustedFile.Identify(path) is { } identity && identity.IsSameFileAs(file);

    private static void WriteStream(string path, CliConsole console, Action<Stream> write, FileIdentity? mustNotReplace = null)
    {
        var full = Path.GetFullPath(path, console.WorkingDirectory);
        var folder = Path.GetDirectoryName(full)!;
        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))}.tmp");
        var created = false;
        try
        {
            // An output into a folder that does not exist yet (-o reports/today.sarif) makes the folder, as compilers do.
            MakeFolder(folder, path);
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                created = true;
                write(stream);
            }

            // Looked at again just before the move: the output may have been made a link to the input meanwhile.
            if (mustNotReplace is { } input && IsSameFile(full, input))
            {
                throw new UsageException($"the output {path} is the release itself (the same file, or a link to it): choose another --output");
            }

            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or UsageException)
        {
            if (created)
            {
                TryDelete(temporary);
            }

            // The temporary file is ours, not the user's: a message that names it names the output instead.
            throw ex as UsageException ?? new UsageException(
                $"the output could not be written to {path}: {ConsoleText.Plain(ex).Replace(temporary, full, StringComparison.Ordinal).Replace(Path.GetFileName(temporary), Path.GetFileName(full), StringComparison.Ordinal)}");
        }
    }

    private static void MakeFolder(string folder, string path)
    {
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (IOException) when (FileInTheWay(folder))
        {
            // .NET names the file in its message by its full path; the user typed a relative one.
            throw new UsageException($"the output could not be written to {path}: a file is in the way of its folder");
        }
    }

    private static bool FileInTheWay(string folder)
    {
        for (var current = folder; !string.IsNullOrEmpty(current); current = Path.GetDirectoryName(current))
        {
            if (File.Exists(current))
            {
                return true;
            }
        }

        return false;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Nothing was written there, or the folder refuses changes: either way there is nothing to undo.
        }
    }
}
