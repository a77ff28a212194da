using PublicityCheck.Documents;

namespace PublicityCheck.Releases;

/// <summary>
/// The part of a release that says what it is about: its title, first heading and first two paragraphs, not counting
/// the dateline the release's date was read from, or a line of date, embargo or release instructions.
/// </summary>
public static class ReleaseLead
{
    /// <summary>The blocks of the lead, in order.</summary>
    public static IEnumerable<Block> Blocks(ReleaseDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var body = document.Blocks.Where(b => b.Part == DocumentParts.Body).ToList();
        var heading = body.FirstOrDefault(b => b.Kind == BlockKind.Heading);
        var dateline = document.Metadata.Publication is { Source: PublishOnSource.Dateline, Location: { Part: DocumentParts.Body } at } ? at : null;
        var paragraphs = body.Where(b => b.Kind is BlockKind.Paragraph or BlockKind.BlockQuote or BlockKind.ListItem && !IsDateLine(b.Text) && !IsDateline(document, b, dateline)).Take(2);
        return heading is null ? paragraphs : paragraphs.Prepend(heading);
    }

    /// <summary>The text of the lead, with the title, one block a line.</summary>
    public static string Text(ReleaseDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var lines = Blocks(document).Select(b => b.Text);
        return string.Join('\n', document.Metadata.Title is { } title ? lines.Prepend(title) : lines);
    }

    // Whether the block holds the dateline the release's date was read from ("Published: Monday 7 April 2025").
    private static bool IsDateline(ReleaseDocument document, Block block, SourceLocation? dateline)
    {
        if (dateline is null || block.Text.Length > MaxDatelineBlock)
        {
            return false;
        }

        var location = document.GetLocation(block.Span);
        return location.Start.Line <= dateline.Start.Line && dateline.Start.Line <= location.End.Line;
    }

    // A dateline's block is a line; a longer paragraph that holds a date is the release's text.
    private const int MaxDatelineBlock = 200;

    private static bool IsDateLine(string text) =>
        text.Length < 80 && (text.StartsWith("Date", StringComparison.OrdinalIgnoreCase) || text.StartsWith("Embargo", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("For immediate release", StringComparison.OrdinalIgnoreCase));
}
