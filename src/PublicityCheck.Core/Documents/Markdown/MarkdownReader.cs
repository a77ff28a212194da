namespace PublicityCheck.Documents.Markdown;

/// <summary>Reads Markdown releases.</summary>
public sealed class MarkdownReader : IDocumentReader
{
    /// <inheritdoc/>
    public ReleaseFormat Format => ReleaseFormat.Markdown;

    /// <inheritdoc/>
    public IReadOnlyCollection<string> Extensions { get; } = [".md", ".markdown"];

    /// <inheritdoc/>
    public DocumentReadResult Read(string path, Stream content, ReaderOptions options, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException();
}
