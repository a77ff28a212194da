using System.Text;

namespace PublicityCheck.Cli;

/// <summary>Writes a report to standard output or, whole or not at all, to a file (written beside it, then moved into place).</summary>
internal static class OutputTarget
{
    public static void WriteBytes(string path, CliConsole console, byte[] content) =>
        WriteStream(path, console, stream => stream.Write(content));

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

    private static void WriteStream(string path, CliConsole console, Action<Stream> write)
    {
        var full = Path.GetFullPath(path, console.WorkingDirectory);
        var folder = Path.GetDirectoryName(full)!;
        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                write(stream);
            }

            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            throw new UsageException($"the output could not be written to {path}: {ex.Message}");
        }
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
