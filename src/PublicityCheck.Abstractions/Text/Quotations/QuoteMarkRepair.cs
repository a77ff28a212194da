using PublicityCheck.Documents;

namespace PublicityCheck.Text.Quotations;

/// <summary>A quotation mark that was mistyped, and how it was read.</summary>
/// <param name="Kind">What was wrong with it.</param>
/// <param name="At">The mark as typed (several characters for mojibake); for a missing closing mark, the empty span where it should be.</param>
public sealed record QuoteMarkRepair(QuoteMarkRepairKind Kind, TextSpan At);

/// <summary>How a quotation mark was mistyped.</summary>
public enum QuoteMarkRepairKind
{
    /// <summary>A closing mark typed as an opening one (<c>“...,“ said</c>), read as closing.</summary>
    MisdirectedClose,

    /// <summary>An opening mark typed as a closing one (<c>”We...</c>), read as opening.</summary>
    MisdirectedOpen,

    /// <summary>A straight mark of the other shape inside curly marks (<c>“We are ready."</c>), read as the closing mark.</summary>
    MixedMarks,

    /// <summary>A mark written as the wrong encoding's characters (<c>â€œ</c>, <c>'˜</c>), read as the mark it stands for.</summary>
    Mojibake,

    /// <summary>No closing mark: the quotation was taken to end with its last paragraph.</summary>
    MissingClose,

    /// <summary>A short paragraph without marks (a caption) between two paragraphs of the quotation; it is not part of the quotation's text.</summary>
    Interrupted,
}
