using System.Xml.Linq;

namespace PublicityCheck.Documents.Word;

/// <summary>
/// Where a part's extracted text comes from, as <see cref="PartWalker"/> found it while building the part's blocks:
/// every <c>w:p</c> it numbered and, for each, the elements that gave its characters. A location the reader reports
/// (paragraph, column) therefore names exactly the characters of these pieces, which is what lets a comment be
/// anchored on the words of a finding.
/// </summary>
/// <remarks>
/// The pieces hold the part's XML, so a map is kept only while that XML is being edited; the reader of
/// <c>check</c> records none.
/// </remarks>
internal sealed class PartText
{
    private readonly List<XElement> _paragraphs = [];
    private readonly List<List<TextPiece>> _pieces = [];

    /// <summary>How many paragraphs the part has.</summary>
    public int ParagraphCount => _paragraphs.Count;

    /// <summary>
    /// Walks part <paramref name="part"/>'s <paramref name="root"/> as the Word reader does, recording its paragraphs
    /// and their pieces. The walk is held to the reader's bounds (depth, cancellation).
    /// </summary>
    /// <exception cref="InvalidDataException">The part nests elements more than <see cref="PartWalker.MaxDepth"/> deep.</exception>
    public static PartText Map(XElement root, string part, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(root);
        var text = new PartText();
        new PartWalker(part, partKind: null, StyleCatalog.Empty, text).Walk(root, cancellationToken);
        return text;
    }

    /// <summary>The paragraph with 1-based number <paramref name="number"/>, or null.</summary>
    public XElement? Paragraph(int number) => number >= 1 && number <= _paragraphs.Count ? _paragraphs[number - 1] : null;

    /// <summary>The text pieces of paragraph <paramref name="number"/>, in text order; none for a paragraph it does not have.</summary>
    public IReadOnlyList<TextPiece> Pieces(int number) => number >= 1 && number <= _pieces.Count ? _pieces[number - 1] : [];

    /// <summary>
    /// Records that <paramref name="piece"/> of paragraph <paramref name="number"/> is now two elements: its own,
    /// which keeps the first <paramref name="offset"/> characters, and <paramref name="tail"/>, which has the rest.
    /// </summary>
    public void Split(int number, TextPiece piece, int offset, XElement tail)
    {
        ArgumentNullException.ThrowIfNull(piece);
        ArgumentNullException.ThrowIfNull(tail);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(offset);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(offset, piece.Length);
        var pieces = _pieces[number - 1];
        var index = pieces.IndexOf(piece);
        if (index < 0)
        {
            throw new ArgumentException($"the piece is not one of paragraph {number}'s", nameof(piece));
        }

        pieces[index] = piece with { Text = piece.Text[..offset] };
        pieces.Insert(index + 1, new TextPiece(tail, piece.Start + offset, piece.Text[offset..]));
    }

    /// <summary>Records paragraph <paramref name="paragraph"/>, numbered next.</summary>
    internal void AddParagraph(XElement paragraph)
    {
        _paragraphs.Add(paragraph);
        _pieces.Add([]);
    }

    /// <summary>Records that <paramref name="element"/> gave <paramref name="text"/> at <paramref name="start"/> of paragraph <paramref name="number"/>.</summary>
    internal void Add(int number, XElement element, int start, string text) =>
        _pieces[number - 1].Add(new TextPiece(element, start, text));
}
