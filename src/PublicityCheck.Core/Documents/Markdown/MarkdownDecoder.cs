using System.Text;

namespace PublicityCheck.Documents.Markdown;

/// <summary>
/// Reads a Markdown file's bytes and decodes them as Windows editors save text: a byte order mark for UTF-8,
/// UTF-16 LE or UTF-16 BE; otherwise strict UTF-8; failing that, Windows-1252.
/// </summary>
internal static class MarkdownDecoder
{
    private static readonly Encoding _strictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Lazy<Encoding> _windows1252 = new(() => Encoding.GetEncoding(1252));

    /// <summary>The name given in PC0002 for the fallback encoding.</summary>
    public const string FallbackName = "Windows-1252";

    /// <summary>
    /// Reads <paramref name="content"/> to the end, or returns null once more than <paramref name="maxBytes"/> bytes
    /// have been read. The stream need not be seekable.
    /// </summary>
    public static byte[]? ReadAll(Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = content.Read(chunk, 0, chunk.Length)) > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>Decodes <paramref name="bytes"/>; <paramref name="usedFallback"/> is set when they were not UTF-8 or UTF-16.</summary>
    public static string Decode(byte[] bytes, out bool usedFallback)
    {
        usedFallback = false;
        ReadOnlySpan<byte> span = bytes;
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(span[2..]);
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(span[2..]);
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            span = span[3..];
        }

        try
        {
            return _strictUtf8.GetString(span);
        }
        catch (DecoderFallbackException)
        {
            usedFallback = true;
            return _windows1252.Value.GetString(span);
        }
    }
}
