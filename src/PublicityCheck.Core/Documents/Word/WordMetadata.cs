using System.Collections.Immutable;

namespace PublicityCheck.Documents.Word;

/// <summary>Builds a Word release's metadata from its properties and blocks.</summary>
internal static class WordMetadata
{
    /// <summary>Title from the <c>title</c> property, else the first heading; the publication date as the finder finds it.</summary>
    public static DocumentMetadata Build(string path, ImmutableDictionary<string, ImmutableArray<string>> properties, IReadOnlyList<Block> blocks)
    {
        var title = properties.TryGetValue("title", out var titles) && !titles.IsDefaultOrEmpty
            ? titles[0]
            : blocks.FirstOrDefault(b => b.Kind == BlockKind.Heading)?.Text;
        return new DocumentMetadata
        {
            Title = title,
            Publication = PublicationDateFinder.Find(path, ReleaseFormat.Word, properties, blocks),
            Properties = properties,
        };
    }
}
