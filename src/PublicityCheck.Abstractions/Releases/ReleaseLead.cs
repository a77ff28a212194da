using PublicityCheck.Documents;

namespace PublicityCheck.Releases;

/// <summary>The part of a release that says what it is about: its title, first heading and first two paragraphs.</summary>
public static class ReleaseLead
{
    /// <summary>The blocks of the lead, in order.</summary>
    public static IEnumerable<Block> Blocks(ReleaseDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var body = document.Blocks.Where(b => b.Part == DocumentParts.Body).ToList();
        var heading = body.FirstOrDefault(b => b.Kind == BlockKind.Heading);
        var paragraphs = body.Where(b => b.Kind is BlockKind.Paragraph or BlockKind.BlockQuote or BlockKind.ListItem && !IsDateLine(b.Text)).Take(2);
        return heading is null ? paragraphs : paragraphs.Prepend(heading);
    }

    /// <summary>The text of the lead, with the title, one block a line.</summary>
    public static string Text(ReleaseDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var lines = Blocks(document).Select(b => b.Text);
        return string.Join('\n', document.Metadata.Title is { } title ? lines.Prepend(title) : lines);
    }

    private static bool IsDateLine(string text) =>
        text.Length < 80 && (text.StartsWith("Date", StringComparison.OrdinalIgnoreCase) || text.StartsWith("Embargo", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("For immediate release", StringComparison.OrdinalIgnoreCase));
}
