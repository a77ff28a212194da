using NodaTime;

namespace PublicityCheck.Documents;

/// <summary>A release's publication date and how it was found.</summary>
/// <param name="Date">The date.</param>
/// <param name="Source">Where it came from.</param>
/// <param name="Detail">
/// What exactly said so, for people reading a report: the property's name (<c>publish</c>), the dateline's text, the
/// file name, or the core property (<c>created</c>).
/// </param>
public sealed record PublicationDate(LocalDate Date, PublishOnSource Source, string Detail)
{
    /// <summary>Where the dateline stands in the file, for a date read from one; otherwise null.</summary>
    public SourceLocation? Location { get; init; }
}
