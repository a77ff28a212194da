using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PublicityCheck.Tests.Annotation;

/// <summary>What a reviewer sees in an annotated copy: each comment's author, text and the body text it is anchored on.</summary>
internal sealed record ReviewedCopy(string Author, string Comment, string Anchored, int Paragraph)
{
    // Elements are matched by name: inside w:smartTag the SDK leaves everything, markers and text, as unknown elements.
    private const string WordprocessingML = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static List<ReviewedCopy> Read(byte[] package)
    {
        using var stream = new MemoryStream(package, writable: false);
        using var document = WordprocessingDocument.Open(stream, false);
        var main = document.MainDocumentPart!;
        var comments = main.WordprocessingCommentsPart?.Comments?.Elements<Comment>().ToList() ?? [];
        var paragraphs = main.Document!.Body!.Descendants<Paragraph>().ToList();
        return comments.Select(c => new ReviewedCopy(c.Author!.Value!, c.InnerText, AnchoredText(main.Document.Body!, c.Id!.Value!), ParagraphOf(paragraphs, c.Id!.Value!))).ToList();
    }

    private static string AnchoredText(OpenXmlElement body, string id)
    {
        var inside = false;
        var text = new System.Text.StringBuilder();
        foreach (var element in body.Descendants())
        {
            switch (element)
            {
                case { LocalName: "commentRangeStart", NamespaceUri: WordprocessingML } when IdOf(element) == id:
                    inside = true;
                    break;
                case { LocalName: "commentRangeEnd", NamespaceUri: WordprocessingML } when IdOf(element) == id:
                    return text.ToString();
                case { LocalName: "t", NamespaceUri: WordprocessingML } when inside:
                    text.Append(element.InnerText);
                    break;
                default:
                    break;
            }
        }

        return text.ToString();
    }

    private static int ParagraphOf(List<Paragraph> paragraphs, string id) =>
        paragraphs.FindIndex(p => p.Descendants().Any(s => s.LocalName == "commentRangeStart" && IdOf(s) == id)) + 1;

    private static string? IdOf(OpenXmlElement marker) =>
        marker.GetAttributes().FirstOrDefault(a => a.LocalName == "id" && a.NamespaceUri == WordprocessingML).Value;
}
