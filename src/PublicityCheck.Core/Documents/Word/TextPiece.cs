using System.Xml.Linq;

namespace PublicityCheck.Documents.Word;

/// <summary>
/// One element of a paragraph that gives extracted text (a <c>w:t</c>, tab, break, hyphen or symbol), where that
/// text starts in the paragraph's extracted text, and the text itself.
/// </summary>
/// <param name="Element">The element.</param>
/// <param name="Start">The 0-based offset of its first character in the paragraph's extracted text: its column less one.</param>
/// <param name="Text">The text it gives.</param>
internal sealed record TextPiece(XElement Element, int Start, string Text)
{
    /// <summary>How many characters it gives.</summary>
    public int Length => Text.Length;

    /// <summary>The offset just after its last character.</summary>
    public int End => Start + Text.Length;
}
