using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PublicityCheck.Annotation;
using PublicityCheck.Documents;
using PublicityCheck.Tests.Support;
using PublicityCheck.Text;

namespace PublicityCheck.Tests.Properties;

/// <summary>
/// For any generated Word release, the annotator's walk of a part (<see cref="PartTextMap"/>) finds, at every location
/// the Word reader reports inside a block, exactly the text the reader gives there; and a comment placed at that
/// location is anchored on exactly that text.
/// </summary>
/// <remarks>
/// The spans tried in each block are the block itself, its sentences, its words, each of its characters (a pair of
/// surrogates counts as one) and random spans inside it. The text the annotator finds is that of the elements
/// <see cref="PartTextMap"/> lists for the paragraph, cut at the location's columns; the text a comment is anchored
/// on is that of the elements between the comment's range markers once <see cref="CommentAnchor"/> has placed them
/// in a copy of the part, splitting runs as it does for a finding.
/// </remarks>
public sealed partial class WordWalkersAgreementPropertyTest : IDisposable
{
    private const string CommentId = "9999";

    private readonly TemporaryFolder _folder = new();
    private int _files;

    private static Arbitrary<(GeneratedWordRelease Release, int Seed)> ReleasesWithSeeds { get; } =
        WordReleaseGenerator.Releases.Generator.SelectMany(release => Gen.Choose(0, int.MaxValue).Select(seed => (release, seed))).ToArbitrary();

    [Property(MaxTest = 200)]
    public Property ReaderLocations_InEveryBlock_MapToTheSameTextInTheAnnotatorsWalk() =>
        Prop.ForAll(ReleasesWithSeeds, input =>
        {
            var (document, roots) = Read(input.Release);
            var maps = roots.ToDictionary(r => r.Key, r => PartTextMap.Build(r.Value), StringComparer.Ordinal);
            var random = new Random(input.Seed);
            foreach (var (span, text) in Spans(document, random, randomPerBlock: 20))
            {
                var location = document.GetLocation(span);
                Assert.True(maps.TryGetValue(location.Part, out var map), $"the reader names part {location.Part}, which the package does not have");
                var found = TextAt(map!, location);
                if (!string.Equals(found, text, StringComparison.Ordinal))
                {
                    Assert.Fail($"{span} of \"{text}\" is located at {Describe(location)}, where the annotator's walk finds \"{found}\"");
                }
            }
        });

    [Property(MaxTest = 30)]
    public Property ReaderLocations_InEveryBlock_AreCommentedOnExactlyTheirText() =>
        Prop.ForAll(ReleasesWithSeeds, input =>
        {
            var (document, roots) = Read(input.Release);
            var random = new Random(input.Seed);
            foreach (var (span, text) in Spans(document, random, randomPerBlock: 3).Where((_, i) => i % 4 == 0))
            {
                var location = document.GetLocation(span);
                var copy = roots[location.Part].CloneNode(true);
                Assert.True(CommentAnchor.Place(copy, CommentId, location.Start, location.End), $"no paragraph {location.Start.Line} in {location.Part}");
                var anchored = AnchoredText(copy, location);
                if (!string.Equals(anchored, text, StringComparison.Ordinal))
                {
                    Assert.Fail($"{span} of \"{text}\" is located at {Describe(location)}, where a comment is anchored on \"{anchored}\"");
                }
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
    public void ReaderLocations_InWordConstructsTheGeneratorLeavesOut_MapToTheSameText(string body)
    {
        var release = new GeneratedWordRelease([body], [body], [], [body]);
        var (document, roots) = Read(release);
        Assert.NotEmpty(document.Blocks);
        var maps = roots.ToDictionary(r => r.Key, r => PartTextMap.Build(r.Value), StringComparer.Ordinal);
        foreach (var (span, text) in Spans(document, new Random(1), randomPerBlock: 20))
        {
            var location = document.GetLocation(span);
            Assert.Equal(text, TextAt(maps[location.Part], location));
            var copy = roots[location.Part].CloneNode(true);
            Assert.True(CommentAnchor.Place(copy, CommentId, location.Start, location.End));
            Assert.Equal(text, AnchoredText(copy, location));
        }
    }

    public void Dispose() => _folder.Dispose();

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

    // The text of the pieces the annotator's walk lists for the location's paragraph, between its columns.
    private static string TextAt(PartTextMap map, SourceLocation location)
    {
        Assert.True(location.Start.Line == location.End.Line, $"a span inside one block is located over paragraphs: {Describe(location)}");
        var text = new StringBuilder();
        foreach (var piece in map.Pieces(location.Start.Line))
        {
            text.Append(PieceText(piece));
        }

        var (from, to) = (location.Start.Column - 1, location.End.Column - 1);
        return from >= 0 && to >= from && to <= text.Length ? text.ToString(from, to - from) : $"(no columns {from + 1}..{to + 1} in \"{text}\")";
    }

    // The text of every piece the annotator's walk lists, in the location's paragraph, between the comment's range
    // markers (a text box anchored in the paragraph lies between them too, but is a paragraph of its own).
    private static string AnchoredText(OpenXmlElement root, SourceLocation location)
    {
        var map = PartTextMap.Build(root);
        var order = root.Descendants().Select((element, index) => (element, index)).ToDictionary(p => p.element, p => p.index);
        var start = order.Single(p => p.Key.LocalName == "commentRangeStart").Value;
        var end = order.Single(p => p.Key.LocalName == "commentRangeEnd").Value;
        var text = new StringBuilder();
        foreach (var piece in map.Pieces(location.Start.Line).Where(p => order[p.Element] > start && order[p.Element] < end))
        {
            text.Append(PieceText(piece));
        }

        return text.ToString();
    }

    private static string PieceText(TextPiece piece) => piece.Element.LocalName switch
    {
        "t" => piece.Element.InnerText,
        "tab" or "ptab" => "\t",
        "br" or "cr" => "\n",
        "noBreakHyphen" => "-",
        "sym" => piece.Element.GetAttributes().First(a => a.LocalName == "char").Value is { } code
            ? ((char)Convert.ToInt32(code, 16)).ToString()
            : string.Empty,
        _ => throw new InvalidOperationException($"a text piece of w:{piece.Element.LocalName}"),
    };

    private static string Describe(SourceLocation location) => $"{location.Part} {location.Start}..{location.End}";

    // Reads the release as the tool does, and opens the same package with the Open XML SDK for the annotator's walk.
    private (ReleaseDocument Document, Dictionary<string, OpenXmlElement> Roots) Read(GeneratedWordRelease release)
    {
        var bytes = release.ToBuilder().Build();
        var path = _folder.Write($"release-{++_files}.docx", bytes);
        try
        {
            var result = DocumentReaders.Default.ReadFile(path);
            Assert.True(result.Document is not null, string.Join("; ", result.Diagnostics.Select(d => d.Message)));
            return (result.Document, Roots(bytes));
        }
        finally
        {
            File.Delete(path);
        }
    }

    // The root element of every part that holds text, by the part's name in locations, detached from the package.
    private static Dictionary<string, OpenXmlElement> Roots(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        using var package = WordprocessingDocument.Open(stream, false);
        var main = package.MainDocumentPart!;
        var roots = new Dictionary<string, OpenXmlElement>(StringComparer.Ordinal) { [DocumentParts.Body] = main.Document!.Body!.CloneNode(true) };
        foreach (var part in main.HeaderParts.Cast<OpenXmlPart>().Concat(main.FooterParts))
        {
            roots[Path.GetFileNameWithoutExtension(part.Uri.OriginalString)] = part.RootElement!.CloneNode(true);
        }

        if (main.FootnotesPart?.Footnotes is { } footnotes)
        {
            roots[DocumentParts.Footnotes] = footnotes.CloneNode(true);
        }

        return roots;
    }

    [GeneratedRegex(@"\S+")]
    private static partial Regex Word();
}
