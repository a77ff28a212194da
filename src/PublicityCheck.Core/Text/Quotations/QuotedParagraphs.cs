using PublicityCheck.Documents;

namespace PublicityCheck.Text.Quotations;

/// <summary>Paragraphs that are a quotation and nothing else: pull quotes, testimonials, a statement's paragraphs.</summary>
internal static class QuotedParagraphs
{
    /// <summary>Whether nothing but <paramref name="quotation"/> and its marks is in its paragraph.</summary>
    public static bool FillsItsParagraph(ReleaseDocument document, Quotation quotation)
    {
        var block = document.BlockAt(quotation.Span.Start);
        var text = document.Text.AsSpan(block.Span.Start, block.Span.Length).Trim();
        return text.Length <= quotation.Span.Length + 2 && block.Span.End >= quotation.Span.End;
    }
}
