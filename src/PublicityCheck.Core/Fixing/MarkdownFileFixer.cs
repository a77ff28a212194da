using System.Text;
using PublicityCheck.Documents.Markdown;

namespace PublicityCheck.Fixing;

/// <summary>
/// Applies fixes to a Markdown file's bytes: decoded as the reader decodes them (UTF-8, UTF-16 with its byte order
/// mark, else Windows-1252), fixed by <see cref="MarkdownFixer"/>, and encoded back the same way, byte order mark
/// included, so the bytes outside the edits are the file's own.
/// </summary>
public static class MarkdownFileFixer
{
    // The code pages are registered when the library loads (see Documents/CodePages.cs).
    private static readonly Lazy<Encoding> Windows1252 = new(() => Encoding.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback));

    /// <summary>The fixed file's bytes and what was applied.</summary>
    public static (byte[] Content, FixOutcome Outcome) Apply(byte[] content, IEnumerable<FixChoice> choices)
    {
        ArgumentNullException.ThrowIfNull(content);
        var text = MarkdownDecoder.Decode(content, out var usedFallback);
        var outcome = MarkdownFixer.Apply(text, choices);
        if (outcome.Applied.IsEmpty)
        {
            return (content, outcome);
        }

        ReadOnlySpan<byte> bytes = content;
        var (preamble, encoding) = bytes switch
        {
            [0xFF, 0xFE, ..] => (bytes[..2].ToArray(), (Encoding)new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true)),
            [0xFE, 0xFF, ..] => (bytes[..2].ToArray(), new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true)),
            _ when usedFallback => ([], Windows1252.Value),
            [0xEF, 0xBB, 0xBF, ..] => (bytes[..3].ToArray(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true)),
            _ => ([], new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true)),
        };
        return ([.. preamble, .. encoding.GetBytes(outcome.Text)], outcome);
    }
}
