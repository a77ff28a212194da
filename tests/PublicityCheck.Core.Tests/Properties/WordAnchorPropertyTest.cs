using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PublicityCheck.Annotation;
using PublicityCheck.Documents;
using PublicityCheck.Documents.Word;
using PublicityCheck.Tests.Support;
using PublicityCheck.Text;

namespace PublicityCheck.Tests.Properties;

/// <summary>
/// For any generated Word release, every location the Word reader reports inside a block is the text the annotator
/// anchors a comment on: the pieces the one walk of a part records for the location's paragraph give, between its
/// columns, exactly the reader's text; and a comment placed there by <see cref="CommentAnchor"/> lies around exactly
/// that text, where the reader then finds the comment's range to start and end.
/// </summary>
/// <remarks>
/// The spans tried in each block are the block itself, its sentences, its words, each of its characters (a pair of
/// surrogates counts as one) and random spans inside it. A piece's text is taken from its element (a <c>w:t</c>'s
/// value, a tab, a symbol's character), not from what the walk recorded, so that splitting that element at a column
/// is known to split the text there. A comment is placed in a copy of the part's XML, as the annotator places it
/// for a finding, splitting runs; the copy is then walked afresh.
/// </remarks>
public sealed partial class WordAnchorPropertyTest : IDisposable
{
    private const string CommentId = "9999";

    private readonly TemporaryFolder _folder = new();
    private int _files;

    private static Arbitrary<(GeneratedWordRelease Release, int Seed)> ReleasesWithSeeds { get; } =
        WordReleaseGenerator.Releases.Generator.SelectMany(release => Gen.Choose(0, int.MaxValue).Select(seed => (release, seed))).ToArbitrary();

    [Property(MaxTest = 200)]
    public Property ReaderLocations_InEveryBlock_NameTheTextOfThePiecesTheWalkRecords() =>
        Prop.ForAll(ReleasesWithSeeds, input =>
        {
            var (document, parts) = Read(input.Release);
            var maps = parts.ToDictionary(p => p.Key, p => PartText.Map(p.Value, p.Key, CancellationToken.None), StringComparer.Ordinal);
            var random = new Random(input.Seed);
            foreach (var (span, text) in Spans(document, random, randomPerBlock: 20))
            {
                var location = document.GetLocation(span);
                Assert.True(maps.TryGetValue(location.Part, out var map), $"the reader names part {location.Part}, which the package does not have");
                var found = TextAt(map!, location);
                if (!string.Equals(found, text, StringComparison.Ordinal))
                {
                    Assert.Fail($"{span} of \"{text}\" is located at {Describe(location)}, where the walk's pieces give \"{found}\"");
                }
            }
        });

    [Property(MaxTest = 30)]
    public Property ReaderLocations_InEveryBlock_AreCommentedOnExactlyTheirText() =>
        Prop.ForAll(ReleasesWithSeeds, input =>
        {
            var (document, parts) = Read(input.Release);
            var random = new Random(input.Seed);
            foreach (var (span, text) in Spans(document, random, randomPerBlock: 3).Where((_, i) => i % 4 == 0))
            {
                AssertCommentedOn(parts, document.GetLocation(span), $"{span} of \"{text}\"", text);
            }
        });

    // What the generator does not write: complex fields, symbols, text boxes with their fallback, deleted rows,
    // white space in a w:t that does not preserve it, and a picture's alternative text.
    [Theory]
    [InlineData("<w:p><w:r><w:t>On</w:t></w:r><w:r><w:t> </w:t></w:r><w:r><w:t xml:space=\"preserve\">4 March the council met.</w:t></w:r></w:p>")]
    [InlineData("<w:p><w:r><w:t xml:space=\"preserve\">Ward: </w:t></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> MERGEFIELD Ward </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>Northfield</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:t xml:space=\"preserve\"> ward is open.</w:t></w:r></w:p>")]
    [InlineData("<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>DATE</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>4 March</w:t></w:r></w:p><w:p><w:r><w:t>and on.</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:t xml:space=\"preserve\"> Next paragraph.</w:t></w:r></w:p>")]
    [InlineData("<w:p><w:r><w:t xml:space=\"preserve\">Tick </w:t><w:sym w:font=\"Wingdings\" w:char=\"F0FC\"/><w:sym w:font=\"Symbol\" w:char=\"03A9\"/><w:t xml:space=\"preserve\"> ohms and more.</w:t></w:r></w:p>")]
    [InlineData("<w:p><w:r><w:t xml:space=\"preserve\">Before the box. </w:t></w:r><w:r><mc:AlternateContent xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"><mc:Choice Requires=\"wps\"><w:drawing><w:txbxContent><w:p><w:r><w:t>Boxed text here.</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>Boxed text here.</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t xml:space=\"preserve\">After the box.</w:t></w:r></w:p><w:p><w:r><w:t>Last one.</w:t></w:r></w:p>")]
    [InlineData("<w:tbl><w:tblPr/><w:tblGrid/><w:tr><w:trPr><w:del w:id=\"1\" w:author=\"A\" w:date=\"2026-03-02T09:00:00Z\"/></w:trPr><w:tc><w:p><w:r><w:t>Gone row.</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:tc><w:p><w:r><w:t>Kept row.</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p><w:r><w:t>After the table.</w:t></w:r></w:p>")]
    [InlineData("<w:p><w:r><w:t xml:space=\"preserve\">The new depot </w:t></w:r><w:r><w:drawing><wp:inline xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\"><wp:docPr id=\"1\" name=\"Picture 1\" descr=\"Tanyard Lane depot\"/></wp:inline></w:drawing></w:r><w:r><w:t xml:space=\"preserve\">opens in May.</w:t></w:r></w:p>")]
    public void ReaderLocations_InWordConstructsTheGeneratorLeavesOut_AreCommentedOnExactlyTheirText(string body)
    {
        var release = new GeneratedWordRelease([body], [body], [], [body]);
        var (document, parts) = Read(release);
        Assert.NotEmpty(document.Blocks);
        var maps = parts.ToDictionary(p => p.Key, p => PartText.Map(p.Value, p.Key, CancellationToken.None), StringComparer.Ordinal);
        foreach (var (span, text) in Spans(document, new Random(1), randomPerBlock: 20))
        {
            var location = document.GetLocation(span);
            Assert.Equal(text, TextAt(maps[location.Part], location));
            AssertCommentedOn(parts, location, $"{span} of \"{text}\"", text);
        }
    }

    [Fact]
    public void CommentsOnOneParagraph_EachPlacedAfterTheOthers_AreEachOnExactlyTheirText()
    {
        // The annotator places every finding's comment in the same XML, splitting runs as it goes; the walk's
        // record of the pieces is kept in step, so later findings in a paragraph already split still find their words.
        const string Body = "<w:p><w:r><w:t xml:space=\"preserve\">The Part II report on the depot sale </w:t></w:r><w:r><w:t>was considered in private by Cabinet.</w:t></w:r></w:p>";
        var (document, parts) = Read(new GeneratedWordRelease([Body], [], [], []));
        var root = parts[DocumentParts.Body];
        var map = PartText.Map(root, DocumentParts.Body, CancellationToken.None);
        var words = new[] { "Part II report", "report on the depot", "depot sale was", "in private", "e", "Cabinet." };
        var located = words.Select(w => document.GetLocation(new TextSpan(document.Text.IndexOf(w, StringComparison.Ordinal), w.Length))).ToList();

        for (var i = 0; i < words.Length; i++)
        {
            Assert.True(CommentAnchor.Place(map, $"{i}", located[i].Start, located[i].End));
        }

        Assert.Equal(Pieces(PartText.Map(root, DocumentParts.Body, CancellationToken.None)), Pieces(map));
        var walk = Walk(root);
        for (var i = 0; i < words.Length; i++)
        {
            Assert.Equal((located[i].Start, located[i].End), (walk.CommentStarts[$"{i}"], walk.CommentEnds[$"{i}"]));
            Assert.Equal(words[i], AnchoredText(root, $"{i}", located[i].Start.Line));
        }
    }

    public void Dispose() => _folder.Dispose();

    // Places a comment at the location in a copy of its part, as the annotator does for a finding, and holds the
    // copy to the expected text: between the markers, where a fresh walk finds the range, and in the walk's record.
    private static void AssertCommentedOn(Dictionary<string, XElement> parts, SourceLocation location, string what, string text)
    {
        var copy = new XElement(parts[location.Part]);
        var map = PartText.Map(copy, location.Part, CancellationToken.None);
        Assert.True(CommentAnchor.Place(map, CommentId, location.Start, location.End), $"no paragraph {location.Start.Line} in {location.Part}");
        var anchored = AnchoredText(copy, CommentId, location.Start.Line);
        if (!string.Equals(anchored, text, StringComparison.Ordinal))
        {
            Assert.Fail($"{what} is located at {Describe(location)}, where a comment is anchored on \"{anchored}\"");
        }

        var walk = Walk(copy);
        var range = (walk.CommentStarts[CommentId], walk.CommentEnds[CommentId]);
        if (range != (location.Start, location.End))
        {
            Assert.Fail($"{what} is located at {Describe(location)}, but the reader finds its comment at {range.Item1}..{range.Item2}");
        }

        if (!Pieces(map).SequenceEqual(Pieces(PartText.Map(copy, location.Part, CancellationToken.None))))
        {
            Assert.Fail($"after commenting {what}, the annotator's record of the pieces of {location.Part} is not what a fresh walk finds");
        }
    }

    // Every span a finding could be about inside one block, with the text the reader gives for it.
    private static IEnumerable<(TextSpan Span, string Text)> Spans(ReleaseDocument document, Random random, int randomPerBlock)
    {
        foreach (var block in document.Blocks.Where(b => b.Kind != BlockKind.ImageText))
        {
            var text = block.Text;
            var boundaries = Enumerable.Range(0, text.Length + 1).Where(i => i == text.Length || !char.IsLowSurrogate(text[i])).ToArray();
            var spans = new List<(int Start, int End)> { (0, text.Length) };
            spans.AddRange(SentenceSplitter.Default.Split(document).Where(s => s.Span.Start >= block.Span.Start && s.Span.End <= block.Span.End)
                .Select(s => (s.Span.Start - block.Span.Start, s.Span.End - block.Span.Start)));
            spans.AddRange(Word().Matches(text).Select(m => (m.Index, m.Index + m.Length)));
            spans.AddRange(boundaries.Zip(boundaries.Skip(1)));
            for (var i = 0; i < randomPerBlock && boundaries.Length > 1; i++)
            {
                var (a, b) = (boundaries[random.Next(boundaries.Length)], boundaries[random.Next(boundaries.Length)]);
                if (a != b)
                {
                    spans.Add((Math.Min(a, b), Math.Max(a, b)));
                }
            }

            foreach (var (start, end) in spans)
            {
                yield return (new TextSpan(block.Span.Start + start, end - start), text[start..end]);
            }
        }
    }

    // The text of the pieces the walk records for the location's paragraph, between its columns.
    private static string TextAt(PartText map, SourceLocation location)
    {
        Assert.True(location.Start.Line == location.End.Line, $"a span inside one block is located over paragraphs: {Describe(location)}");
        var text = new StringBuilder();
        foreach (var piece in map.Pieces(location.Start.Line))
        {
            Assert.Equal(text.Length, piece.Start);
            text.Append(ElementText(piece.Element));
        }

        var (from, to) = (location.Start.Column - 1, location.End.Column - 1);
        return from >= 0 && to >= from && to <= text.Length ? text.ToString(from, to - from) : $"(no columns {from + 1}..{to + 1} in \"{text}\")";
    }

    // The text of every piece a fresh walk finds in the paragraph between the comment's range markers (a text box
    // anchored in the paragraph lies between them too, but is a paragraph of its own).
    private static string AnchoredText(XElement root, string id, int paragraph)
    {
        var order = root.DescendantsAndSelf().Select((element, index) => (element, index)).ToDictionary(p => p.element, p => p.index);
        var start = order.Single(p => p.Key.Name.LocalName == "commentRangeStart" && IdOf(p.Key) == id).Value;
        var end = order.Single(p => p.Key.Name.LocalName == "commentRangeEnd" && IdOf(p.Key) == id).Value;
        var text = new StringBuilder();
        foreach (var piece in PartText.Map(root, "part", CancellationToken.None).Pieces(paragraph).Where(p => order[p.Element] > start && order[p.Element] < end))
        {
            text.Append(ElementText(piece.Element));
        }

        return text.ToString();
    }

    private static string? IdOf(XElement marker) => marker.Attributes().FirstOrDefault(a => a.Name.LocalName == "id")?.Value;

    private static PartWalker Walk(XElement root)
    {
        var walker = new PartWalker("part", null, StyleCatalog.Empty);
        walker.Walk(root, CancellationToken.None);
        return walker;
    }

    private static List<(int Paragraph, TextPiece Piece)> Pieces(PartText map) =>
        [.. Enumerable.Range(1, map.ParagraphCount).SelectMany(n => map.Pieces(n).Select(p => (n, p)))];

    // The text an element gives, read from the element itself.
    private static string ElementText(XElement element) => element.Name.LocalName switch
    {
        "t" => element.Value,
        "tab" or "ptab" => "\t",
        "br" or "cr" => "\n",
        "noBreakHyphen" => "-",
        "sym" => ((char)Convert.ToInt32(element.Attributes().First(a => a.Name.LocalName == "char").Value, 16)).ToString(),
        _ => throw new InvalidOperationException($"a text piece of w:{element.Name.LocalName}"),
    };

    private static string Describe(SourceLocation location) => $"{location.Part} {location.Start}..{location.End}";

    // Reads the release as the tool does, and loads the XML of every part that holds text as the annotator loads it.
    private (ReleaseDocument Document, Dictionary<string, XElement> Parts) Read(GeneratedWordRelease release)
    {
        var bytes = release.ToBuilder().Build();
        var path = _folder.Write($"release-{++_files}.docx", bytes);
        try
        {
            var result = DocumentReaders.Default.ReadFile(path);
            Assert.True(result.Document is not null, string.Join("; ", result.Diagnostics.Select(d => d.Message)));
            return (result.Document, Parts(bytes));
        }
        finally
        {
            File.Delete(path);
        }
    }

    // The root element of every part that holds text, by the part's name in locations.
    private static Dictionary<string, XElement> Parts(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        using var package = WordprocessingDocument.Open(stream, false);
        var main = package.MainDocumentPart!;
        var parts = new Dictionary<string, XElement>(StringComparer.Ordinal) { [DocumentParts.Body] = Load(main) };
        foreach (var part in main.HeaderParts.Cast<OpenXmlPart>().Concat(main.FooterParts))
        {
            parts[Path.GetFileNameWithoutExtension(part.Uri.OriginalString)] = Load(part);
        }

        if (main.FootnotesPart is { } footnotes)
        {
            parts[DocumentParts.Footnotes] = Load(footnotes);
        }

        return parts;
    }

    private static XElement Load(OpenXmlPart part)
    {
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        return WordXml.Load(stream, part.Uri.OriginalString, CancellationToken.None).Root!;
    }

    [GeneratedRegex(@"\S+")]
    private static partial Regex Word();
}
