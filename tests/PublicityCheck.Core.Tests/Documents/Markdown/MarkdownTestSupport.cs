using System.Text;
using System.Text.RegularExpressions;
using PublicityCheck.Documents;
using PublicityCheck.Documents.Markdown;

namespace PublicityCheck.Tests.Documents.Markdown;

/// <summary>Reads Markdown snippets and checks that every word maps back to the place it came from.</summary>
internal static partial class MarkdownTestSupport
{
    public const string ReleasePath = "releases/charnwood-library.md";

    public static DocumentReadResult ReadResult(byte[] bytes, ReaderOptions? options = null) =>
        new MarkdownReader().Read(ReleasePath, new ForwardOnlyStream(bytes), options ?? ReaderOptions.Default);

    public static DocumentReadResult ReadResult(string markdown) => ReadResult(Encoding.UTF8.GetBytes(markdown));

    public static ReleaseDocument Read(string markdown)
    {
        var result = ReadResult(markdown);
        Assert.True(result.Document is not null, string.Join("; ", result.Diagnostics));
        return result.Document;
    }

    /// <summary>The span of the first occurrence of <paramref name="words"/> in the document's text.</summary>
    public static TextSpan Find(ReleaseDocument document, string words)
    {
        var index = document.Text.IndexOf(words, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{words}' is not in: {document.Text}");
        return new TextSpan(index, words.Length);
    }

    /// <summary>Where <paramref name="words"/> starts and ends in the source.</summary>
    public static (SourcePosition Start, SourcePosition End) Locate(ReleaseDocument document, string words)
    {
        var location = document.GetLocation(Find(document, words));
        return (location.Start, location.End);
    }

    /// <summary>Decodes a file the way an editor on Windows would, independently of the reader.</summary>
    public static string Decode(byte[] bytes)
    {
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        }

        var skip = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            return new UTF8Encoding(false, true).GetString(bytes, skip, bytes.Length - skip);
        }
        catch (DecoderFallbackException)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(1252).GetString(bytes, skip, bytes.Length - skip);
        }
    }

    /// <summary>
    /// Checks, for every word of every block that maps one to one onto the source, that the source line from the
    /// word's start column to its end column is the word. Returns how many words were checked.
    /// </summary>
    public static int AssertWordsRoundTrip(ReleaseDocument document, string source, int maxPerBlock = int.MaxValue)
    {
        var lines = LineBreak().Split(source);
        var checkedWords = 0;
        foreach (var block in document.Blocks)
        {
            foreach (var word in Word().Matches(block.Text).Take(maxPerBlock))
            {
                if (!IsContiguous(block, word.Index, word.Length))
                {
                    continue;
                }

                var span = new TextSpan(block.Span.Start + word.Index, word.Length);
                var location = document.GetLocation(span);
                Assert.Equal(location.Start.Line, location.End.Line);
                var line = lines[location.Start.Line - 1];
                var fromSource = location.End.Column - 1 <= line.Length && location.Start.Column >= 1
                    ? line[(location.Start.Column - 1)..(location.End.Column - 1)]
                    : $"<columns {location.Start.Column}-{location.End.Column} beyond line {location.Start.Line}>";
                Assert.True(
                    fromSource == document.GetText(span),
                    $"{document.Path}: '{document.GetText(span)}' of block '{block.Text}' maps to {location.Start}-{location.End}, which holds '{fromSource}'");
                checkedWords++;
            }
        }

        return checkedWords;
    }

    /// <summary>Whether the characters map one to one onto consecutive columns of one line (no entity, markup or line break between).</summary>
    private static bool IsContiguous(Block block, int start, int length)
    {
        var segments = block.Map.Segments.Where(s => s.TextStart < start + length && s.TextEnd > start).ToList();
        return segments.All(s => s.IsLinear)
            && segments.Zip(segments.Skip(1)).All(pair =>
                pair.First.Source.Line == pair.Second.Source.Line && pair.First.Source.Column + pair.First.SourceLength == pair.Second.Source.Column);
    }

    [GeneratedRegex(@"\r\n|\r|\n")]
    private static partial Regex LineBreak();

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’][\p{L}]+)*")]
    private static partial Regex Word();

    /// <summary>A stream that can only be read forwards, as a network or pipe stream is.</summary>
    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes, writable: false)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override long Seek(long offset, SeekOrigin loc) => throw new NotSupportedException();
    }
}
