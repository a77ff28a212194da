using DocumentFormat.OpenXml;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace PublicityCheck.Annotation;

/// <summary>Splits a run in two at a character of one of its text pieces, so a comment range can start or end there.</summary>
internal static class RunSplitter
{
    /// <summary>
    /// Splits the run holding <paramref name="piece"/> before its character <paramref name="offset"/> (0 to its
    /// length). Returns the run that ends just before the split and the run that starts just after it; either is
    /// null when the split falls at the run's edge.
    /// </summary>
    public static (OpenXmlElement? Before, OpenXmlElement? After) Split(TextPiece piece, int offset)
    {
        var element = piece.Element;
        if (element.Parent is not { LocalName: "r" } run)
        {
            return offset <= 0 ? (null, element) : (element, null);
        }

        var content = run.ChildElements.Where(c => c.LocalName != "rPr").ToList();
        var index = content.IndexOf(element);
        List<OpenXmlElement> moved;
        OpenXmlElement? tail = null;
        if (offset > 0 && offset < piece.Length && element.LocalName == "t")
        {
            // By name: inside what the SDK does not know (w:smartTag), a w:t is an unknown element, not a Text.
            var value = element.InnerText;
            tail = new WordText(value[offset..]) { Space = SpaceProcessingModeValues.Preserve };
            element.InsertBeforeSelf(new WordText(value[..offset]) { Space = SpaceProcessingModeValues.Preserve });
            element.Remove();
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

        var second = run.CloneNode(false);
        if (run.ChildElements.FirstOrDefault(c => c.LocalName == "rPr") is { } properties)
        {
            second.AppendChild(properties.CloneNode(true));
        }

        if (tail is not null)
        {
            second.AppendChild(tail);
        }

        foreach (var child in moved)
        {
            child.Remove();
            second.AppendChild(child);
        }

        run.InsertAfterSelf(second);
        return (run, second);
    }
}
