using System.Collections.Immutable;
using PublicityCheck.Documents;

namespace PublicityCheck.Server.Api;

/// <summary>
/// Builds a release from paragraphs sent by a client (the Word add-in): one block per paragraph that holds text,
/// mapped so that a finding's line is the paragraph's index + 1 and its column the character's offset + 1.
/// </summary>
internal static class ParagraphDocument
{
    public static DocumentReadResult Build(string path, IReadOnlyList<string?> paragraphs, string? category)
    {
        var blocks = new List<Block>();
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var builder = new SourceMapBuilder().Append(paragraphs[i] ?? string.Empty, new SourcePosition(i + 1, 1)).TrimEnd();
            var text = builder.ToString();
            if (!string.IsNullOrWhiteSpace(text))
            {
                blocks.Add(new Block(BlockKind.Paragraph, DocumentParts.Body, text, builder.ToSourceMap()));
            }
        }

        var properties = ImmutableDictionary<string, ImmutableArray<string>>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase);
        if (!string.IsNullOrWhiteSpace(category))
        {
            properties = properties.SetItem("category", [category.Trim()]);
        }

        var metadata = new DocumentMetadata
        {
            Title = blocks.FirstOrDefault()?.Text,
            // What the paragraphs state; a request's publishOn overrides it for the check alone, as for a file.
            Publication = PublicationDateFinder.Find(path, ReleaseFormat.Word, properties, blocks),
            Properties = properties,
        };
        return DocumentReadResult.Success(new ReleaseDocument(path, ReleaseFormat.Word, blocks, metadata));
    }
}
