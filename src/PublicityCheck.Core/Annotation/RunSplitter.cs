using System.Xml.Linq;
using PublicityCheck.Documents.Word;

namespace PublicityCheck.Annotation;

/// <summary>Splits a run in two at a character of one of its text pieces, so a comment range can start or end there.</summary>
internal static class RunSplitter
{
    /// <summary>
    /// Splits the run holding <paramref name="piece"/> (of paragraph <paramref name="paragraph"/> in
    /// <paramref name="text"/>) before its character <paramref name="offset"/> (0 to its length), keeping
    /// <paramref name="text"/> in step. Returns the element that ends just before the split and the one that starts
    /// just after it (runs, or the piece itself when it is not in a run); either is null when the split falls at the
    /// run's edge.
    /// </summary>
    public static (XElement? Before, XElement? After) Split(PartText text, int paragraph, TextPiece piece, int offset)
    {
        var element = piece.Element;
        var w = element.Name.Namespace;
        if (element.Parent is not { } run || run.Name != w + "r")
        {
            return offset <= 0 ? (null, element) : (element, null);
        }

        var content = run.Elements().Where(c => c.Name != w + "rPr").ToList();
        var index = content.IndexOf(element);
        List<XElement> moved;
        XElement? tail = null;
        if (offset > 0 && offset < piece.Length && element.Name == w + "t")
        {
            tail = new XElement(w + "t", new XAttribute(XNamespace.Xml + "space", "preserve"), piece.Text[offset..]);
            element.SetAttributeValue(XNamespace.Xml + "space", "preserve");
            element.Value = piece.Text[..offset];
            text.Split(paragraph, piece, offset, tail);
            moved = content.Skip(index + 1).ToList();
        }
        else
        {
            moved = content.Skip(offset <= 0 ? index : index + 1).ToList();
        }

        var keepsContent = tail is not null || content.Count > moved.Count;
        if (!keepsContent)
        {
            return (null, run);
        }

        if (tail is null && moved.Count == 0)
        {
            return (run, null);
        }

        var second = new XElement(run.Name, run.Attributes());
        if (run.Element(w + "rPr") is { } properties)
        {
            second.Add(new XElement(properties));
        }

        second.Add(tail);
        foreach (var child in moved)
        {
            child.Remove();
            second.Add(child);
        }

        run.AddAfterSelf(second);
        return (run, second);
    }
}
