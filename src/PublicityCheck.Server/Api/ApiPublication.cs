using System.Text.Json;
using PublicityCheck.Documents;

namespace PublicityCheck.Server.Api;

/// <summary>The publication date a release states about itself, and where it says so.</summary>
/// <param name="Date">The date, YYYY-MM-DD.</param>
/// <param name="Source">
/// Where it was found: <c>frontMatter</c> (Markdown front matter, or a Word custom property or cover-page publish
/// date), <c>dateline</c> (a dateline in the first or last lines), or <c>documentProperties</c> (the date Word
/// records the file was created, else last saved).
/// </param>
/// <param name="Detail">What said so: the property's name, the dateline's text, or <c>created</c> / <c>modified</c>.</param>
public sealed record ApiPublication(string Date, string Source, string Detail)
{
    /// <summary>What <paramref name="document"/> states, or null when it states no date.</summary>
    internal static ApiPublication? StatedBy(ReleaseDocument document) =>
        document.Metadata.Publication is { Source: not (PublishOnSource.Option or PublishOnSource.Today) } stated
            ? new ApiPublication(
                NodaTime.Text.LocalDatePattern.Iso.Format(stated.Date),
                JsonNamingPolicy.CamelCase.ConvertName(stated.Source.ToString()),
                stated.Detail)
            : null;
}
