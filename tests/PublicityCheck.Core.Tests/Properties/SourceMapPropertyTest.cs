using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PublicityCheck.Documents;
using PublicityCheck.Documents.Markdown;
using PublicityCheck.Text;
using PublicityCheck.Text.Quotations;

namespace PublicityCheck.Tests.Properties;

/// <summary>
/// For any release built from generated paragraphs (quotes straight and curly, apostrophes, unicode beyond the
/// basic plane), every sentence and quotation the document reports maps back to a place inside the file that holds
/// exactly the text it names.
/// </summary>
public sealed class SourceMapPropertyTest
{
    // Tokens that are plain text to Markdown, so that each paragraph's text is its line in the file.
    private static readonly string[] _tokens =
    [
        "the", "council", "Café", "Ünïcode", "Ashworth", "borough’s", "residents'", "don't", "it’s", "said",
        "Councillor", "Smith,", "Leader", "of", "the Council,", "“We", "will", "act.”", "\"Plans", "are", "ready,\"",
        "‘quoted’", "'single'", "—", "plan.", "Why?", "Now!", "😀", "naïve", "Łódź", "said:", "“", "”", "\"", "£4m", "9am.",
    ];

    private static readonly Arbitrary<string[]> _releases =
        Gen.Elements(_tokens).ArrayOf().Where(words => words.Length > 0).Select(words => string.Join(' ', words))
            .ArrayOf().Where(paragraphs => paragraphs.Length > 0)
            .ToArbitrary();

    // Markdown's own punctuation, quotes, line breaks of every kind, controls and text beyond the basic plane.
    private static readonly Arbitrary<string> _anyText =
        Gen.OneOf(Gen.Elements("abcXYZ019 .,;:!?-*_`#>[]()<>&\\|~=+\"'“”‘’«»—\n\r\t\0\u00a0\u200b\u2028é".ToCharArray()), Gen.Elements('\ud83d'), Gen.Elements('\ude00'))
            .ArrayOf().Select(chars => new string(chars))
            .ToArbitrary();

    [Property(MaxTest = 300)]
    public Property Sentences_EveryLocation_HoldsTheSentenceText() =>
        Prop.ForAll(_releases, paragraphs =>
        {
            var (document, lines) = Read(paragraphs);
            return SentenceSplitter.Default.Split(document).All(s => Holds(document, lines, s.Span));
        });

    [Property(MaxTest = 300)]
    public Property Quotations_EveryLocation_HoldsTheQuotationText() =>
        Prop.ForAll(_releases, paragraphs =>
        {
            var (document, lines) = Read(paragraphs);
            return QuotationExtractor.Default.Extract(document).All(q => Holds(document, lines, q.Span) && q.Parts.All(p => Holds(document, lines, p)));
        });

    [Property(MaxTest = 300)]
    public Property Blocks_EveryLocation_HoldsTheParagraph() =>
        Prop.ForAll(_releases, paragraphs =>
        {
            var (document, lines) = Read(paragraphs);
            return document.Blocks.All(b => Holds(document, lines, b.Span));
        });

    [Property(MaxTest = 500)]
    public Property GetLocation_AnyText_StaysInsideTheFile() =>
        Prop.ForAll(_anyText, markdown =>
        {
            using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(markdown));
            var result = new MarkdownReader().Read("release.md", stream, ReaderOptions.Default);
            if (result.Document is not { } document)
            {
                return true;
            }

            // The reader, like CommonMark, ends a line at CR LF, a lone CR or a lone LF.
            var lines = System.Text.RegularExpressions.Regex.Split(markdown, "\r\n|\r|\n");
            return SentenceSplitter.Default.Split(document).Select(s => s.Span).Concat(QuotationExtractor.Default.Extract(document).Select(q => q.Span)).All(span =>
            {
                var location = document.GetLocation(span);
                return location.Start.Line >= 1 && location.End.Line <= lines.Length && location.Start <= location.End
                    && location.Start.Column >= 1 && location.End.Column - 1 <= lines[location.End.Line - 1].Length + 1;
            });
        });

    private static (ReleaseDocument Document, string[] Lines) Read(string[] paragraphs)
    {
        var markdown = string.Join("\n\n", paragraphs) + "\n";
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(markdown));
        var result = new MarkdownReader().Read("release.md", stream, ReaderOptions.Default);
        Assert.True(result.Document is not null, string.Join("; ", result.Diagnostics.Select(d => d.Message)));
        return (result.Document, markdown.Split('\n'));
    }

    private static bool Holds(ReleaseDocument document, string[] lines, TextSpan span)
    {
        if (span.Length == 0)
        {
            return true;
        }

        var location = document.GetLocation(span);
        var (start, end) = (location.Start, location.End);
        if (start.Line < 1 || end.Line > lines.Length || end <= start || start.Column < 1
            || start.Column - 1 > lines[start.Line - 1].Length || end.Column - 1 > lines[end.Line - 1].Length)
        {
            return false;
        }

        // A quotation may run on over paragraphs: blocks are joined by one line feed in the document's text and
        // by a blank line in the file, so compare with runs of line feeds made one.
        var inFile = string.Join('\n', lines[(start.Line - 1)..end.Line]);
        var from = start.Column - 1;
        var to = inFile.Length - (lines[end.Line - 1].Length - (end.Column - 1));
        return string.Equals(OneLineFeed(inFile[from..to]), OneLineFeed(document.GetText(span)), StringComparison.Ordinal);
    }

    private static string OneLineFeed(string text) => System.Text.RegularExpressions.Regex.Replace(text, "\n+", "\n");
}
