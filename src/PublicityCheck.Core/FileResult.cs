using System.Collections.Immutable;
using NodaTime;
using PublicityCheck.Diagnostics;
using PublicityCheck.Documents;

namespace PublicityCheck;

/// <summary>The outcome of checking one file.</summary>
/// <param name="Path">The file's path as the user gave it.</param>
/// <param name="Document">The document as read, or null when it could not be read.</param>
/// <param name="PublishOn">The publication date the rules used, or null when the file could not be read.</param>
/// <param name="Diagnostics">Every finding, suppressed ones included, in source order.</param>
public sealed record FileResult(string Path, ReleaseDocument? Document, LocalDate? PublishOn, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>
    /// The file's format, or null when it could not be read. Set from <see cref="Document"/>; a host that restores a
    /// result without its document (a scan reusing stored findings) sets it itself.
    /// </summary>
    public ReleaseFormat? Format { get; init; } = Document?.Format;

    /// <summary>
    /// Where <see cref="PublishOn"/> came from: given by the host, the release's front matter, a dateline, the file
    /// name, Word's core properties, or today when the release states no date. Null when the file could not be read,
    /// or for a result a host restored without it.
    /// </summary>
    public PublishOnSource? PublishOnSource { get; init; }

    /// <summary>Where the dateline that gave <see cref="PublishOn"/> stands in the file; null for any other source.</summary>
    public SourceLocation? PublishOnLocation { get; init; }

    /// <summary>The findings that are not suppressed.</summary>
    public IEnumerable<Diagnostic> Active => Diagnostics.Where(d => !d.IsSuppressed);
}
