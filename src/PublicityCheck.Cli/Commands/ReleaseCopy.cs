using PublicityCheck.Documents;
using PublicityCheck.IO;

namespace PublicityCheck.Cli.Commands;

/// <summary>
/// The one release a command reads and writes a copy of (<c>annotate</c>, <c>fix</c>): found as a file, never a
/// folder; of a kind the command edits; read once, into memory, only if it is a regular file within the readers'
/// size limit; and compared with the output as a file (device and inode), so a copy never replaces the release
/// through a link unless the command was asked to write it in place.
/// </summary>
internal sealed class ReleaseCopy
{
    private ReleaseCopy(string display, string fullPath, string extension, FileIdentity identity)
    {
        Display = display;
        FullPath = fullPath;
        Extension = extension;
        Identity = identity;
    }

    /// <summary>The release as it was typed, for messages.</summary>
    public string Display { get; }

    /// <summary>Its full path.</summary>
    public string FullPath { get; }

    /// <summary>Its extension, in lower case, with the dot.</summary>
    public string Extension { get; }

    /// <summary>The file it is, to refuse an output that is the same file by another name.</summary>
    public FileIdentity Identity { get; }

    /// <summary>Finds the release typed as <paramref name="file"/>, refusing a missing file, a folder, or a kind the command does not edit.</summary>
    /// <param name="file">The path as typed.</param>
    /// <param name="console">Whose working folder relative paths are taken from.</param>
    /// <param name="extensions">The extensions the command edits, lower case, with the dot.</param>
    /// <param name="wrongKind">What is said of a file of another kind, given the path as typed.</param>
    /// <exception cref="UsageException">The release cannot be edited by the command.</exception>
    public static ReleaseCopy Find(string file, CliConsole console, IReadOnlyCollection<string> extensions, Func<string, string> wrongKind)
    {
        var full = Path.GetFullPath(file, console.WorkingDirectory);
        if (UntrustedFile.Identify(full) is not { } identity || identity.Kind == FileKind.Directory)
        {
            throw new UsageException($"no such file: {file}");
        }

        var extension = Path.GetExtension(full).ToLowerInvariant();
        return extensions.Contains(extension) ? new ReleaseCopy(file, full, extension, identity) : throw new UsageException(wrongKind(file));
    }

    /// <summary>
    /// Refuses <paramref name="output"/> when it is the release itself, by the same path or through a link.
    /// </summary>
    /// <exception cref="UsageException">The output is the release.</exception>
    public void RefuseAsOutput(string output, CliConsole console, string remedy)
    {
        var outputFull = Path.GetFullPath(output, console.WorkingDirectory);
        if (string.Equals(outputFull, FullPath, StringComparison.Ordinal) || OutputTarget.IsSameFile(outputFull, Identity))
        {
            throw new UsageException($"the output {output} is the release itself (the same file, or a link to it): {remedy}");
        }
    }

    /// <summary>
    /// Checks the release from <paramref name="given"/> bytes shown as <paramref name="display"/>, or, with none,
    /// reads the file's bytes into <paramref name="content"/> first. A FIFO, a device or a file over the limit is
    /// PC0001, never read.
    /// </summary>
    public FileResult Check(PublicityChecker checker, string display, byte[]? given, out byte[] content)
    {
        if (given is null)
        {
            try
            {
                content = UntrustedFile.ReadAllBytes(FullPath, checker.ReaderOptions.MaxFileBytes);
            }
            catch (UntrustedFileException ex)
            {
                content = [];
                return checker.Check(DocumentReadResult.Failure(display, ex.Message), FullPath);
            }
        }
        else
        {
            content = given;
        }

        using var stream = new MemoryStream(content, writable: false);
        var read = checker.Readers.ForPath(FullPath)!.Read(display, stream, checker.ReaderOptions);
        return checker.Check(read, FullPath);
    }

    /// <summary>Says on standard error why the release could not be read (its PC0001 findings).</summary>
    public void ReportUnreadable(FileResult result, CliConsole console)
    {
        foreach (var failure in result.Diagnostics)
        {
            console.Error.WriteLine(ConsoleText.Escape($"{Display}: error {failure.Id}: {failure.Message}"));
        }
    }
}
