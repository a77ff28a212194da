namespace PublicityCheck.Documents;

/// <summary>Reads one file format into a <see cref="ReleaseDocument"/>. A reader knows nothing of rules.</summary>
public interface IDocumentReader
{
    /// <summary>The format this reader produces.</summary>
    ReleaseFormat Format { get; }

    /// <summary>The file name extensions it reads, lower case with the dot (<c>.md</c>).</summary>
    IReadOnlyCollection<string> Extensions { get; }

    /// <summary>
    /// Reads <paramref name="content"/>. Never throws for bad input: a file that cannot be read gives a result with
    /// no document and an error diagnostic (PC0001) naming the file and the reason.
    /// </summary>
    /// <param name="path">The path to report in locations, as the user gave it.</param>
    /// <param name="content">The file's bytes; read only, never written. Need not be seekable.</param>
    /// <param name="options">Limits and settings.</param>
    /// <param name="cancellationToken">Stops a long read.</param>
    DocumentReadResult Read(string path, Stream content, ReaderOptions options, CancellationToken cancellationToken = default);
}
