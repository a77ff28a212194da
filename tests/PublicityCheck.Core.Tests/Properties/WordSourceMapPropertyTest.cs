using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PublicityCheck.Documents;
using PublicityCheck.Tests.Support;
using PublicityCheck.Text;
using PublicityCheck.Text.Quotations;

namespace PublicityCheck.Tests.Properties;

/// <summary>
/// For any Word release built from generated paragraphs, tables, headers, footers and footnotes (text cut into runs
/// at random, tracked insertions and deletions, tabs and breaks), every location the document reports names a
/// paragraph of the saved package and, read back from the package independently of the reader, holds exactly the
/// text it names.
/// </summary>
/// <remarks>
/// The package is opened again with the Open XML SDK; a location's part is found by name, its paragraph as the n-th
/// <c>w:p</c> of the part in document order, and the paragraph's text as Word shows it: the text of its runs
/// outside tracked deletions and moved-from text, in order, with tabs as tabs, breaks as line feeds and hyphens as
/// hyphens. A location that runs over paragraphs holds the text of the paragraphs it covers, each without its
/// trailing white space, blank paragraphs left out, joined by the document's block separator.
/// </remarks>
public sealed class WordSourceMapPropertyTest : IDisposable
{
    private const string WordprocessingML = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private readonly TemporaryFolder _folder = new();
    private int _files;

    [Property(MaxTest = 150)]
    public Property Sentences_EveryLocation_HoldsTheSentenceText() =>
        Prop.ForAll(WordReleaseGenerator.Releases, release =>
        {
            var read = Read(release);
            foreach (var sentence in SentenceSplitter.Default.Split(read.Document))
            {
                AssertHolds(read, sentence.Span, sentence.Text);
            }
        });

    [Property(MaxTest = 150)]
    public Property Quotations_EveryLocation_HoldsTheQuotationAndEachPart() =>
        Prop.ForAll(WordReleaseGenerator.Releases, release =>
        {
            var read = Read(release);
            foreach (var quotation in QuotationExtractor.Default.Extract(read.Document))
            {
                AssertHolds(read, quotation.Span, read.Document.GetText(quotation.Span));
                foreach (var part in quotation.Parts.Where(p => p.Length > 0))
                {
                    AssertHolds(read, part, read.Document.GetText(part));
                }
            }
        });

    [Property(MaxTest = 150)]
    public Property Blocks_EveryLocation_HoldsTheBlockText() =>
        Prop.ForAll(WordReleaseGenerator.Releases, release =>
        {
            var read = Read(release);
            foreach (var block in read.Document.Blocks)
            {
                AssertHolds(read, block.Span, block.Text);
            }
        });

    [Property(MaxTest = 100)]
    public Property GetLocation_AnySpan_StaysInsideTheParagraphItNames() =>
        Prop.ForAll(WordReleaseGenerator.Releases, release =>
        {
            var read = Read(release);
            var document = read.Document;
            var reported = SentenceSplitter.Default.Split(document).Select(s => s.Span)
                .Concat(QuotationExtractor.Default.Extract(document).SelectMany(q => q.Parts.Prepend(q.Span)))
                .Concat(document.Blocks.Select(b => b.Span));

            // Besides every span reported, every empty span, every character and every span to the end of the text.
            var length = document.Text.Length;
            var any = Enumerable.Range(0, document.Blocks.IsEmpty ? 0 : length + 1)
                .SelectMany(start => new[] { new TextSpan(start, 0), new TextSpan(start, Math.Min(1, length - start)), TextSpan.FromBounds(start, length) });
            foreach (var span in reported.Concat(any))
            {
                var location = document.GetLocation(span);
                if (!Inside(read, location))
                {
                    Assert.Fail($"{span} of \"{document.GetText(span)}\" is located at {Describe(location)}, outside its paragraphs {Describe(read, location.Part)}");
                }
            }
        });

    [Fact]
    public void Releases_Generated_HaveWhatThePropertiesAreAbout()
    {
        var documents = WordReleaseGenerator.Releases.Generator.Sample(20, 60).Select(release => Read(release).Document).ToList();

        Assert.Contains(documents, d => QuotationExtractor.Default.Extract(d).Any(q => q.Parts.Length > 1));
        Assert.True(documents.Count(d => !QuotationExtractor.Default.Extract(d).IsEmpty) > documents.Count / 2);
        Assert.Contains(documents, d => d.Blocks.Any(b => b.Kind == BlockKind.TableCell));
        Assert.Contains(documents, d => d.Blocks.Any(b => b.Kind == BlockKind.Header));
        Assert.Contains(documents, d => d.Blocks.Any(b => b.Kind == BlockKind.Footnote));
        Assert.Contains(documents, d => d.Blocks.Any(b => b.Text.Contains('\t', StringComparison.Ordinal)));
        Assert.Contains(documents, d => d.Blocks.Any(b => b.Text.Contains('\n', StringComparison.Ordinal)));
        Assert.Contains(documents, d => d.Text.Any(char.IsSurrogate));
    }

    public void Dispose() => _folder.Dispose();

    // Writes the release to a file of its own, reads it as the tool does, and reads its paragraphs back from the file.
    private ReadRelease Read(GeneratedWordRelease release)
    {
        var path = _folder.Write($"release-{++_files}.docx", release.ToBuilder().Build());
        try
        {
            var result = DocumentReaders.Default.ReadFile(path);
            Assert.True(result.Document is not null, string.Join("; ", result.Diagnostics.Select(d => d.Message)));
            return new ReadRelease(path, result.Document, ParagraphsByPart(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static void AssertHolds(ReadRelease read, TextSpan span, string text)
    {
        var location = read.Document.GetLocation(span);
        if (!Inside(read, location) || location.Start >= location.End)
        {
            Assert.Fail($"{span} of \"{text}\" is located at {Describe(location)}, outside its paragraphs or empty; the part's paragraphs are {Describe(read, location.Part)}");
        }

        var inFile = TextAt(read.Paragraphs[location.Part], location);
        if (!string.Equals(inFile, text, StringComparison.Ordinal))
        {
            Assert.Fail($"{span} of \"{text}\" is located at {Describe(location)}, which holds \"{inFile}\"");
        }
    }

    private static bool Inside(ReadRelease read, SourceLocation location)
    {
        if (location.Path != read.Path || !read.Paragraphs.TryGetValue(location.Part, out var paragraphs))
        {
            return false;
        }

        bool InParagraph(SourcePosition position) =>
            position.Line >= 1 && position.Line <= paragraphs.Length
            && position.Column >= 1 && position.Column - 1 <= paragraphs[position.Line - 1].Length;

        return InParagraph(location.Start) && InParagraph(location.End) && location.Start <= location.End;
    }

    private static string Describe(SourceLocation location) => $"{location.Part} {location.Start}..{location.End}";

    private static string Describe(ReadRelease read, string part) =>
        read.Paragraphs.TryGetValue(part, out var paragraphs)
            ? string.Join(", ", paragraphs.Select((p, i) => $"{i + 1}: \"{p}\""))
            : $"missing (the package has {string.Join(", ", read.Paragraphs.Keys)})";

    private static string TextAt(string[] paragraphs, SourceLocation location)
    {
        var (start, end) = (location.Start, location.End);
        if (start.Line == end.Line)
        {
            return paragraphs[start.Line - 1][(start.Column - 1)..(end.Column - 1)];
        }

        var pieces = new List<string> { paragraphs[start.Line - 1][(start.Column - 1)..].TrimEnd() };
        pieces.AddRange(paragraphs[start.Line..(end.Line - 1)].Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.TrimEnd()));
        pieces.Add(paragraphs[end.Line - 1][..(end.Column - 1)]);
        return string.Join(ReleaseDocument.BlockSeparator, pieces);
    }

    // The text of every w:p of every part that holds text, by the part's name in locations.
    private static Dictionary<string, string[]> ParagraphsByPart(string path)
    {
        using var package = WordprocessingDocument.Open(path, false);
        var main = package.MainDocumentPart!;
        var parts = new Dictionary<string, string[]>(StringComparer.Ordinal) { [DocumentParts.Body] = Paragraphs(main.Document!) };
        foreach (var part in main.HeaderParts.Cast<OpenXmlPart>().Concat(main.FooterParts))
        {
            parts[Path.GetFileNameWithoutExtension(part.Uri.OriginalString)] = Paragraphs(part.RootElement!);
        }

        if (main.FootnotesPart?.Footnotes is { } footnotes)
        {
            parts[DocumentParts.Footnotes] = Paragraphs(footnotes);
        }

        return parts;
    }

    // By name rather than by the SDK's classes, which leave some of what Word writes (w:smartTag) as unknown elements.
    private static string[] Paragraphs(OpenXmlElement root) => [.. root.Descendants().Where(e => IsW(e, "p")).Select(VisibleText)];

    private static string VisibleText(OpenXmlElement paragraph)
    {
        var text = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            if (element.Ancestors().TakeWhile(a => a != paragraph).Any(a => IsW(a, "del") || IsW(a, "moveFrom") || IsW(a, "pPr")))
            {
                continue;
            }

            text.Append(element.NamespaceUri != WordprocessingML ? string.Empty : element.LocalName switch
            {
                "t" => element.InnerText,
                "tab" or "ptab" => "\t",
                "br" or "cr" => "\n",
                "noBreakHyphen" => "-",
                _ => string.Empty,
            });
        }

        return text.ToString();
    }

    private static bool IsW(OpenXmlElement element, string localName) =>
        element.LocalName == localName && element.NamespaceUri == WordprocessingML;

    private sealed record ReadRelease(string Path, ReleaseDocument Document, Dictionary<string, string[]> Paragraphs);
}
