using System.Collections.Immutable;
using NodaTime;
using PublicityCheck.Diagnostics;
using PublicityCheck.Documents;
using PublicityCheck.Releases;

namespace PublicityCheck;

/// <summary>
/// The outcome of checking one file: what a report needs (the findings, each with its location and an excerpt of the
/// text around it, the file's format and the date the rules used), and not the document, so a host that checks
/// thousands of files holds only their findings. A host that needs the model asks
/// <see cref="PublicityChecker.BuildModel(DocumentReadResult, string, LocalDate?, CancellationToken)"/> for it.
/// </summary>
/// <param name="Path">The file's path as the user gave it.</param>
/// <param name="Format">The file's format, or null when it could not be read.</param>
/// <param name="PublishOn">The publication date the rules used, or null when the file could not be read.</param>
/// <param name="Diagnostics">Every finding, suppressed ones included, in source order.</param>
public sealed record FileResult(string Path, ReleaseFormat? Format, LocalDate? PublishOn, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>Where <see cref="PublishOn"/> came from, or null when the file could not be read.</summary>
    public PublicationDateOrigin? PublishOnOrigin { get; init; }

    /// <summary>
    /// Each finding's excerpt, in the order of <see cref="Diagnostics"/>: about 80 characters of the release's text
    /// either side of the words it is about, or null for a finding about no words. Empty when the result was made
    /// without them (a file that could not be read, a result a host restored).
    /// </summary>
    public ImmutableArray<string?> Excerpts { get; init; } = [];

    /// <summary>
    /// Where <see cref="PublishOn"/> came from: given by the host, the release's front matter, a dateline, the file
    /// name, Word's core properties, or today when the release states no date. Null when the file could not be read,
    /// or for a result a host restored without it.
    /// </summary>
    public PublishOnSource? PublishOnSource { get; init; }

    /// <summary>Where the dateline that gave <see cref="PublishOn"/> stands in the file; null for any other source.</summary>
    public SourceLocation? PublishOnLocation { get; init; }

    /// <summary>
    /// Each quotation with what the roster says of its speaker on <see cref="PublishOn"/>, in reading order, for a
    /// host that keeps a record of who the council's releases quote. Empty when the file could not be read, when the
    /// quotations could not be found (a crafted release), or for a result a host restored.
    /// </summary>
    public ImmutableArray<PublicityCheck.People.QuotedSpeaker> Speakers { get; init; } = [];

    /// <summary>
    /// The suppressions the author wrote, whether or not any finding falls under them, for an audit of what was
    /// approved. Empty when the file could not be read, or for a result a host restored.
    /// </summary>
    public ImmutableArray<Suppression> Suppressions { get; init; } = [];

    /// <summary>The findings that are not suppressed.</summary>
    public IEnumerable<Diagnostic> Active => Diagnostics.Where(d => !d.IsSuppressed);

    /// <summary>The excerpt of the finding at <paramref name="index"/> of <see cref="Diagnostics"/>, or null when there is none.</summary>
    public string? ExcerptOf(int index) => index >= 0 && index < Excerpts.Length ? Excerpts[index] : null;
}
