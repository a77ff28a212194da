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

    /// <summary>The publication date, where the release states one.</summary>
    public LocalDate? PublishOn { get; init; }

    /// <summary>Where the publication date was found: <c>front matter publish</c>, <c>"Embargoed until ..." line</c>, <c>core properties</c>.</summary>
    public string? PublishOnSource { get; init; }

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
