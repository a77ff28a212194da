using System.Collections.Immutable;
using NodaTime;

namespace PublicityCheck.Documents;

/// <summary>What a release says about itself: its title, publication date and other properties.</summary>
public sealed record DocumentMetadata
{
    /// <summary>Metadata with nothing stated.</summary>
    public static DocumentMetadata Empty { get; } = new();

    /// <summary>The release's title (front matter <c>title</c>, the first heading, or Word's title property).</summary>
    public string? Title { get; init; }

    /// <summary>
    /// The publication date the release states, with where it was found (front matter, a dateline and where it
    /// stands, the file name, Word's core properties); null when it states none.
    /// </summary>
    public PublicationDate? Publication { get; init; }

    /// <summary>The publication date, where the release states one.</summary>
    public LocalDate? PublishOn => Publication?.Date;

    /// <summary>Where the publication date was found, where the release states one.</summary>
    public PublishOnSource? PublishOnSource => Publication?.Source;

    /// <summary>
    /// Other properties, by lower-case name: front matter keys for Markdown, custom and core document
    /// properties for Word. A list value keeps each item.
    /// </summary>
    public ImmutableDictionary<string, ImmutableArray<string>> Properties { get; init; } =
        ImmutableDictionary<string, ImmutableArray<string>>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase);

    /// <summary>The first value of property <paramref name="name"/>, or null.</summary>
    public string? GetProperty(string name) =>
        Properties.TryGetValue(name, out var values) && !values.IsDefaultOrEmpty ? values[0] : null;
}
