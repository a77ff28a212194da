using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;

namespace PublicityCheck.Tests.Support;

/// <summary>
/// What Word's Accept All and Reject All do to the tracked changes of one author, done on a package's XML: accepting
/// drops the deleted runs, keeps the inserted ones and joins a paragraph whose mark was deleted to the next; rejecting
/// drops the inserted runs, keeps the deleted ones as text and keeps every paragraph mark. Other authors' changes
/// are left as they are. Also counts one author's changes in every part that holds text.
/// </summary>
public static class TrackedChanges
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>The package with <paramref name="author"/>'s changes accepted.</summary>
    public static byte[] Accept(byte[] package, string author) => Rewrite(package, root => Accept(root, author));

    /// <summary>The package with <paramref name="author"/>'s changes rejected.</summary>
    public static byte[] Reject(byte[] package, string author) => Rewrite(package, root => Reject(root, author));

    /// <summary>How many <c>w:ins</c> and <c>w:del</c> elements (deleted paragraph marks included) <paramref name="author"/> made, in every part that holds text.</summary>
    public static (int Insertions, int Deletions, int ParagraphMarks) Count(byte[] package, string author)
    {
        var (insertions, deletions, marks) = (0, 0, 0);
        Rewrite(package, root =>
        {
            insertions += By(root, "ins", author).Count();
            deletions += By(root, "del", author).Count(d => !IsParagraphMark(d));
            marks += By(root, "del", author).Count(IsParagraphMark);
        });
        return (insertions, deletions, marks);
    }

    private static void Accept(XElement root, string author)
    {
        foreach (var deleted in By(root, "del", author).Where(d => !IsParagraphMark(d)).ToList())
        {
            deleted.Remove();
        }

        foreach (var inserted in By(root, "ins", author).ToList())
        {
            inserted.ReplaceWith(inserted.Nodes());
        }

        foreach (var mark in By(root, "del", author).Where(IsParagraphMark).ToList())
        {
            var paragraph = mark.Ancestors(W + "p").First();
            mark.Remove();
            var next = paragraph.ElementsAfterSelf(W + "p").First();
            var content = paragraph.Elements().Where(e => e.Name != W + "pPr").ToList();
            content.ForEach(e => e.Remove());
            if (next.Element(W + "pPr") is { } properties)
            {
                properties.AddAfterSelf(content);
            }
            else
            {
                next.AddFirst(content);
            }

            paragraph.Remove();
        }
    }

    private static void Reject(XElement root, string author)
    {
        foreach (var inserted in By(root, "ins", author).ToList())
        {
            inserted.Remove();
        }

        foreach (var mark in By(root, "del", author).Where(IsParagraphMark).ToList())
        {
            mark.Remove();
        }

        foreach (var deleted in By(root, "del", author).ToList())
        {
            foreach (var text in deleted.Descendants(W + "delText"))
            {
                text.Name = W + "t";
            }

            deleted.ReplaceWith(deleted.Nodes());
        }
    }

    private static IEnumerable<XElement> By(XElement root, string name, string author) =>
        root.Descendants(W + name).Where(e => (string?)e.Attribute(W + "author") == author);

    private static bool IsParagraphMark(XElement deleted) => deleted.Parent?.Name == W + "rPr" && deleted.Parent.Parent?.Name == W + "pPr";

    // Applies `change` to the XML of the body, headers, footers and notes of a copy of the package.
    private static byte[] Rewrite(byte[] package, Action<XElement> change)
    {
        using var stream = new MemoryStream();
        stream.Write(package);
        using (var document = WordprocessingDocument.Open(stream, true))
        {
            var main = document.MainDocumentPart!;
            IEnumerable<OpenXmlPart?> parts = [main, .. main.HeaderParts, .. main.FooterParts, main.FootnotesPart, main.EndnotesPart];
            foreach (var part in parts.OfType<OpenXmlPart>())
            {
                XDocument xml;
                using (var read = part.GetStream(FileMode.Open, FileAccess.Read))
                {
                    xml = XDocument.Load(read, LoadOptions.PreserveWhitespace);
                }

                change(xml.Root!);
                using var write = part.GetStream(FileMode.Create, FileAccess.Write);
                xml.Save(write);
            }
        }

        return stream.ToArray();
    }
}
