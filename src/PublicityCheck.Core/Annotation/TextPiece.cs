using DocumentFormat.OpenXml;

namespace PublicityCheck.Annotation;

/// <summary>One element of a paragraph that gives extracted text (a <c>w:t</c>, tab, break, hyphen or symbol) and where its text starts.</summary>
/// <param name="Element">The element.</param>
/// <param name="Start">The 0-based offset of its first character in the paragraph's extracted text.</param>
/// <param name="Length">How many characters it gives.</param>
internal sealed record TextPiece(OpenXmlElement Element, int Start, int Length)
{
    /// <summary>The offset just after its last character.</summary>
    public int End => Start + Length;
}
