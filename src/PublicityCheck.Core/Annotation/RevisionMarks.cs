using System.Globalization;
using System.Xml.Linq;

namespace PublicityCheck.Annotation;

/// <summary>
/// Makes the elements of Word tracked changes (<c>w:ins</c>, <c>w:del</c>), each with the next free revision id,
/// <see cref="WordAnnotator.Author"/> as author and one date, written as Word writes it (UTC, to the second).
/// </summary>
internal sealed class RevisionMarks
{
    private readonly string _date;
    private readonly int _first;
    private int _next;

    /// <summary>Creates marks numbered from <paramref name="firstId"/>, dated <paramref name="date"/> (taken as UTC).</summary>
    public RevisionMarks(int firstId, DateTime date)
    {
        _first = _next = firstId;
        _date = date.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
    }

    /// <summary>How many marks have been made.</summary>
    public int Count => _next - _first;

    /// <summary>A new <paramref name="name"/> element (<c>ins</c> or <c>del</c>) in namespace <paramref name="w"/>, holding <paramref name="content"/>.</summary>
    public XElement Mark(XNamespace w, string name, params object[] content) =>
        new(
            w + name,
            new XAttribute(w + "id", (_next++).ToString(CultureInfo.InvariantCulture)),
            new XAttribute(w + "author", WordAnnotator.Author),
            new XAttribute(w + "date", _date),
            content);

    /// <summary>The largest revision, comment or bookmark id used in <paramref name="root"/>, or -1 when it has none.</summary>
    public static int LargestId(XElement root, XNamespace w) =>
        root.Descendants()
            .Select(e => int.TryParse(e.Attribute(w + "id")?.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? id : -1)
            .DefaultIfEmpty(-1)
            .Max();
}
