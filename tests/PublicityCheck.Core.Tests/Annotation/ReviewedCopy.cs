using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PublicityCheck.Tests.Annotation;

/// <summary>What a reviewer sees in an annotated copy: each comment's author, text and the body text it is anchored on.</summary>
internal sealed record ReviewedCopy(string Author, string Comment, string Anchored, int Paragraph)
{
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
                case CommentRangeStart start when start.Id?.Value == id:
                    inside = true;
                    break;
                case CommentRangeEnd end when end.Id?.Value == id:
                    return text.ToString();
                case DocumentFormat.OpenXml.Wordprocessing.Text t when inside:
                    text.Append(t.Text);
                    break;
                default:
                    break;
            }
        }

        return text.ToString();
    }

    private static int ParagraphOf(List<Paragraph> paragraphs, string id) =>
        paragraphs.FindIndex(p => p.Descendants<CommentRangeStart>().Any(s => s.Id?.Value == id)) + 1;
}
