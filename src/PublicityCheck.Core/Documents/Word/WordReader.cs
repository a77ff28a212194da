namespace PublicityCheck.Documents.Word;

/// <summary>Reads Word releases.</summary>
public sealed class WordReader : IDocumentReader
{
    /// <inheritdoc/>
    public ReleaseFormat Format => ReleaseFormat.Word;

    /// <inheritdoc/>
    public IReadOnlyCollection<string> Extensions { get; } = [".docx", ".docm"];

    /// <inheritdoc/>
    public DocumentReadResult Read(string path, Stream content, ReaderOptions options, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException();
}
