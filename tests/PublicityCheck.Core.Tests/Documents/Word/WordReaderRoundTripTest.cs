using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using PublicityCheck.Documents;
using PublicityCheck.Tests.Support;
using static PublicityCheck.Tests.Support.WordDocumentBuilder;

namespace PublicityCheck.Tests.Documents.Word;

/// <summary>
/// Every word's location, looked up in the original package independently (the N-th w:p of the part through the
/// SDK's own element tree, its accepted text from column C), gives back the word.
/// </summary>
public sealed partial class WordReaderRoundTripTest
{
    private const string McNamespace = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    public static TheoryData<string> Documents => ["mixed body", "parts", "lists and links"];

    [Theory]
    [MemberData(nameof(Documents))]
    public void GetLocation_EveryWord_PointsAtTheSameTextInThePackage(string name)
    {
        var bytes = Build(name).Build();
        var document = WordTestReading.Read(bytes).Document!;
        using var package = WordprocessingDocument.Open(new MemoryStream(bytes, writable: false), false);
        var checkedWords = 0;
        foreach (var block in document.Blocks.Where(b => b.Kind != BlockKind.ImageText))
        {
            foreach (Match word in Word().Matches(block.Text))
            {
                var span = new TextSpan(block.Span.Start + word.Index, word.Length);
                var location = document.GetLocation(span);
                Assert.Equal(location.Start.Line, location.End.Line);
                var paragraph = Paragraphs(RootOf(package, location.Part))[location.Start.Line - 1];
                var source = AcceptedText(paragraph);
                Assert.Equal(document.GetText(span), source.Substring(location.Start.Column - 1, location.End.Column - location.Start.Column));
                checkedWords++;
            }
        }

        Assert.True(checkedWords > 20);
    }

    private static WordDocumentBuilder Build(string name) => name switch
    {
        "mixed body" => new WordDocumentBuilder().Body(
            StyledP("Title", "Ashworth Borough Council"),
            "<w:p/>",
            P(Run("Embargoed until 00:01 on "), Del("2 March"), Ins("3 March 2026")),
            P(Run("Cllr Jane Smith,"), "<w:r><w:tab/></w:r>", Run("Leader of the Council, said: \u201CThe new "), Field("MERGEFIELD Facility", "leisure centre"), Run(" opens in Northfield.\u201D"),
                TextBox(P(Run("Opening day: "), Ins("Saturday 7 March")), P(Run("Free swimming all weekend")))),
            Table([P(Run("Ward")), P(Run("Budget"))], [P(Run("Northfield"), Del(" ward")), P(Run("\u00A34.2 million"))]),
            "<w:sdt><w:sdtContent>" + P(Run("Notes to editors: the council serves 120,000 residents.")) + "</w:sdtContent></w:sdt>"),
        "parts" => new WordDocumentBuilder()
            .Paragraph("Parking charges in Ashworth town centre will be frozen for 2026.")
            .Header("Ashworth Borough Council press release")
            .Footer("Press Office, Town Hall, Ashworth AS1 1AA")
            .Footnote("Figures from the 2025 residents' survey of 2,000 people.")
            .Footnote("Cabinet report, 24 February 2026."),
        _ => new WordDocumentBuilder().Body(
            StyledP("Heading1", "Have your say on the budget"),
            "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>" + Run("Online at ") + "<w:hyperlink r:id=\"rIdNone\">" + Run("ashworth.gov.uk/budget") + "</w:hyperlink></w:p>",
            "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>" + Run("At any library until ") + Field("DATE", "31 March 2026") + Field("PAGE", null) + Run(" (closing date)") + "</w:p>",
            P(Run("Stoke"), "<w:r><w:noBreakHyphen/></w:r>", Run("on"), "<w:r><w:br/></w:r>", Run("Trent residents are welcome too."))),
    };

    private static OpenXmlElement RootOf(WordprocessingDocument package, string part)
    {
        var main = package.MainDocumentPart!;
        return part switch
        {
            DocumentParts.Body => main.Document!,
            DocumentParts.Footnotes => main.FootnotesPart!.Footnotes!,
            DocumentParts.Endnotes => main.EndnotesPart!.Endnotes!,
            _ => ((IEnumerable<OpenXmlPart>)main.HeaderParts).Concat(main.FooterParts)
                .Single(p => Path.GetFileNameWithoutExtension(p.Uri.OriginalString) == part).RootElement!,
        };
    }

    private static List<OpenXmlElement> Paragraphs(OpenXmlElement root)
    {
        var paragraphs = new List<OpenXmlElement>();
        void Walk(OpenXmlElement element)
        {
            if (element.LocalName == "Fallback" && element.NamespaceUri == McNamespace)
            {
                return;
            }

            if (element.LocalName == "p")
            {
                paragraphs.Add(element);
            }

            foreach (var child in element.ChildElements)
            {
                Walk(child);
            }
        }

        Walk(root);
        return paragraphs;
    }

    private static string AcceptedText(OpenXmlElement paragraph)
    {
        var text = new StringBuilder();
        var fields = new Stack<bool>();
        void Walk(OpenXmlElement element)
        {
            foreach (var child in element.ChildElements)
            {
                switch (child.LocalName)
                {
                    case "p" or "Fallback" or "del" or "moveFrom" or "pPr" or "rPr" or "instrText" or "delText":
                        break;
                    case "fldChar":
                        var type = child.GetAttributes().FirstOrDefault(a => a.LocalName == "fldCharType").Value;
                        if (type == "begin")
                        {
                            fields.Push(false);
                        }
                        else if (type == "separate" && fields.Count > 0)
                        {
                            fields.Pop();
                            fields.Push(true);
                        }
                        else if (type == "end" && fields.Count > 0)
                        {
                            fields.Pop();
                        }

                        break;
                    case "t" when fields.All(inResult => inResult):
                        text.Append(child.InnerText);
                        break;
                    case "tab" when fields.All(inResult => inResult):
                        text.Append('\t');
                        break;
                    case "br" when fields.All(inResult => inResult):
                        text.Append('\n');
                        break;
                    case "noBreakHyphen" when fields.All(inResult => inResult):
                        text.Append('-');
                        break;
                    default:
                        Walk(child);
                        break;
                }
            }
        }

        Walk(paragraph);
        return text.ToString();
    }

    [GeneratedRegex(@"\S+")]
    private static partial Regex Word();
}
