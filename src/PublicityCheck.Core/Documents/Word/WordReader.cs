using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace PublicityCheck.Documents.Word;

/// <summary>
/// Reads Word releases (<c>.docx</c>, <c>.docm</c>) with the Open XML SDK, read-only.
/// </summary>
/// <remarks>
/// <para>
/// <b>What is read.</b> Body paragraphs in reading order, then headers and footers (part <c>header1</c>,
/// <c>footer2</c>… after the package part's file name), then footnotes (<see cref="DocumentParts.Footnotes"/>) and
/// endnotes (<see cref="DocumentParts.Endnotes"/>). Runs are walked directly: <c>w:t</c> text, <c>w:tab</c> as a tab,
/// <c>w:br</c>/<c>w:cr</c> as a line feed, <c>w:noBreakHyphen</c> as <c>-</c>, soft hyphens dropped. Tracked changes
/// read as if accepted (insertions and moved-to text in, deletions and moved-from text out); fields give their
/// result, never their code; <c>mc:AlternateContent</c> gives its Choice, never its Fallback. Empty paragraphs
/// give no block but are still counted.
/// </para>
/// <para>
/// <b>Location scheme.</b> <see cref="SourcePosition.Line"/> is the 1-based number of the <c>w:p</c> element within
/// its part, counting every <c>w:p</c> of the part in document order (pre-order, so a text box paragraph nested in a
/// paragraph comes right after it; paragraphs under a skipped <c>mc:Fallback</c> are not counted).
/// <see cref="SourcePosition.Column"/> is the 1-based character offset in that paragraph's extracted text as
/// described above. Comment suppressions use the same scheme, with an exclusive end; a comment range that starts or
/// ends between paragraphs is at column 1 of the next paragraph.
/// </para>
/// <para>
/// <b>Refused</b> (PC0001, never an exception): empty files, OLE2 files (legacy <c>.doc</c>, encrypted packages),
/// files that are not zips, truncated or corrupt zips, zips that are not Word documents, zip bombs (declared or
/// actual unpacked size, or compression ratio, over <see cref="ReaderOptions"/>), malformed main XML, any DTD, and
/// a main document or package structure nested more than <see cref="WordXml.MaxDepth"/> deep or holding more than
/// <see cref="WordXml.MaxNodes"/> nodes (refused as it is read, before any tree is built). Any other part past
/// those limits is skipped with PC0007 naming the part and the limit.
/// </para>
/// </remarks>
public sealed class WordReader : IDocumentReader
{
    /// <inheritdoc/>
    public ReleaseFormat Format => ReleaseFormat.Word;

    /// <inheritdoc/>
    public IReadOnlyCollection<string> Extensions { get; } = [".docx", ".docm"];

    /// <inheritdoc/>
    public DocumentReadResult Read(string path, Stream content, ReaderOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(options);
        try
        {
            var bytes = ReadAll(content, options.MaxFileBytes, cancellationToken);
            if (bytes is null)
            {
                return DocumentReadResult.Failure(path, $"the file is larger than the {options.MaxFileBytes / (1024 * 1024)} MB limit");
            }

            var refusal = WordPackageGuard.Check(bytes, options, cancellationToken);
            if (refusal is not null)
            {
                return DocumentReadResult.Failure(path, refusal);
            }

            using var stream = new MemoryStream(bytes, writable: false);
            using var document = WordprocessingDocument.Open(stream, false, new OpenSettings { AutoSave = false });
            var result = new WordPackageReader(path, document, cancellationToken).Read();
            return result.Document is { } read && read.Text.Length > options.MaxTextCharacters
                ? DocumentReadResult.Failure(path, TextLimit.Reason(read.Text.Length, options))
                : result;
        }
        catch (OpenXmlPackageException ex)
        {
            return DocumentReadResult.Failure(path, $"it is not a valid Word package ({ex.Message.TrimEnd('.')})");
        }
        catch (FileFormatException ex)
        {
            return DocumentReadResult.Failure(path, $"it is not a valid Word package ({ex.Message.TrimEnd('.')})");
        }
        catch (XmlLimitException ex)
        {
            return DocumentReadResult.Failure(path, ex.Message);
        }
        catch (XmlException ex)
        {
            return DocumentReadResult.Failure(path, WordXml.IsDtdError(ex)
                ? "the package's XML declares a DTD; document type definitions and external entities are never read"
                : $"the package's XML is malformed ({ex.Message.TrimEnd('.')})");
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or InvalidOperationException or ArgumentException or NotSupportedException or FormatException)
        {
            return DocumentReadResult.Failure(path, $"the package is invalid or damaged ({ex.Message.TrimEnd('.')})");
        }
    }

    private static byte[]? ReadAll(Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        using var memory = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = content.Read(buffer, 0, buffer.Length)) > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (memory.Length + read > maxBytes)
            {
                return null;
            }

            memory.Write(buffer, 0, read);
        }

        return memory.ToArray();
    }
}
