using PublicityCheck.Diagnostics;

namespace PublicityCheck.Server.Api;

/// <summary>
/// One edit of a fix, in the terms findings use: 0-based paragraph indexes into the paragraphs sent and character
/// offsets within them, from <see cref="Paragraph"/>/<see cref="Offset"/> up to, not including,
/// <see cref="EndParagraph"/>/<see cref="EndOffset"/>. An edit that removes whole paragraphs runs from offset 0 of
/// the first to offset 0 of the one after the last.
/// </summary>
/// <param name="Paragraph">The paragraph the edit starts in.</param>
/// <param name="Offset">The character it starts at.</param>
/// <param name="EndParagraph">The paragraph it ends in.</param>
/// <param name="EndOffset">The character just after it.</param>
/// <param name="OldText">What the release reads there (the words, without markup).</param>
/// <param name="NewText">What takes its place; empty to remove it.</param>
/// <param name="Part">The part of a Word file (body, header1, footnotes...).</param>
public sealed record ApiEdit(int Paragraph, int Offset, int EndParagraph, int EndOffset, string OldText, string NewText, string Part)
{
    /// <summary>The API's view of <paramref name="edit"/>.</summary>
    public static ApiEdit From(TextEdit edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var location = edit.Location;
        return new ApiEdit(location.Start.Line - 1, location.Start.Column - 1, location.End.Line - 1, location.End.Column - 1, edit.OldText, edit.NewText, location.Part);
    }
}
