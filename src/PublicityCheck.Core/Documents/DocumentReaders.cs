using System.Collections.Immutable;
using PublicityCheck.IO;

namespace PublicityCheck.Documents;

/// <summary>
/// The set of readers, chosen by file extension, and the one place files are opened: read-only, shared, and
/// checked against the size limit before a reader sees them.
/// </summary>
public sealed class DocumentReaders
{
    private readonly ImmutableArray<IDocumentReader> _readers;

    /// <summary>Creates a set of readers.</summary>
    public DocumentReaders(IEnumerable<IDocumentReader> readers)
    {
        ArgumentNullException.ThrowIfNull(readers);
        _readers = [.. readers];
    }

    /// <summary>The built-in readers: Markdown and Word.</summary>
    public static DocumentReaders Default { get; } = new([new Markdown.MarkdownReader(), new Word.WordReader()]);

    /// <summary>Every extension some reader reads.</summary>
    public IEnumerable<string> Extensions => _readers.SelectMany(r => r.Extensions);

    /// <summary>The reader for <paramref name="path"/>'s extension, or null.</summary>
    public IDocumentReader? ForPath(string path)
    {
        var extension = Path.GetExtension(path);
        return _readers.FirstOrDefault(r => r.Extensions.Contains(extension, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>Whether some reader reads <paramref name="path"/>'s extension.</summary>
    public bool CanRead(string path) => ForPath(path) is not null;

    /// <summary>
    /// Reads the file at <paramref name="path"/>. Never throws for a bad or missing file: the result then holds
    /// PC0001 with the reason. The file is opened for reading only.
    /// </summary>
    public DocumentReadResult ReadFile(string path, ReaderOptions? options = null, CancellationToken cancellationToken = default) =>
        ReadFile(path, path, options, cancellationToken);

    /// <summary>
    /// Reads the file at <paramref name="path"/>, reporting it as <paramref name="displayPath"/> (the path as the
    /// user typed it). Never throws for a bad or missing file: the result then holds PC0001 with the reason.
    /// </summary>
    public DocumentReadResult ReadFile(string path, string displayPath, ReaderOptions? options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(displayPath);
        options ??= ReaderOptions.Default;
        var reader = ForPath(path);
        if (reader is null)
        {
            return DocumentReadResult.Failure(displayPath, $"files of type '{Path.GetExtension(path)}' are not read (only {string.Join(", ", Extensions)})");
        }

        FileStream stream;
        try
        {
            stream = UntrustedFile.OpenRead(path, options.MaxFileBytes);
        }
        catch (UntrustedFileException ex)
        {
            return DocumentReadResult.Failure(displayPath, ex.Message);
        }

        using (stream)
        {
            try
            {
                return reader.Read(displayPath, stream, options, cancellationToken);
            }
            catch (IOException ex)
            {
                return DocumentReadResult.Failure(displayPath, $"the file could not be read ({ex.Message.TrimEnd('.')})");
            }
        }
    }
}
